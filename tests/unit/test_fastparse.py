"""The fast reader gives exactly bibtexparser's fields for every entry it accepts, and declines the rest.

bibtexparser 1.4 stays the reference: each test reads the same entry both ways and
compares the whole field dictionary, order included, wherever the fast reader answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bench import generate
from refsync.bibfile import fastparse
from refsync.bibfile.parse import RECORD_FIELDS, bibtexparser_fields, parse_fields, split_blocks
from refsync.errors import BibSyntaxError

ROOT = Path(__file__).parents[2]
BIB_FILES = sorted([*(ROOT / "tests" / "data").rglob("*.bib"), *(ROOT / "bench").rglob("*.bib")])


def both_ways(text: str) -> list[tuple[dict[str, str] | None, dict[str, str]]]:
    """(fast reading or None, bibtexparser's reading) of every entry of ``text``."""
    blocks = split_blocks(text)
    strings = [b for b in blocks if b.type == "string"]
    entries = [b for b in blocks if b.is_entry]
    reference = bibtexparser_fields(entries, strings, "<bib>", RECORD_FIELDS)
    table = fastparse.string_table([s.text for s in strings])
    return [(fastparse.read_fields(b.text, RECORD_FIELDS, table), ref) for b, ref in zip(entries, reference)]


def assert_same_where_accepted(pairs: list[tuple[dict[str, str] | None, dict[str, str]]]) -> int:
    accepted = 0
    for fast, reference in pairs:
        if fast is not None:
            assert list(fast.items()) == list(reference.items())
            accepted += 1
    return accepted


@pytest.mark.parametrize("path", BIB_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bib_file_in_the_repository_reads_the_same_both_ways(path: Path) -> None:
    pairs = both_ways(path.read_text(encoding="utf-8"))
    assert assert_same_where_accepted(pairs) > len(pairs) // 2


def test_every_generated_benchmark_entry_is_read_by_the_fast_reader_identically() -> None:
    pairs = both_ways(generate.bib_text(300))
    assert assert_same_where_accepted(pairs) == len(pairs)


def test_parse_fields_mixes_both_readers_in_file_order() -> None:
    text = ('@string{jx = "J. X."}\n@article{a, title = {Plain}, year = 2020}\n'
            "@article{b, title = {Uses} # jx, year = 2021}\n@misc{c, title = \"Quoted\"}\n")
    blocks = split_blocks(text)
    fields = parse_fields([b for b in blocks if b.is_entry], [blocks[0]], only=RECORD_FIELDS)
    assert [(f["ID"], f["title"]) for f in fields] == [("a", "Plain"), ("b", "UsesJ. X."), ("c", "Quoted")]


@pytest.mark.parametrize("entry", [
    "@misc{k, title = {A} # {B}}",
    "@misc{k, title = jan}",  # a macro, and no @string table given
    "@misc{k, title = {A}, Title = {B}}",
    "@misc{k,\ttitle = {A}}",
    "@misc(k, title = {A})",
    "@misc{k, title = \"A }{ B\"}",
    "@misc{k, year = 2020a}",
    "@misc{k, abstract = {only a field nobody reads}}",
    "@misc{k, title = {A}\x0c}",
])
def test_entries_outside_the_plain_grammar_are_declined(entry: str) -> None:
    assert fastparse.read_fields(entry, RECORD_FIELDS) is None


NASTY = st.sampled_from(list("{}\"#,=@%\\ \n\r\t\x0c\x0b\u2028\xa0()aZ9_-é"))
PLAIN = st.sampled_from(list("abc XYZ 019 .:;-\\'\n é{}"))
values = st.text(PLAIN, max_size=30) | st.text(NASTY | st.characters(blacklist_categories=("Cs",)), max_size=30)
names = st.sampled_from(["title", "journal", "Title", "TITLE", "author", "year", "eprint", "doi", "url", "note", "abstract",
                         "journal", "archiveprefix", "month", "ti tle", "títle"])
space = st.sampled_from(["", " ", " ", "\n  ", "\r\n", " \n", "", " ", "\t", "\x0c", "\xa0"])


@st.composite
def field_text(draw: st.DrawFn) -> str:
    inner = draw(values)
    value = draw(st.sampled_from([
        "{" + inner + "}", '"' + inner + '"', inner, "{" + inner + "} # {x}", "jan", "2020", "{{" + inner + "}}",
        '"{' + inner + '}"', "{" + inner + "}", '"' + inner + '"', "{}", '""', "{{}}", "jx", "JX", "e", "b", "c", "d", "nodef", "1x",
    ]))
    return f"{draw(space)}{draw(names)}{draw(space)}={draw(space)}{value}{draw(space)}"


@st.composite
def entries(draw: st.DrawFn) -> str:
    fields = draw(st.lists(field_text(), min_size=1, max_size=5))
    etype = draw(st.sampled_from(["article", "Misc", "online", "x-y"]))
    key = draw(st.sampled_from(["k1", "Smith:2020", "a.b/c", ""]))
    trailing = draw(st.sampled_from(["", ",", ",\n", "\n"]))
    return f"@{etype}{draw(space)}{{{draw(space)}{key}{draw(space)},{','.join(fields)}{trailing}}}"


strings = st.lists(st.sampled_from([
    '@string{jx = "J. X."}', "@STRING{JX = {Journal {of} X}}", "@string{jan = {Janvier}}", "@string{e = {}}",
    "@string{b = {{}}}", '@string{c = "two\n   lines"}', "@string{d = jx # { y}}", "@string(p = {paren})",
]), max_size=3)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strings, entries())
@example([], '@misc{k, title = "a {"} b", year = 2020}')
@example([], "@misc{k, title = {line one\n    line two\r\n  three\n}}")
@example([], "@misc{k, title = {{}}, note = \"{}\", url = {}}")
@example(["@string{jx = {J. X.}}", "@string{JX = {Later}}"], "@misc{k, journal = Jx, note = undefined}")
def test_any_entry_the_fast_reader_accepts_reads_the_same_in_bibtexparser(macros: list[str], entry: str) -> None:
    try:
        blocks = split_blocks("\n".join([*macros, entry]))
    except BibSyntaxError:
        return
    entries = [b for b in blocks if b.is_entry]
    if len(entries) != 1 or entries[0].text != entry:
        return
    table = fastparse.string_table([b.text for b in blocks if b.type == "string"])
    fast = fastparse.read_fields(entry, RECORD_FIELDS, table)
    if fast is None:
        return
    reference = bibtexparser_fields(entries, [b for b in blocks if b.type == "string"], "<bib>", RECORD_FIELDS)
    assert list(fast.items()) == list(reference[0].items())
