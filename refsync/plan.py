"""Turn fetched papers and a library's records into a :class:`~refsync.model.Plan`. Pure.

Papers the user does not want are ``excluded`` first, each with its reason: listed in
``exclude``, outside the chosen categories or dates, or written by a namesake (the
author query is broad on purpose; the exact person is picked out here). The rest are
matched against the library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import names
from .match import Index, build_index, match
from .model import Decision, Paper, Plan, Record, Status


@dataclass(frozen=True)
class Selection:
    """Which of the fetched papers the user wants."""

    author: str | None = None
    """The person whose papers these are; None when the source is exact (author-id feed)."""
    aliases: tuple[str, ...] = ()
    exclude: frozenset[str] = frozenset()
    """arXiv base ids never to add."""
    exclude_notes: dict[str, str] = field(default_factory=dict, hash=False)
    """The reason and date recorded for an excluded id, when there is one."""
    categories: tuple[str, ...] = ()
    """Category prefixes (``cs.LG``, ``cs``, ``stat.ML``); empty means all."""
    since: dt.date | None = None


def make_plan(papers: Sequence[Paper], records: Iterable[Record] | Index, selection: Selection) -> Plan:
    """Every paper's decision, newest first."""
    index = records if isinstance(records, Index) else build_index(records)
    ordered = sorted(papers, key=lambda p: (p.published or dt.date.min, p.arxiv_id), reverse=True)
    return Plan(tuple(_decide(paper, index, selection) for paper in ordered))


def decline(plan: Plan, reasons: dict[str, str]) -> Plan:
    """The plan with these new papers excluded instead, each for its reason (the user said no)."""
    return Plan(tuple(
        Decision(d.paper, Status.EXCLUDED, reasons[d.paper.arxiv_id])
        if d.status is Status.NEW and d.paper.arxiv_id in reasons else d
        for d in plan.decisions
    ))


def _decide(paper: Paper, index: Index, selection: Selection) -> Decision:
    reason = excluded_because(paper, selection)
    return Decision(paper, Status.EXCLUDED, reason) if reason else match(paper, index)


def excluded_because(paper: Paper, selection: Selection) -> str | None:
    """Why the user does not want this paper, or None if they do."""
    if paper.arxiv_id in selection.exclude:
        note = selection.exclude_notes.get(paper.arxiv_id)
        return f"listed in exclude ({note})" if note else "listed in exclude"
    if selection.categories and not _in_categories(paper, selection.categories):
        return f"not in categories {', '.join(selection.categories)}"
    if selection.since and paper.published and paper.published < selection.since:
        return f"first submitted {paper.published.isoformat()}, before {selection.since.isoformat()}"
    if selection.author:
        return _not_by_author(paper, selection)
    return None


def _in_categories(paper: Paper, wanted: Sequence[str]) -> bool:
    mine = paper.categories or ((paper.primary_class,) if paper.primary_class else ())
    return any(c == w or c.startswith(w.rstrip(".*") + ".") for c in mine for w in wanted)


def _not_by_author(paper: Paper, selection: Selection) -> str | None:
    """None if one of the paper's authors can be the selected person, else why not."""
    assert selection.author is not None
    targets = [names.parse_name(n) for n in (selection.author, *selection.aliases)]
    conflict = None
    for written in paper.authors:
        verdict = names.compare_any(targets, names.parse_name(written))
        if verdict.compat is names.Compat.SAME:
            return None
        if verdict.compat is names.Compat.CONFLICT:
            conflict = conflict or verdict
    return f"namesake: {conflict.reason}" if conflict else f"no author is {selection.author}"
