"""A Zotero library as a target: read every item, push new papers to a collection.

Composed of a :class:`~refsync.zotero.connection.Connection` (the client, the key's
rights, the library version), a :class:`~refsync.zotero.reader.Reader` (consistent,
incremental reads and the collection) and a :class:`~refsync.zotero.writer.Writer`
(batched, reconciled writes); this class only says what a run does with them.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..bibfile import citekey
from ..cache import JsonStore
from ..errors import ConfigError
from ..model import Applied, Plan, Record
from .connection import Connection, KeyInfo, Library, fetch_key_info, reachable_libraries
from .reader import Collection, Reader, library_cache
from .records import record_from_item
from .settings import DEFAULT_API_URL, ZoteroSettings
from .writer import KEY_ALPHABET, MAX_BATCH, Writer, new_key, to_file

__all__ = [
    "DEFAULT_API_URL",
    "KEY_ALPHABET",
    "MAX_BATCH",
    "KeyInfo",
    "Library",
    "ZoteroSettings",
    "ZoteroTarget",
    "fetch_key_info",
    "library_cache",
    "new_key",
    "reachable_libraries",
    "record_from_item",
]


class ZoteroTarget:
    """A Zotero library (user or group) and the collection new papers go to."""

    kind = "zotero"

    def __init__(self, settings: ZoteroSettings, api_key: str, *, cache: JsonStore | None = None) -> None:
        if not settings.collection:
            raise ConfigError("name the Zotero collection: --collection NAME (or [zotero] collection)")
        self.settings = settings
        self._connection = Connection(settings, api_key)
        self._reader = Reader(self._connection, cache)
        self._writer = Writer(self._connection)
        self._collection: Collection | None = None

    def __repr__(self) -> str:  # the key stays out of reprs, logs and tracebacks
        return f"ZoteroTarget({self.settings.api_url!r}, collection={self.settings.collection!r})"

    def describe(self) -> dict[str, str]:
        library = self._connection.resolve_library().path
        name = self._collection.name if self._collection else str(self.settings.collection)
        return {"kind": self.kind, "library": library, "collection": name}

    def label(self) -> str:
        described = self.describe()
        return f"Zotero collection {described['collection']!r} ({described['library']})"

    def locate(self, record: Record) -> str:
        return f"Zotero item {record.key}" + (f" ({record.kind})" if record.kind else "")

    def notices(self) -> list[str]:
        return []

    def pinned_keys(self, plan: Plan) -> dict[str, str]:
        """Zotero's ``citationKey`` pins a paper's key; a new .bib entry should reuse it."""
        return citekey.pinned_keys(plan)

    def adopt_keys(self, pins: Mapping[str, str]) -> None:
        """New items take Zotero's own keys; there is nothing to adopt."""

    def records(self) -> list[Record]:
        """Every work of the library (trashed ones marked), read consistently."""
        snapshot = self._reader.read()
        self._collection = self._reader.find_collection(snapshot.collections)
        return list(snapshot.records.values())

    def with_updates(self, plan: Plan) -> Plan:
        """The plan as it is: Zotero items are not yet compared field by field (only .bib entries are)."""
        return plan

    def update_previews(self, plan: Plan) -> list[str]:
        """None: no Zotero item is updated (see :meth:`with_updates`)."""
        return []

    def pending(self, plan: Plan) -> int:
        """Papers ``apply`` would write: new items, and present ones to file in the collection."""
        collection = self._collection.key if self._collection else None
        return len(plan.new) + len(to_file(plan, collection))

    def apply(self, plan: Plan) -> Applied:
        """Create the plan's new papers and file present ones in the collection, 50 objects a request."""
        self._connection.client()
        if self._connection.version is None:
            self.records()
        self._connection.require_write()
        applied = Applied()
        with self._connection.errors("write", applied):
            self._collection = self._writer.ensure_collection(self._collection, applied)
            self._writer.write(plan, self._collection.key, applied)
        return applied
