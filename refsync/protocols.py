"""The two seams of the data flow: a Source yields papers, a Target holds records and takes a plan.

The generic layer (:mod:`refsync.sync`, :mod:`refsync.output`, the CLI) talks only to these
protocols; a new library kind (a CSL-JSON file, say) or a new source (a published-version
index) is a module that satisfies one of them, never a branch in the generic code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .model import Applied, Paper, Plan, Record


class Source(Protocol):
    """Where papers come from: the arXiv API, saved feeds, or (later) another index."""

    def papers(self) -> list[Paper]:
        """Every paper the source lists, one per arXiv id; complete or an error, never a short list."""
        ...


class Target(Protocol):
    """A library refsync reads and writes: a .bib file or a Zotero collection."""

    kind: str

    def describe(self) -> dict[str, str]:
        """The target as the JSON report names it."""
        ...

    def label(self) -> str:
        """The target as people read it in a summary line."""
        ...

    def locate(self, record: Record) -> str:
        """Where one of the target's records lives (file and line, or item key)."""
        ...

    def records(self) -> list[Record]: ...

    def pending(self, plan: Plan) -> int:
        """How many papers ``apply`` would write (to ask before writing)."""
        ...

    def apply(self, plan: Plan) -> Applied: ...

    def notices(self) -> list[str]:
        """What the user should know after ``apply`` (e.g. where a backup went)."""
        ...

    def pinned_keys(self, plan: Plan) -> dict[str, str]:
        """Citation keys this target pins for the plan's papers, for other targets to reuse."""
        ...

    def adopt_keys(self, pins: Mapping[str, str]) -> None:
        """Use ``pins`` (arXiv id -> key) for new entries where this target has no pin of its own."""
        ...


@dataclass(frozen=True)
class TargetRequest:
    """Which libraries a run names, as the command line and the profile merged say."""

    bib: Path | None = None
    zotero: bool = False
    collection: str | None = None
    refresh: bool = False
    options: Mapping[str, Any] = field(default_factory=dict)
    """The command's own options (style, citekey, library id...), read by each edge's builder."""
