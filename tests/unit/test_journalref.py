"""journal_ref parsing: a corpus of real strings, plus the rules the corpus cannot show."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refsync.journalref import JournalRef, parse_journal_ref

CORPUS = json.loads((Path(__file__).parents[1] / "data" / "journal_refs.json").read_text("utf-8"))
FIELDS = [f.name for f in fields(JournalRef) if f.name not in ("kind", "raw")]


@pytest.mark.parametrize("case", CORPUS, ids=[case["ref"] for case in CORPUS])
def test_corpus(case: dict) -> None:
    ref = parse_journal_ref(case["ref"])
    expect = case["expect"]
    if expect is None:
        assert ref is None
        return
    assert ref is not None
    assert ref.kind == expect["kind"]
    got = {name: getattr(ref, name) for name in FIELDS}
    assert got == {name: expect.get(name) for name in FIELDS}
    assert ref.raw == " ".join(case["ref"].split())


def test_corpus_is_big_and_balanced() -> None:
    parsed = [case for case in CORPUS if case["expect"] is not None]
    assert len(CORPUS) >= 70 and len(parsed) >= 60 and len(CORPUS) - len(parsed) >= 10
    assert all(case["source"] for case in CORPUS)


@pytest.mark.parametrize(
    "text",
    [
        "Journal of Conflict Resolution 51(1): 58-88 (2007)",
        "Journal of Conflict Resolution 51(1): 58 - 88 (2007)",
        "Journal of Conflict Resolution 51(1): 58--88 (2007)",
        "Journal of Conflict Resolution 51(1): 58\u201388 (2007)",
        "Journal of Conflict Resolution 51(1): 58\u201488 (2007)",
    ],
)
def test_page_ranges_become_double_hyphen(text: str) -> None:
    ref = parse_journal_ref(text)
    assert ref is not None and ref.pages == "58--88"


def test_article_numbers_are_kept_as_written() -> None:
    ref = parse_journal_ref("Phys. Rev. D 69, 103501 (2004)")
    assert ref is not None and ref.pages == "103501"


def test_whitespace_is_collapsed() -> None:
    ref = parse_journal_ref("  Phys. Rev.\n   D 69,\t103501\u00a0(2004) ")
    assert ref == JournalRef(
        kind="article",
        journal="Phys. Rev. D",
        volume="69",
        pages="103501",
        year=2004,
        raw="Phys. Rev. D 69, 103501 (2004)",
    )


@pytest.mark.parametrize("year", ["1899", "2100", "0999"])
def test_years_outside_1900_2099_are_not_years(year: str) -> None:
    assert parse_journal_ref(f"Phys. Rev. D 69, 103501 ({year})") is None


def test_four_digit_pages_are_not_taken_for_years() -> None:
    ref = parse_journal_ref("J. Chem. Phys. 115, 1626 (2001)")
    assert ref is not None and (ref.pages, ref.year) == ("1626", 2001)


@pytest.mark.parametrize(
    ("text", "booktitle", "year"),
    [
        ("NeurIPS 2023", "NeurIPS 2023", 2023),  # the meeting's name as written, year and all
        ("ICLR 2025", "ICLR 2025", 2025),
        (
            "International Conference on Learning Representations, 2025",
            "International Conference on Learning Representations",
            2025,
        ),
    ],
)
def test_conference_and_year(text: str, booktitle: str, year: int) -> None:
    expected = JournalRef(kind="inproceedings", booktitle=booktitle, year=year, raw=text)
    assert parse_journal_ref(text) == expected


def test_pmlr_proceedings() -> None:
    text = (
        "Proceedings of the 40th International Conference on Machine Learning, "
        "PMLR 202:1234-1250, 2023"
    )
    assert parse_journal_ref(text) == JournalRef(
        kind="inproceedings",
        booktitle="Proceedings of the 40th International Conference on Machine Learning",
        volume="202",
        pages="1234--1250",
        year=2023,
        publisher="PMLR",
        raw=text,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Journal of Inefficient Algorithms, Vol. 93, No. 2 (2009), pp. 42-51",
        "Journal of Inefficient Algorithms, volume 93, number 2, pp. 42-51, 2009",
    ],
)
def test_labelled_fields_in_either_order(text: str) -> None:
    ref = parse_journal_ref(text)
    assert ref is not None
    assert (ref.journal, ref.volume, ref.number, ref.pages, ref.year) == (
        "Journal of Inefficient Algorithms",
        "93",
        "2",
        "42--51",
        2009,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Accepted by NeurIPS 2022",
        "To appear in Annals of Mathematics",
        "To appear in ICML 2024",
        "Submitted to Phys. Rev. D",
        "in press",
        "Phys. Rev. D, in press",
        "Nature 2009",  # a journal with only a year is not a citation yet
        "This paper was published in a nice journal in 2020",
        "",
    ],
)
def test_unpublished_or_vague_refs_are_kept_raw(text: str) -> None:
    assert parse_journal_ref(text) is None


def test_acceptance_with_volume_and_pages_is_a_publication() -> None:
    ref = parse_journal_ref("To appear in J. Algebra 321 (2009), 3450-3468.")
    assert ref is not None
    assert (ref.journal, ref.volume, ref.pages) == ("J. Algebra", "321", "3450--3468")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Proc. Natl. Acad. Sci. 104, 9943 (2007)", "article"),
        ("Journal of Physics: Conference Series 70 (2007) 012003", "article"),
        ("Proc. SPIE 6275, 62751C (2006)", "inproceedings"),
    ],
)
def test_proceedings_in_a_name_do_not_always_mean_a_meeting(text: str, kind: str) -> None:
    ref = parse_journal_ref(text)
    assert ref is not None and ref.kind == kind


@given(st.text(max_size=400))
def test_never_raises_and_results_are_well_formed(text: str) -> None:
    ref = parse_journal_ref(text)
    if ref is None:
        return
    assert ref.year is None or 1900 <= ref.year <= 2099
    for value in (ref.pages, ref.number):
        assert value is None or "-" not in value.replace("--", "")
    assert (ref.journal is None) != (ref.booktitle is None)
    assert ref.kind == ("article" if ref.journal else "inproceedings")


@given(
    st.sampled_from(["Phys. Rev. D", "J. Algebra", "Entropy"]),
    st.integers(1, 999),
    st.integers(1, 99999),
    st.integers(1900, 2099),
)
def test_aps_shape_round_trips(journal: str, volume: int, page: int, year: int) -> None:
    ref = parse_journal_ref(f"{journal} {volume}, {page} ({year})")
    assert ref is not None
    assert (ref.journal, ref.volume, ref.pages, ref.year) == (journal, str(volume), str(page), year)
