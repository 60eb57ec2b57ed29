"""A Zotero library as a target: read every item, push new papers to a collection, update present items.

Composed of a :class:`~refsync.zotero.connection.Connection` (the client, the key's
rights, the library version), a :class:`~refsync.zotero.reader.Reader` (consistent,
incremental reads and the collection) and a :class:`~refsync.zotero.writer.Writer`
(batched, reconciled writes); this class only says what a run does with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..bibfile import citekey
from ..cache import JsonStore
from ..errors import ConfigError
from ..model import Applied, Plan, Record, Status
from .connection import Connection, KeyInfo, Library, fetch_key_info, reachable_libraries
from .reader import Collection, Reader, library_cache
from .records import record_from_item
from .settings import DEFAULT_API_URL, ZoteroSettings
from .writer import KEY_ALPHABET, MAX_BATCH, Writer, new_key, to_file

if TYPE_CHECKING:
    from .update import ItemPatch

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

    def __init__(self, settings: ZoteroSettings, api_key: str, *, cache: JsonStore | None = None,
                 update: bool = False, overwrite: frozenset[str] = frozenset()) -> None:
        """``update``: ``apply`` brings present items up to date too (``sync --update``); ``overwrite``
        names the fields whose non-empty values it may replace (``--overwrite FIELD``)."""
        if not settings.collection:
            raise ConfigError("name the Zotero collection: --collection NAME (or [zotero] collection)")
        self.settings = settings
        self.update = update
        self.overwrite = overwrite
        self._connection = Connection(settings, api_key)
        self._reader = Reader(self._connection, cache)
        self._writer = Writer(self._connection)
        self._collection: Collection | None = None
        self._patches: dict[str, ItemPatch] = {}
        self._items: dict[str, dict[str, Any]] = {}

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
        """``plan`` with each present paper's :class:`~refsync.model.Update`, from its item's full data.

        An item two papers are matched to is left alone: which paper it should become is not clear.
        """
        from .update import overwritten, plan_item

        held = Counter(d.record.key for d in plan.with_status(Status.PRESENT) if d.record)
        present = {d.record.key: d for d in plan.with_status(Status.PRESENT)
                   if d.record and held[d.record.key] == 1 and not d.record.trashed}
        self._items = self._reader.items(list(present)) if present else {}
        planned = {key: plan_item(present[key], data, self._writer.template, overwritten(self.overwrite))
                   for key, data in self._items.items()}
        self._patches = {key: p[1] for key, p in planned.items() if p and p[1]}
        return Plan(tuple(replace(d, update=found[0]) if d.record and present.get(d.record.key) is d
                          and (found := planned.get(d.record.key)) else d for d in plan.decisions))

    def update_previews(self, plan: Plan) -> list[str]:
        """Each item to update as a diff of the fields that change: ``-name: old`` then ``+name: new``."""
        previews = []
        for patch in self._pending(plan):
            old = self._items[patch.key]
            lines = [f"--- Zotero item {patch.key} ({old.get('itemType', '')})", f"+++ Zotero item {patch.key} (updated)"]
            for name, value in patch.fields.items():
                if name != "collections" and value != old.get(name, ""):
                    lines += [f"-{line}" for line in _lines(name, old.get(name))]
                    lines += [f"+{line}" for line in _lines(name, value)]
            previews.append("".join(f"{line}\n" for line in lines))
        return previews

    def _pending(self, plan: Plan) -> list[ItemPatch]:
        """The patches of the plan's pending updates, in the plan's order."""
        return [self._patches[d.update.key] for d in plan.decisions
                if d.update and d.update.pending and d.update.key in self._patches]

    def pending(self, plan: Plan) -> int:
        """Papers ``apply`` would write: new items, present ones to file in the collection, and updates."""
        collection = self._collection.key if self._collection else None
        updates = {p.key for p in self._pending(plan)} if self.update else set()
        return len(plan.new) + len(to_file(plan, collection, frozenset(updates))) + len(updates)

    def apply(self, plan: Plan) -> Applied:
        """Update present items (with ``update``), then create the new papers and file present ones in the
        collection, 50 objects a request."""
        self._connection.client()
        if self._connection.version is None:
            self.records()
        self._connection.require_write()
        applied = Applied()
        with self._connection.errors("write", applied):
            self._collection = self._writer.ensure_collection(self._collection, applied)
            collection = self._collection.key
            patches = [self._filed(p, collection) for p in self._pending(plan)] if self.update else []
            for patch in patches:
                self._writer.update(patch, applied)
            # kept current: a published paper's new item is the published item an update would make of it
            items = replace(self.settings.items, item_type="published") if self.update else None
            self._writer.write(plan, collection, applied, frozenset(p.key for p in patches), items)
        return applied

    def _filed(self, patch: ItemPatch, collection: str) -> ItemPatch:
        """``patch`` also filing its item in ``collection``: one write, one new item version."""
        collections = list(self._items[patch.key].get("collections") or [])
        if collection in collections:
            return patch
        return replace(patch, fields={**patch.fields, "collections": sorted({*collections, collection})})


def _lines(name: str, value: Any) -> list[str]:
    """A field as ``name: value`` lines (Extra one line per line; none for an empty field)."""
    return [f"{name}: {line}" for line in str(value or "").splitlines()]
