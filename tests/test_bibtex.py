"""Reading .bib text: structure checks, ids wherever they hide, names and years."""

from __future__ import annotations

import pytest

from refsync.bibfile.parse import parses_as_one_entry, read_records, split_blocks
from refsync.errors import BibSyntaxError
from refsync.model import Name


def records(text: str):
    return {r.key: r for r in read_records(text)[1]}


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("@misc{k, eprint={2303.13506}, archivePrefix={arXiv}}", "eprint"),
        ("@misc{k, eprint={arXiv:2303.13506v2}}", "eprint"),
        ("@online{k, eprint={2303.13506}, eprinttype={arxiv}, eprintclass={cs.LG}}", "eprint"),
        ("@misc{k, url={https://arxiv.org/abs/2303.13506v3}}", "url"),
        ("@misc{k, url={http://export.arxiv.org/pdf/2303.13506.pdf}}", "url"),
        ("@misc{k, doi={10.48550/arXiv.2303.13506}}", "doi"),
        ("@article{k, journal={arXiv preprint arXiv:2303.13506}}", "journal"),
        ("@misc{k, note={arXiv:2303.13506 [cs.LG]}}", "note"),
        ("@misc{k, howpublished={\\url{https://arxiv.org/abs/2303.13506}}}", "howpublished"),
        ("@misc{k, number={arXiv:2303.13506}, publisher={arXiv}}", "number"),
        ("@article{k, journal={CoRR}, volume={abs/2303.13506}}", "volume"),
        ('@article{k, SLACcitation = "%%CITATION = ARXIV:2303.13506;%%"}', "slaccitation"),
        ("@misc{k, arxivId={2303.13506}}", "arxivid"),
    ],
)
def test_arxiv_ids_are_found_wherever_libraries_keep_them(entry: str, field: str) -> None:
    (found,) = records(entry)["k"].arxiv_ids
    assert (found.value, found.field) == ("2303.13506", field)


def test_old_style_ids_with_subject_class_and_version() -> None:
    (found,) = records("@article{k, eprint = {math.CA/0611800v2}, archivePrefix = {arXiv}}")["k"].arxiv_ids
    assert found.value == "math/0611800"
    (legacy,) = records('@article{k, SLACcitation = "%%CITATION = PHYSICS/0610206;%%"}')["k"].arxiv_ids
    assert legacy.value == "physics/0610206"


def test_an_eprint_of_another_archive_is_not_an_arxiv_id() -> None:
    assert records("@misc{k, eprint={2303.13506}, eprinttype={hdl}}")["k"].arxiv_ids == ()


def test_a_non_arxiv_url_with_digits_is_not_an_arxiv_id() -> None:
    assert records("@misc{k, url={https://proceedings.mlr.press/v202/2303.13506.html}}")["k"].arxiv_ids == ()


def test_dois_are_read_from_doi_and_doi_urls() -> None:
    record = records("@article{k, doi={https://doi.org/10.3390/E27040344}}")["k"]
    assert [f.value for f in record.dois] == ["10.3390/e27040344"]
    assert [f.value for f in records("@misc{k, url={https://doi.org/10.1145/3395363.3397376}}")["k"].dois] == [
        "10.1145/3395363.3397376"
    ]


def test_string_macros_are_resolved_and_comments_and_unknown_types_tolerated() -> None:
    text = """% a comment line with @misc{fake, title={not an entry}}
@string{arx = "arXiv preprint arXiv:2303.13506"}
@comment{jabref-meta: databaseType:bibtex;}
@preamble{"\\newcommand{\\noop}[1]{}"}
@software{tool, title={A Tool}, journal = arx}
junk text between entries
@misc(paren, title={Parenthesis form})
"""
    found = records(text)
    assert set(found) == {"tool", "paren"}
    assert found["tool"].arxiv_ids[0].value == "2303.13506"
    assert found["tool"].kind == "software"


def test_authors_years_and_titles_are_read_for_fuzzy_matching() -> None:
    record = records(
        "@article{k, title={The {Quantization} Model}, author={M{\\\"u}ller, Hans and van der Waals, Jr., J. D. "
        "and Eric J. Michaud and others}, date={2023-03-23}}"
    )["k"]
    assert record.title == "The {Quantization} Model"
    assert record.authors == (
        Name("M{\\\"u}ller", "Hans"), Name("van der Waals", "J. D.", "Jr."), Name("Michaud", "Eric J."),
    )
    assert record.year == 2023


def test_duplicate_keys_are_both_kept() -> None:
    _, recs = read_records("@misc{dup, title={One}}\n@misc{dup, title={Two}}\n")
    assert [r.title for r in recs] == ["One", "Two"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("@misc{ok, title={Fine}}\n@article{bad,\n  title = {Unbalanced,\n  year = 2020\n}\n\n@misc{next, title={x}}\n",
         "x.bib:2: entry 'bad' is not closed before the next entry at line 7 (unbalanced braces)"),
        ("\n\n@article{bad, title = {never closed}\n", "x.bib:3: entry 'bad' is not closed before the end of the file"),
        ("@misc(bad, title = {x}})\n", "x.bib:1: entry 'bad' has a closing brace too many"),
    ],
)
def test_broken_structure_is_an_error_that_names_the_line(text: str, message: str) -> None:
    with pytest.raises(BibSyntaxError) as error:
        read_records(text, "x.bib")
    assert str(error.value).startswith(message)


def test_blocks_know_their_line_and_exact_text() -> None:
    text = "% head\n\n@misc{a, title={A}}\n\n@article{b,\n  title={B}\n}\n"
    a, b = split_blocks(text)
    assert (a.key, a.line, a.text) == ("a", 3, "@misc{a, title={A}}")
    assert (b.key, b.line, text[b.start : b.end]) == ("b", 5, "@article{b,\n  title={B}\n}")


def test_one_entry_check_rejects_two_entries_and_broken_text() -> None:
    assert parses_as_one_entry("@misc{a, title={A}}")["title"] == "A"
    assert parses_as_one_entry("@misc{a, title={A}}\n@misc{b, title={B}}") is None
    assert parses_as_one_entry("@misc{a, title={A}") is None
