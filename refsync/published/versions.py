"""Published versions from a bibliographic index, for papers whose arXiv record does not name one.

The seam: a :class:`PublishedSource` (one module per index: :mod:`refsync.published.semanticscholar`)
answers, for arXiv ids, the published record it links to each. Nothing from it is believed
on the index's word: a candidate is used only when refsync's matcher says its title, authors
and year are the paper's (:func:`refsync.match.judge`, the rules that guard ``present``),
because indexes mis-link (a sequel, another paper by the same authors). Anything else is
refused with a reason and reported; the paper is then written as arXiv describes it.

The published version's year is not taken on the index's word either: for a paper it
merged with its arXiv copy, Semantic Scholar's year is the preprint's (an ICLR 2025 paper
posted in 2024 says 2024). :func:`published_year` takes the year the arXiv comment gives
the venue ("Accepted to ICLR 2025"), else the index's year when it is not the year of the
first arXiv version (what S2 gives most merged records); with neither, the candidate is refused rather than dated by its preprint.

Both new papers and present entries that are still preprints (:attr:`Record.preprint`)
are asked about; :func:`upgrade` puts the published version into their decisions, and
each target's update computation (``Target.with_updates``) does the rest.

Pure apart from the source it is given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ..journalref import JournalRef, parse_journal_ref
from ..match import judge
from ..model import Decision, Paper, Plan, Record, Status
from ..names import parse_name
from .venues import comment_year


@dataclass(frozen=True)
class Candidate:
    """The published record an index links to one arXiv id, before refsync's own check."""

    arxiv_id: str
    record_id: str
    """The index's own id for the record, for messages."""
    title: str
    authors: tuple[str, ...]
    year: int | None
    venue: JournalRef
    short_venue: str | None = None
    doi: str | None = None
    acronyms: tuple[str, ...] = ()
    """The venue's short names, to find it in an arXiv comment."""


class PublishedSource(Protocol):
    """One bibliographic index, asked in batches."""

    name: str
    requests: int

    def candidates(self, arxiv_ids: Sequence[str]) -> dict[str, Candidate]:
        """The published record each id links to; ids without one are left out."""
        ...


@dataclass(frozen=True)
class Lookup:
    """What the index gave: papers upgraded to their published version, and the candidates refused."""

    found: dict[str, Paper]
    refused: dict[str, str]
    """arXiv id -> why the index's record was not used."""
    asked: int = 0
    """Papers sent to the index (those whose arXiv record names no publication)."""


def wanted(papers: Sequence[Paper]) -> list[Paper]:
    """Papers worth asking about: those whose arXiv journal_ref does not already name the publication."""
    return [p for p in papers if parse_journal_ref(p.journal_ref) is None and p.venue is None]


def _upgradable(decision: Decision) -> bool:
    """New papers, and present ones whose record is still a preprint."""
    if decision.status is Status.NEW:
        return True
    return decision.status is Status.PRESENT and decision.record is not None and decision.record.preprint


def to_ask(plans: Sequence[Plan]) -> list[Paper]:
    """The papers of ``plans`` a published version would change, once each."""
    papers = {d.paper.arxiv_id: d.paper for plan in plans for d in plan.decisions if _upgradable(d)}
    return list(papers.values())


def look_up(papers: Sequence[Paper], source: PublishedSource, *, short_names: bool = False) -> Lookup:
    """Ask ``source`` about ``papers`` (one batch) and keep only the same works."""
    asked = wanted(papers)
    answers = source.candidates([p.arxiv_id for p in asked]) if asked else {}
    found: dict[str, Paper] = {}
    refused: dict[str, str] = {}
    for paper in asked:
        candidate = answers.get(paper.arxiv_id)
        if candidate is None:
            continue
        doubt = same_work_doubt(paper, candidate, source.name)
        year = published_year(paper, candidate)
        if doubt:
            refused[paper.arxiv_id] = doubt
        elif year is None:
            refused[paper.arxiv_id] = (f"{source.name} places it in {_venue_name(candidate.venue)} but gives it no year "
                                       "other than the preprint's, nor does the arXiv comment: not used")
        else:
            dated = replace(candidate, venue=replace(candidate.venue, year=year))
            found[paper.arxiv_id] = with_venue(paper, dated, short_names=short_names)
    return Lookup(found, refused, len(asked))


def published_year(paper: Paper, candidate: Candidate) -> int | None:
    """The published version's year: the arXiv comment's for the venue, else the index's unless it is the preprint's."""
    said = comment_year(paper.comment, candidate.acronyms)
    if said is not None and paper.year is not None and paper.year - 3 <= said <= paper.year + 2:
        return said
    if candidate.year is not None and paper.year is not None and candidate.year != paper.year:
        return candidate.year  # not the date of the first version, which the index gives merged records
    return None


def _venue_name(venue: JournalRef) -> str:
    return venue.booktitle or venue.journal or "a venue"


def same_work_doubt(paper: Paper, candidate: Candidate, source: str) -> str | None:
    """Why ``candidate`` may not be ``paper``'s published version; None when the matcher is sure.

    The index's own arXiv link is deliberately left out of the record compared: only the
    title, the authors and the year decide.
    """
    record = Record(
        key=f"{source} {candidate.record_id}",
        title=candidate.title,
        authors=tuple(parse_name(a) for a in candidate.authors),
        year=candidate.year,
    )
    decision = judge(paper, record)
    if decision is not None and decision.status is Status.PRESENT:
        return None
    said = f"{source} links it to {candidate.title!r} ({candidate.year or 'no year'})"
    if decision is None:
        return f"{said}, another work: not used"
    return f"{said}, not sure it is the same work ({decision.reason}): not used"


def with_venue(paper: Paper, candidate: Candidate, *, short_names: bool = False) -> Paper:
    """``paper`` carrying the published venue (short name if asked and known) and DOI."""
    venue = candidate.venue
    if short_names and candidate.short_venue:
        name = candidate.short_venue
        venue = replace(venue, booktitle=name) if venue.kind == "inproceedings" else replace(venue, journal=name)
    dois = paper.dois
    if candidate.doi and candidate.doi.lower() not in {d.lower() for d in dois}:
        dois = (candidate.doi, *dois)
    return replace(paper, venue=venue, dois=dois)


def upgrade(plan: Plan, found: Mapping[str, Paper]) -> Plan:
    """``plan`` with its new papers and present preprints carrying their published versions, where found.

    A present paper's update is computed afterwards, by its target, from the paper.
    """

    def one(decision: Decision) -> Decision:
        paper = found.get(decision.paper.arxiv_id)
        if paper is None or not _upgradable(decision):
            return decision
        return replace(decision, paper=paper)

    return Plan(tuple(one(d) for d in plan.decisions))
