"""Show outcomes: the stable JSON contract for scripts, summaries and tables for people. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from .model import TYPE, Applied, Decision, FieldChange, Plan, Status

if TYPE_CHECKING:  # sync fetches and writes; output only reads its Outcome
    from .nameforms import NameForm
    from .sync import Outcome


def literal(text: str) -> Text:
    """Text from data (titles, reasons, paths, keys) exactly as written.

    rich reads square brackets as markup: ``[cs.LG]`` would vanish and ``[/b]`` in a
    title would raise. Everything refsync prints to a console goes through here.
    """
    return Text(text)


def outcomes_json(outcomes: list[Outcome]) -> dict[str, Any] | list[dict[str, Any]]:
    """One target: its report object. Several (a profile with a .bib and a collection): an array of them."""
    reports = [outcome_json(outcome) for outcome in outcomes]
    return reports[0] if len(reports) == 1 else reports


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    """The documented ``--json`` shape; ``applied`` only after a sync."""
    data: dict[str, Any] = {
        "author": outcome.author,
        "target": outcome.target,
        "papers": [decision_json(d) for d in outcome.plan.decisions],
        "summary": outcome.plan.summary(),
    }
    if outcome.applied is not None:
        data["applied"] = applied_json(outcome.applied)
    return data


def decision_json(decision: Decision) -> dict[str, Any]:
    paper = decision.paper
    match = {"key": decision.match.key, "by": decision.match.by.value} if decision.match else None
    data: dict[str, Any] = {
        "arxiv_id": paper.arxiv_id,
        "version": paper.version,
        "title": paper.title,
        "year": paper.year,
        "status": decision.status.value,
        "match": match,
        "reason": decision.reason,
    }
    if decision.update is not None:
        data["updates"] = [_change_json(c) for c in decision.update.changes]
        data["conflicts"] = [_change_json(c) for c in decision.update.conflicts]
    return data


def _change_json(change: FieldChange) -> dict[str, str]:
    return {"field": change.field, "old": change.old, "new": change.new}


def update_note(decision: Decision) -> str:
    """The table's word on a present entry that is out of date: which fields would change, which conflict."""
    update = decision.update
    if update is None:
        return ""
    parts = []
    if update.changes:
        parts.append("update: " + ", ".join(_change_text(c) for c in update.changes))
    if update.conflicts:
        parts.append("conflict (kept): " + ", ".join(_change_text(c) for c in update.conflicts))
    return "; ".join(parts)


def _change_text(change: FieldChange) -> str:
    if change.field == TYPE:
        return f"@{change.old} -> @{change.new}"
    return f"{change.field} {change.old!r} -> {change.new!r}" if change.old else f"{change.field} +{change.new!r}"


def pending_updates(plan: Plan) -> int:
    """Present papers whose entries have changes to apply (conflicts alone do not count)."""
    return sum(1 for d in plan.decisions if d.update is not None and d.update.pending)


def applied_json(applied: Applied) -> dict[str, Any]:
    return {
        "added": list(applied.added),
        "updated": list(applied.updated),
        "failed": [{"arxiv_id": f.arxiv_id, "error": f.error} for f in applied.failed],
    }




def summary_line(outcome: Outcome) -> str:
    counts = outcome.plan.summary()
    where = outcome.label
    parts = ", ".join(f"{counts[s.value]} {s.value}" for s in Status)
    updates = pending_updates(outcome.plan)
    parts += f" ({updates} present with updates)" if updates else ""
    return f"{outcome.author}: {len(outcome.plan.decisions)} papers on arXiv, {parts} ({where})"


def total_line(outcomes: list[Outcome], profiles: int) -> str:
    """The sum over every profile's targets, after an --all-profiles run."""
    counts = {s.value: sum(o.plan.summary()[s.value] for o in outcomes) for s in Status}
    parts = ", ".join(f"{counts[s.value]} {s.value}" for s in Status)
    added = sum(len(o.applied.added) for o in outcomes if o.applied)
    written = f"; added {added}" if any(o.applied for o in outcomes) else ""
    return f"total of {profiles} profiles, {len(outcomes)} plans: {parts}{written}"


def applied_line(outcome: Outcome) -> str:
    applied = outcome.applied
    assert applied is not None
    where = outcome.label
    parts = [f"added {len(applied.added)}"]
    if applied.updated:
        parts.append(f"updated {len(applied.updated)}")
    if applied.failed:
        parts.append(f"failed {len(applied.failed)}")
    failures = "".join(f"\n  {f.arxiv_id}: {f.error}" for f in applied.failed)
    return f"{where}: {', '.join(parts)}{failures}"


def authors_json(name: str, queries: list[str], papers: int, forms: list[NameForm]) -> dict[str, Any]:
    """The ``authors --json`` shape: each name form with its papers and whether it is the person."""
    return {
        "author": name,
        "queries": queries,
        "papers": papers,
        "forms": [{"name": f.written, "papers": len(f.papers), "status": "same" if f.same else "namesake",
                   "reason": f.reason, "arxiv_ids": list(f.papers)} for f in forms],
    }


def authors_table(forms: list[NameForm]) -> Table:
    """One row per written form: how many papers, the person or a namesake, and a few of the papers."""
    table = Table(show_edge=False, pad_edge=False, expand=False)
    for column in ("name as written", "papers", "who", "reason", "arXiv ids"):
        table.add_column(column)
    for f in forms:
        shown = ", ".join(f.papers[:3]) + (f", +{len(f.papers) - 3}" if len(f.papers) > 3 else "")
        who = Text("same person", style="green") if f.same else Text("namesake", style="magenta")
        table.add_row(literal(f.written), str(len(f.papers)), who, literal(f.reason), literal(shown))
    return table


def candidate_tables(outcome: Outcome) -> list[Table]:
    """For each ``uncertain`` paper, the paper and the library entry it may be, side by side."""
    tables = []
    for d in outcome.plan.with_status(Status.UNCERTAIN):
        if d.record is None:
            continue
        paper, record = d.paper, d.record
        table = Table(title=literal(f"uncertain: {d.reason}"), title_justify="left", show_edge=False, expand=False)
        table.add_column("")
        table.add_column(literal(f"arXiv {paper.arxiv_id}v{paper.version}"), ratio=1)
        table.add_column(literal(f"library {record.key}"), ratio=1)
        rows = [
            ("title", paper.title, record.title),
            ("authors", "; ".join(paper.authors), "; ".join(str(a) for a in record.authors)),
            ("year", str(paper.year or ""), str(record.year or "")),
            ("ids", ", ".join((paper.arxiv_id, *paper.dois)),
             ", ".join(f.raw for f in (*record.arxiv_ids, *record.dois)) or "none"),
            ("where", paper.url, outcome.locate(record)),
        ]
        for label, ours, theirs in rows:
            table.add_row(label, literal(ours), literal(theirs))
        tables.append(table)
    return tables
