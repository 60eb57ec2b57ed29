"""Properties that hold for any input: rendering, reading back, appending, ids.

Text from arXiv is arbitrary (TeX, stray braces, ``@``, ``%``, backslashes, Unicode), and
so is a user's .bib file. Whatever they hold, a rendered entry is exactly one entry with
exactly the fields it was given, and appending to a file never changes a byte of it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from refsync import textnorm
from refsync.bibfile import citekey, safefile
from refsync.bibfile.parse import parses_as_one_entry, read_records
from refsync.errors import RefsyncError
from refsync.ids import find_arxiv_ids, parse_arxiv_id
from refsync.model import Paper
from refsync.bibfile.render import RenderOptions, Style, citation_year, entry_for, render_entry

NASTY = list("{}@%,=\"\\()#$&_^~\n\r\t ") + list("aZ9")
text = st.text(st.sampled_from(NASTY) | st.characters(blacklist_categories=("Cs",)), max_size=80)
ids = st.sampled_from(["2303.13506", "2402.05110", "hep-th/9901001", "1706.03762", "math/0211159"])


@st.composite
def papers(draw: st.DrawFn) -> Paper:
    return Paper(
        arxiv_id=draw(ids),
        version=draw(st.integers(1, 9)),
        title=draw(text),
        authors=tuple(draw(st.lists(text, max_size=4))),
        abstract=draw(text),
        published=draw(st.dates(dt.date(1991, 1, 1), dt.date(2030, 12, 31))),
        primary_class=draw(st.sampled_from([None, "cs.LG", "hep-th"])),
        dois=tuple(draw(st.lists(st.sampled_from(["10.1103/physrevd.1.1", "10.3390/e27040344"]), max_size=1))),
        journal_ref=draw(st.none() | text | journal_refs),
    )


options = st.builds(RenderOptions, style=st.sampled_from(Style), ascii_only=st.booleans(),
                    max_authors=st.none() | st.integers(1, 3), abstract=st.booleans())
journal_refs = st.sampled_from(["Phys. Rev. D 99, 123456 (2019)", "NeurIPS 2023", "Entropy 2025, 27(4), 344"])


def with_title(title: str) -> Paper:
    return Paper(arxiv_id="2303.13506", version=1, title=title, authors=("Eric J. Michaud",),
                 published=dt.date(2023, 3, 23))


@given(papers(), options)
@example(with_title("A } closes @misc{evil, title={pwned}} and % comments"), RenderOptions())
@example(with_title("Unbalanced { brace and \\{ escaped one \\"), RenderOptions())
@example(with_title("@article{x, a = {b}}\n@misc{y,"), RenderOptions(ascii_only=True))
@example(with_title("$\\}$ math {with} \\textbf{TeX} and 100% \\& more }{"), RenderOptions())
def test_a_rendered_entry_is_exactly_one_entry_with_exactly_its_fields(paper: Paper, opts: RenderOptions) -> None:
    entry = entry_for(paper, "key2024", opts)
    parsed = parses_as_one_entry(str(entry))
    assert parsed == {"ID": "key2024", "ENTRYTYPE": entry.type.lower(), **{k.lower(): v for k, v in entry.fields}}


@given(papers(), options)
def test_a_rendered_entry_is_recognised_as_the_same_paper_when_read_back(paper: Paper, opts: RenderOptions) -> None:
    _, (record,) = read_records(render_entry(paper, "key2024", opts))
    assert record.arxiv_ids[0].value == paper.arxiv_id
    assert record.year == citation_year(paper)


latin = st.characters(max_codepoint=0x24F, blacklist_categories=("Cs", "Cc"), blacklist_characters="\\$")
latin1 = st.characters(max_codepoint=0x17F, blacklist_categories=("Cs", "Cc"), blacklist_characters="\\$ĸ")


@given(st.text(latin, max_size=80) | st.text(latin1, max_size=80).map(lambda t: (t, True)))
def test_plain_title_text_survives_escaping_for_title_matching(case: str | tuple[str, bool]) -> None:
    """Without TeX of its own, a Latin-script title reads back to the same words (the title tier relies on it).

    In UTF-8 the whole Latin script; with ``--ascii`` the letters European languages use
    (pylatexenc writes the archaic ``ĸ`` as LaTeX that reads back as another letter).
    Other scripts are covered by the structural properties above.
    """
    title, ascii_only = case if isinstance(case, tuple) else (case, False)
    _, (record,) = read_records(render_entry(with_title(title), "k", RenderOptions(ascii_only=ascii_only)))
    assert textnorm.fold(record.title) == textnorm.fold(title)


# -- appending ----------------------------------------------------------------------------
braced = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="{}@\\"), max_size=30)
fields = st.lists(st.tuples(st.sampled_from(["title", "author", "journal", "note", "eprint", "year", "url"]), braced),
                  max_size=4)


@st.composite
def blocks(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["entry", "entry", "comment-text", "percent", "string", "at-comment", "preamble"]))
    if kind == "entry":
        body = "".join(f",\n  {name} = {{{value}}}" for name, value in draw(fields))
        return f"@{draw(st.sampled_from(['article', 'misc', 'Book']))}{{{draw(st.from_regex(r'[a-z][a-z0-9:_-]{0,12}', fullmatch=True))}{body}\n}}"
    if kind == "comment-text":
        return draw(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="@"), max_size=40))
    if kind == "percent":
        return "% " + draw(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=40))
    if kind == "string":
        return f"@string{{{draw(st.from_regex(r'[a-z]{1,8}', fullmatch=True))} = {{{draw(braced)}}}}}"
    if kind == "at-comment":
        return f"@comment{{{draw(braced)}}}"
    return f'@preamble{{"{draw(braced)}"}}'


@st.composite
def bib_files(draw: st.DrawFn) -> bytes:
    text = "\n".join(draw(st.lists(blocks(), max_size=6)))
    if draw(st.booleans()):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if draw(st.booleans()):
        text += "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"]))
    return text.encode(encoding, "replace" if encoding == "latin-1" else "strict")


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
          deadline=None)
@given(bib_files(), st.lists(papers(), min_size=1, max_size=3, unique_by=lambda p: p.arxiv_id), options)
def test_appending_never_changes_a_byte_that_was_there(old: bytes, new_papers: list[Paper], opts: RenderOptions) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "refs.bib"
        path.write_bytes(old)
        try:
            loaded = safefile.load(path)
            existing_blocks, existing = read_records(loaded.text)
        except RefsyncError:
            return  # not a file refsync reads, so not one it appends to
        taken = [b.key for b in existing_blocks if b.is_entry]
        keys = citekey.make_keys(new_papers, taken)
        if not loaded.unicode_ok:
            opts = RenderOptions(ascii_only=True, max_authors=opts.max_authors)
        try:
            safefile.append(loaded, [render_entry(p, k, opts) for k, p in zip(keys, new_papers)], backup=False)
        except RefsyncError as error:
            assert "cannot hold" in str(error) and path.read_bytes() == old
            return

        data = path.read_bytes()
        assert data[: len(old)] == old
        _, records = read_records(safefile.load(path).text)
        assert records[: len(existing)] == existing
        assert [r.key for r in records[len(existing):]] == keys
        assert [r.arxiv_ids[0].value for r in records[len(existing):]] == [p.arxiv_id for p in new_papers]


# -- ids ----------------------------------------------------------------------------------
new_style = st.builds(lambda y, m, n: f"{y:02d}{m:02d}.{n:05d}", st.integers(15, 99), st.integers(1, 12),
                      st.integers(0, 99999))
surroundings = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20).map(lambda s: s + " ")


@given(surroundings, new_style, st.integers(1, 20), surroundings.map(lambda s: " " + s))
def test_an_id_written_anywhere_in_a_field_is_found(before: str, base: str, version: int, after: str) -> None:
    found = find_arxiv_ids(f"{before}arXiv:{base}v{version}{after}")
    assert base in [f.base for f in found]


@given(st.text(max_size=60))
def test_any_text_parses_to_an_id_or_none_and_an_id_round_trips(value: str) -> None:
    parsed = parse_arxiv_id(value)
    assert parsed is None or parse_arxiv_id(str(parsed)) == parsed
