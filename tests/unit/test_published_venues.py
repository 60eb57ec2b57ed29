"""An index's venue as people cite it, and the published version's year. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from refsync.model import Decision, Match, MatchBy, Paper, Plan, Record, Status
from refsync.published.semanticscholar import candidate_from
from refsync.published.venues import VENUES, Venue, comment_year, known_venue
from refsync.published.versions import Candidate, published_year, to_ask, upgrade
from refsync.journalref import JournalRef

ARXIV_ID = "2303.13506"


def answer(name: str, kind: str, **extra: Any) -> dict[str, Any]:
    """A batch answer naming ``name`` as the paper's venue."""
    return {"paperId": "a" * 40, "externalIds": {"ArXiv": ARXIV_ID}, "title": "T", "year": 2023,
            "publicationVenue": {"name": name, "type": kind, **extra.pop("venue", {})}, "venue": name, **extra}


@pytest.mark.parametrize("venue", VENUES, ids=[v.short for v in VENUES])
def test_every_row_turns_the_index_name_into_the_name_people_cite(venue: Venue) -> None:
    name = (venue.names or (venue.written,))[0]
    candidate = candidate_from(ARXIV_ID, answer(name, "conference" if venue.kind == "inproceedings" else "journal"))
    assert candidate is not None
    written = candidate.venue.booktitle if venue.kind == "inproceedings" else candidate.venue.journal
    assert (candidate.venue.kind, written, candidate.short_venue) == (venue.kind, venue.written, venue.short)


def test_a_conference_is_written_as_its_proceedings() -> None:
    candidate = candidate_from(ARXIV_ID, answer("Neural Information Processing Systems", "conference"))
    assert candidate is not None
    assert candidate.venue == JournalRef("inproceedings", booktitle="Advances in Neural Information Processing Systems")
    assert candidate.acronyms == ("NeurIPS", "NIPS")


def test_a_journal_is_written_in_its_own_case_with_the_volume_and_pages_the_index_gives() -> None:
    candidate = candidate_from(ARXIV_ID, answer("Physical review letters", "journal",
                                                journal={"name": "Physical Review Letters", "volume": "131",
                                                         "pages": "101001-101006"}))
    assert candidate is not None
    assert candidate.venue == JournalRef("article", journal="Physical Review Letters", volume="131",
                                         pages="101001--101006")


def test_a_venue_is_found_by_its_acronym_among_the_index_short_names() -> None:
    assert known_venue("Intl. Conf. Learning Representations", ["ICLR"]) is known_venue(
        "International Conference on Learning Representations")


def test_a_venue_missing_from_the_table_is_written_as_the_index_names_it() -> None:
    candidate = candidate_from(ARXIV_ID, answer("Conference on Robot Learning", "conference",
                                                venue={"alternate_names": ["CoRL", "Conf Robot Learn"]}))
    assert candidate is not None
    assert (candidate.venue.booktitle, candidate.short_venue) == ("Conference on Robot Learning", "CoRL")


@pytest.mark.parametrize(
    ("comment", "year"),
    [
        ("NeurIPS 2025; 20 pages, 13 figures", 2025),
        ("Accepted to ICLR 2025. Code and data at https://github.com/x", 2025),
        ("Camera-ready version, NeurIPS'23", 2023),
        ("Accepted by NIPS 2017", 2017),
    ],
)
def test_the_arxiv_comment_gives_the_year_of_the_venue(comment: str, year: int) -> None:
    assert comment_year(comment, ("NeurIPS", "NIPS", "ICLR")) == year


@pytest.mark.parametrize(
    ("comment", "why"),
    [
        ("Presented at Deep RL Workshop, NeurIPS 2020", "a workshop is not the proceedings"),
        ("24 pages, 18 figures", "no venue named"),
        ("Accepted to ICML 2024", "another venue"),
        ("NeurIPS 2022 submission, NeurIPS 2023 camera-ready", "two years"),
        ("SuperNeurIPS 2020", "part of another word"),
    ],
)
def test_a_comment_that_does_not_date_this_venue_gives_no_year(comment: str, why: str) -> None:
    assert comment_year(comment, ("NeurIPS", "NIPS")) is None, why


PAPER = Paper(ARXIV_ID, 3, "The Quantization Model of Neural Scaling", ("Eric J. Michaud", "Max Tegmark"),
              published=dt.date(2023, 3, 23), updated=dt.date(2024, 1, 13), comment="24 pages, NeurIPS 2023")
ICLR = Candidate(ARXIV_ID, "x", PAPER.title, PAPER.authors, 2023,
                 JournalRef("inproceedings", booktitle="International Conference on Learning Representations"),
                 acronyms=("ICLR",))


def test_the_index_year_counts_only_when_it_is_not_the_first_versions() -> None:
    assert published_year(PAPER, ICLR) is None  # 2023 is when the preprint appeared
    assert published_year(PAPER, replace(ICLR, year=2024)) == 2024


def test_the_comment_year_wins_over_the_index_year() -> None:
    neurips = replace(ICLR, year=2024, acronyms=("NeurIPS",))
    assert published_year(PAPER, neurips) == 2023


def _decision(status: Status, kind: str) -> Decision:
    record = Record("k", kind=kind)
    return Decision(PAPER, status, "eprint", Match("k", MatchBy.ARXIV_ID) if status is Status.PRESENT else None,
                    record if status is Status.PRESENT else None)


def test_only_new_papers_and_present_preprints_are_asked_about_and_upgraded() -> None:
    plan = Plan((_decision(Status.PRESENT, "misc"),))
    published = Plan((_decision(Status.PRESENT, "inproceedings"),))
    assert to_ask([plan]) == [PAPER] and to_ask([published]) == []
    with_venue = {ARXIV_ID: replace(PAPER, venue=ICLR.venue)}
    assert upgrade(plan, with_venue).decisions[0].paper.venue == ICLR.venue
    assert upgrade(published, with_venue).decisions[0].paper.venue is None


@pytest.mark.parametrize(("kind", "asked"), [("preprint", True), ("journalArticle", False), ("conferencePaper", False)])
def test_a_zotero_item_is_asked_about_and_upgraded_by_its_item_type_like_a_bib_entry(kind: str, asked: bool) -> None:
    plan = Plan((_decision(Status.PRESENT, kind),))
    upgraded = upgrade(plan, {ARXIV_ID: replace(PAPER, venue=ICLR.venue)}).decisions[0].paper
    assert (to_ask([plan]) == [PAPER]) is asked
    assert (upgraded.venue == ICLR.venue) is asked
