"""The diff as people read it: one line per paper that needs attention, its reason below. Pure.

On a terminal each paper line fits the width (the title is shortened with an ellipsis,
never wrapped into a column of fragments) and the reason wraps under it, indented. In a
pipe nothing is shortened: the data must survive ``grep`` and ``less``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from .model import Decision, Plan, Status
from .output import update_note

STYLES = {Status.NEW: "bold green", Status.PRESENT: "dim", Status.UNCERTAIN: "yellow", Status.EXCLUDED: "magenta"}
ATTENTION = frozenset({Status.NEW, Status.UNCERTAIN})
"""What ``diff`` lists by default; the rest is counted in the summary, except present
entries that are out of date (see :func:`out_of_date`)."""
SHOW_CHOICES = tuple(s.value for s in Status)
_GAP = "  "


@dataclass(frozen=True)
class Shown:
    """Which statuses a view lists."""

    statuses: frozenset[Status] = ATTENTION

    @classmethod
    def parse(cls, names: Iterable[str], *, everything: bool = False) -> Shown:
        """``--show present,excluded`` adds to the default; ``--all-papers`` lists every paper."""
        if everything:
            return cls(frozenset(Status))
        wanted = {Status(n.strip()) for text in names for n in text.split(",") if n.strip()}
        return cls(ATTENTION | wanted)

    def lists(self, decision: Decision) -> bool:
        """Whether the listing shows this paper: its status is shown, or its entry is out of date."""
        return decision.status in self.statuses or out_of_date(decision)

    def hidden(self, plan: Plan) -> dict[Status, int]:
        """The statuses left out of the listing, with how many papers each has."""
        counts = Counter(d.status for d in plan.decisions if not self.lists(d))
        return {s: counts[s] for s in Status if counts[s]}


def out_of_date(decision: Decision) -> bool:
    """A present entry with updates to apply or conflicts to look at needs the user's eye too."""
    update = decision.update
    return update is not None and (update.pending or bool(update.conflicts))


def paper_lines(decisions: Sequence[Decision], width: int | None) -> RenderableType:
    """Every decision as a paper line and an indented reason; ``width`` None means a pipe."""
    status_width = max(len(d.status.value) for d in decisions)
    id_width = max(len(_version_id(d)) for d in decisions)
    indent = status_width + len(_GAP)
    rows: list[RenderableType] = []
    for d in decisions:
        head = Text.assemble(
            (d.status.value.ljust(status_width), STYLES[d.status]), _GAP,
            _version_id(d).ljust(id_width), _GAP, str(d.paper.year or "").ljust(4), _GAP,
        )
        title = Text(d.paper.title, style="bold" if d.status in ATTENTION or out_of_date(d) else "")
        line = head + title
        if width is not None:
            line.truncate(width, overflow="ellipsis")
            line.no_wrap = True
        rows.append(line)
        reason = Text("; ".join(part for part in (d.reason, update_note(d)) if part), style="dim")
        rows.append(Padding(reason, (0, 0, 0, indent), expand=False) if width is not None else Text(" " * indent) + reason)
    return Group(*rows)


def hidden_note(hidden: dict[Status, int]) -> str:
    """How to list what the view left out, or nothing when it left nothing out."""
    if not hidden:
        return ""
    which = ",".join(s.value for s in hidden)
    counts = ", ".join(f"{n} {s.value}" for s, n in hidden.items())
    return f"not listed: {counts} (--show {which} or --all-papers)"


def _version_id(decision: Decision) -> str:
    return f"{decision.paper.arxiv_id}v{decision.paper.version}"
