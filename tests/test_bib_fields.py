"""Only the fields the matcher reads are parsed, and cutting the others out changes no record."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refsync.bibfile.parse import keep_fields, parse_fields, read_records, record_from_fields, split_blocks

KEEP = frozenset({"title", "year"})


def test_fields_are_cut_at_commas_outside_braces_and_quotes() -> None:
    entry = '@misc{k,\n  title = {A, {B, C}},\n  abstract = "x, {"}, y" # jan,\n  year = 2020,\n}'
    assert keep_fields(entry, KEEP) == '@misc{k,\n  title = {A, {B, C}},\n  year = 2020}'


def test_a_parenthesised_entry_keeps_its_parentheses() -> None:
    assert keep_fields("@misc(k, abstract = {x}, title = {T})", KEEP) == "@misc(k, title = {T})"


def test_an_entry_that_would_keep_no_field_is_left_whole() -> None:
    entry = "@misc{k, abstract = {only an abstract}}"
    assert keep_fields(entry, KEEP) == entry
    (record,) = read_records(entry)[1]
    assert record.key == "k"


def test_an_entry_that_cannot_be_taken_apart_is_left_whole() -> None:
    entry = '@misc{k, title = "unclosed, quote}'
    assert keep_fields(entry, KEEP) == entry


def test_big_fields_never_reach_the_parser_but_ids_in_any_field_the_matcher_reads_do() -> None:
    text = ("@article{k, abstract = {See arXiv:2101.00001, which is another paper},\n"
            "  file = {:x.pdf:PDF}, note = {arXiv:2303.13506}, title = {T}}\n")
    (record,) = read_records(text)[1]
    assert [f.value for f in record.arxiv_ids] == ["2303.13506"]


# -- property: the records are the same as from the whole entries -------------------------------------

# Field names written by BibTeX, biblatex, Google Scholar, DBLP, INSPIRE, JabRef, Zotero and Mendeley:
# independent of RECORD_FIELDS, so a field the reader starts to use without keeping it fails here.
FIELD_NAMES = """abstract addendum address annote archiveprefix arxiv arxivid author biburl bibsource booktitle
chapter crossref date doi edition editor eid eprint eprintclass eprinttype file howpublished institution isbn
issn journal journaltitle keywords language month note number organization pages primaryclass publisher
school series shorttitle slaccitation timestamp title type url urldate volume year mendeley-tags""".split()
WORDS = ["arXiv:2303.13506v2", "2303.13506", "https://arxiv.org/abs/2410.08201", "10.1103/PhysRevD.69.103501",
         "hep-th/9901001", "2021", "Michaud, Eric J.", "and", "Tegmark, Max", "M{\\\"u}ller", "a, b", "x = y",
         "@misc", "\\url{https://doi.org/10.3390/e27040344}", "arXiv", "The Quantization Model", "%", "#"]


@pytest.mark.parametrize("name", FIELD_NAMES)
def test_cutting_any_one_field_changes_no_record(name: str) -> None:
    value = "{hdl arXiv:2401.00001 https://arxiv.org/abs/2401.00002 doi:10.1234/x 2021 Michaud, Eric}"
    text = f"@misc{{k, eprint = {{2303.13506}}, {name} = {value}}}\n"
    whole = parse_fields(split_blocks(text))
    assert read_records(text)[1] == [record_from_fields(whole[0], 1)]


@st.composite
def braced(draw: st.DrawFn, depth: int = 0) -> str:
    parts = draw(st.lists(st.sampled_from([*WORDS, ", ", " ", '"']), max_size=5))
    if depth < 2 and draw(st.booleans()):
        parts.append(draw(braced(depth + 1)))
    return "{" + "".join(parts) + "}"


@st.composite
def quoted(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from([*WORDS, ", ", " "]), max_size=5))
    if draw(st.booleans()):
        parts.append(draw(braced()))
    return '"' + "".join(parts) + '"'


values = st.one_of(braced(), quoted(), st.integers(0, 3000).map(str), st.sampled_from(["jan", "arx", "arx # { v2}"]))
names = st.sampled_from(FIELD_NAMES).flatmap(lambda n: st.sampled_from([n, n.upper(), n.capitalize()]))
fields = st.lists(st.tuples(names, values), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None)
@given(fields=fields, trailing_comma=st.booleans(), parens=st.booleans())
def test_records_are_the_same_as_when_every_field_is_parsed(fields: list[tuple[str, str]], trailing_comma: bool,
                                                           parens: bool) -> None:
    body = ",\n".join(f"  {name} = {value}" for name, value in fields) + ("," if trailing_comma else "")
    entry = f"@article(key,\n{body}\n)" if parens else f"@article{{key,\n{body}\n}}"
    text = '@string{arx = "arXiv preprint arXiv:2205.10343"}\n' + entry + "\n"
    blocks = split_blocks(text)
    whole = parse_fields([blocks[1]], [blocks[0]])
    read = read_records(text)[1]
    assert read == [record_from_fields(f, 2) for f in whole]
