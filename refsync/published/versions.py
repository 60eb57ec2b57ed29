"""Published versions from a bibliographic index, for papers whose arXiv record does not name one.

The seam: a :class:`PublishedSource` (one module per index: :mod:`refsync.published.semanticscholar`)
answers, for arXiv ids, the published record it links to each. Nothing from it is believed
on the index's word: a candidate is used only when refsync's matcher says its title, authors
and year are the paper's (:func:`refsync.match.judge`, the rules that guard ``present``),
because indexes mis-link (a sequel, another paper by the same authors). Anything else is
refused with a reason and reported; the paper is then written as arXiv describes it.

Pure apart from the source it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ..journalref import JournalRef, parse_journal_ref
from ..match import judge
from ..model import Decision, Paper, Plan, Record, Status
from ..names import parse_name


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
        if doubt:
            refused[paper.arxiv_id] = doubt
        else:
            found[paper.arxiv_id] = with_venue(paper, candidate, short_names=short_names)
    return Lookup(found, refused, len(asked))


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
    if candidate.doi and candidate.doi not in dois:
        dois = (candidate.doi, *dois)
    return replace(paper, venue=venue, dois=dois)


def upgrade(plan: Plan, found: dict[str, Paper]) -> Plan:
    """``plan`` with its new papers replaced by their published versions, where found."""

    def one(decision: Decision) -> Decision:
        paper = found.get(decision.paper.arxiv_id)
        if decision.status is not Status.NEW or paper is None:
            return decision
        return replace(decision, paper=paper)

    return Plan(tuple(one(d) for d in plan.decisions))
