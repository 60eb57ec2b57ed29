"""The values that flow through refsync: papers in, records of a library, a plan out.

Everything here is plain frozen data. The source (arXiv) yields :class:`Paper`s, a
target yields :class:`Record`s, the matcher turns both into a :class:`Plan` of
:class:`Decision`s, and applying a plan returns an :class:`Applied`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from .ids import abs_url

if TYPE_CHECKING:  # a paper only carries one; reading journal references is journalref's (and costly to import)
    from .journalref import JournalRef


@dataclass(frozen=True)
class Paper:
    """One arXiv paper as the API describes its latest (or requested) version."""

    arxiv_id: str
    """Base id without version: ``2303.13506`` or ``hep-th/9901001``."""
    version: int
    title: str
    authors: tuple[str, ...]
    """Author names in arXiv's order, as arXiv writes them ("Eric J. Michaud")."""
    abstract: str = ""
    published: dt.date | None = None
    """Date of version 1: the date a citation's year is taken from."""
    updated: dt.date | None = None
    """Date of the version described (the latest, unless a version was asked for)."""
    primary_class: str | None = None
    categories: tuple[str, ...] = ()
    dois: tuple[str, ...] = ()
    """Published-version DOIs the authors gave arXiv (lower case)."""
    journal_ref: str | None = None
    comment: str | None = None
    venue: JournalRef | None = None
    """The published version a bibliographic index named, after refsync's same-work check."""

    @property
    def year(self) -> int | None:
        """Year of the first version: stable across revisions, what people cite."""
        day = self.published or self.updated
        return day.year if day else None

    @property
    def doi(self) -> str | None:
        """The published DOI, when arXiv has one."""
        return self.dois[0] if self.dois else None

    @property
    def url(self) -> str:
        return abs_url(self.arxiv_id)


@dataclass(frozen=True)
class Found:
    """An identifier found in a library record, and where: the reason a match can cite."""

    value: str
    """Normalised: an arXiv base id, or a lower-case DOI."""
    field: str
    """Where it was found, e.g. ``eprint``, ``url``, ``extra``."""
    raw: str
    """The text it was read from, for explanations."""


@dataclass(frozen=True)
class Name:
    """A person's name split for comparison: family name (with particles) and given names."""

    family: str
    given: str = ""
    suffix: str = ""

    def __str__(self) -> str:
        parts = [self.given, self.family] if self.given else [self.family]
        text = " ".join(p for p in parts if p)
        return f"{text}, {self.suffix}" if self.suffix else text


PREPRINT_KINDS = frozenset({"misc", "online", "unpublished", "preprint"})
"""Record kinds that hold a preprint: .bib entry types, and Zotero's ``preprint`` item type."""


@dataclass(frozen=True)
class Record:
    """What a library already holds about one work: a .bib entry or a Zotero item."""

    key: str
    """Citation key (.bib) or item key (Zotero)."""
    title: str = ""
    authors: tuple[Name, ...] = ()
    year: int | None = None
    arxiv_ids: tuple[Found, ...] = ()
    dois: tuple[Found, ...] = ()
    kind: str = ""
    """Entry type (``article``) or Zotero item type (``preprint``)."""
    collections: frozenset[str] = frozenset()
    trashed: bool = False
    citation_key: str | None = None
    """A pinned citation key (Zotero's ``citationKey``), when the library has one."""
    version: int | None = None
    """Zotero item version, for conditional writes."""
    line: int | None = None
    """First line of the entry in its .bib file."""
    folded_title: str | None = field(default=None, compare=False, repr=False)
    """The title as the matcher compares it, when already known (the index cache keeps it)."""

    @property
    def preprint(self) -> bool:
        """Still a preprint: what a published version would upgrade."""
        return self.kind.lower() in PREPRINT_KINDS


class Status(StrEnum):
    NEW = "new"
    PRESENT = "present"
    UNCERTAIN = "uncertain"
    EXCLUDED = "excluded"


class MatchBy(StrEnum):
    ARXIV_ID = "arxiv_id"
    DOI = "doi"
    TITLE = "title"


@dataclass(frozen=True)
class Match:
    """Which record a paper was matched to, and by what evidence."""

    key: str
    by: MatchBy
    score: float | None = None


TYPE = "type"
"""How a change of entry type is named among an update's field changes."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Update:
    """One entry's pending changes and the conflicts left alone."""

    key: str
    changes: tuple[FieldChange, ...] = ()
    """Including a change of ``type``, first, when the preprint becomes the published entry."""
    conflicts: tuple[FieldChange, ...] = ()

    @property
    def pending(self) -> bool:
        return bool(self.changes)

    @property
    def new_type(self) -> str | None:
        return next((c.new for c in self.changes if c.field == TYPE), None)


@dataclass(frozen=True)
class Decision:
    """The verdict on one paper: exactly one status, always with a reason."""

    paper: Paper
    status: Status
    reason: str
    match: Match | None = None
    record: Record | None = None
    """The matched (present) or candidate (uncertain) record."""
    update: Update | None = None
    """For a present paper: what its entry lacks that the paper's metadata now has."""


@dataclass(frozen=True)
class Plan:
    """Every paper's decision, in a stable order; what ``diff`` shows and ``sync`` applies."""

    decisions: tuple[Decision, ...]

    def with_status(self, status: Status) -> list[Decision]:
        return [d for d in self.decisions if d.status is status]

    @property
    def new(self) -> list[Paper]:
        return [d.paper for d in self.with_status(Status.NEW)]

    def summary(self) -> dict[str, int]:
        counts = Counter(d.status for d in self.decisions)
        return {s.value: counts.get(s, 0) for s in Status}


@dataclass(frozen=True)
class Failure:
    arxiv_id: str
    error: str


@dataclass
class Applied:
    """What applying a plan changed: keys added, records updated, and what failed."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    def merge(self, other: Applied) -> None:
        self.added += other.added
        self.updated += other.updated
        self.failed += other.failed
