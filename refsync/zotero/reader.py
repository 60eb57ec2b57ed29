"""Reading a Zotero library consistently: every work and collection as of one library version.

With a cache, only the first run reads every item: later runs ask for what changed since
the cached library version (one request when nothing did). A library that changes while
it is read is read again.
"""

from __future__ import annotations

import sys
from functools import partial
from dataclasses import dataclass, replace
from typing import Any

from pyzotero import zotero

from .. import names
from ..cache import JsonStore, Untrusted, record_from_json, record_to_json, records_producer
from ..errors import ConfigError, TargetError
from ..http import Transient
from ..model import Applied, Record
from . import records as records_module
from .connection import Connection, failures_worth_retrying, library_version
from .records import NOT_WORKS, record_from_item
from .settings import ZoteroSettings

__all__ = ["READ_ATTEMPTS", "Collection", "Reader", "Snapshot", "library_cache"]

READ_ATTEMPTS = 3
"""Times the library is read again when it changes while being read."""
MAX_KEYS = 50
"""The Web API takes at most 50 keys in ``itemKey``."""


def library_cache(*, refresh: bool = False) -> JsonStore:
    """Where each library's works are kept, as records with the library version they are current at.

    Records depend on the code that read the items, so a new refsync reads the library afresh.
    """
    return JsonStore("zotero", refresh=refresh,
                     producer=records_producer(sys.modules[__name__], records_module, names))


@dataclass(frozen=True)
class Collection:
    """A collection of the library: all refsync needs to find one by key or by name."""

    key: str
    name: str

    def named(self, wanted: str, exact: bool) -> bool:
        """Is this the collection ``wanted`` names: by key or exact name, else by name in any case?"""
        if exact:
            return wanted in (self.key, self.name)
        return self.name.casefold() == wanted.casefold()


@dataclass(frozen=True)
class Snapshot:
    """A library's works and collections, all as of one library version."""

    version: int
    records: dict[str, Record]
    """Item key -> record, most recently changed first (the server's order)."""
    collections: list[Collection]

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "records": [record_to_json(r) for r in self.records.values()],
                "collections": [[c.key, c.name] for c in self.collections]}

    @staticmethod
    def from_json(payload: Any) -> Snapshot:
        version, collections = payload["version"], payload["collections"]
        if type(version) is not int or not all(type(k) is str and type(n) is str for k, n in collections):
            raise Untrusted("not a library snapshot")
        records = [record_from_json(r) for r in payload["records"]]
        return Snapshot(version, {r.key: r for r in records}, [Collection(k, n) for k, n in collections])


def _works(items: list[dict[str, Any]], kept: dict[str, Record]) -> dict[str, Record]:
    """``items`` (changed, newest first) as records, ahead of the ``kept`` ones they do not replace."""
    changed = {item["key"]: item for item in items}
    fresh = {key: record_from_item(item) for key, item in changed.items()
             if item["data"].get("itemType") not in NOT_WORKS}
    return {**fresh, **{key: record for key, record in kept.items() if key not in changed}}


class Reader:
    """Reads the connection's library, from the cache where it can, and finds the collection."""

    def __init__(self, connection: Connection, cache: JsonStore | None) -> None:
        self._connection = connection
        self.settings: ZoteroSettings = connection.settings
        self.cache = cache

    def read(self) -> Snapshot:
        """Every work of the library (trashed ones marked) as of one version, which the connection then holds."""
        connection = self._connection
        zot = connection.client()
        with connection.errors("read"):
            for _ in range(READ_ATTEMPTS):
                snapshot = self._read_retrying(zot)
                if snapshot is not None:
                    break
            else:
                raise TargetError(f"Zotero library {connection.path} kept changing while refsync read it; try again")
        connection.advance(snapshot.version)
        return snapshot

    def _read_retrying(self, zot: zotero.Zotero) -> Snapshot | None:
        """The library as of one version; a 5xx or a dropped connection is tried again (reads change nothing)."""

        def read() -> Snapshot | None:
            with failures_worth_retrying(zot, Transient):
                return self._read(zot)

        return self._connection.retried(read, Applied())

    def _read(self, zot: zotero.Zotero) -> Snapshot | None:
        """The library as of one version, or None if it changed while being read."""
        key = f"{self.settings.endpoint}/{self._connection.path}"
        cached = self.cache.get(key, Snapshot.from_json) if self.cache else None
        snapshot = self._read_changes(zot, cached) if cached else self._read_all(zot)
        if self.cache and snapshot is not None and snapshot is not cached:
            self.cache.put(key, snapshot.to_json())
        return snapshot

    def _read_all(self, zot: zotero.Zotero) -> Snapshot | None:
        """Every page of ``/items/top`` with the trash, then the collections, all at one version."""
        items = list(zot.top(includeTrashed=1, limit=100))
        version = library_version(zot)
        if not _rest(zot, items, version):
            return None
        collections = _collections(zot, version)
        if collections is None:
            return None
        return Snapshot(version, _works(items, {}), collections)

    def _read_changes(self, zot: zotero.Zotero, cached: Snapshot) -> Snapshot | None:
        """The cached library brought up to date: changed items, deletions and collections since its version."""
        items = list(zot.top(includeTrashed=1, limit=100, since=cached.version))
        version = library_version(zot)
        if version == cached.version:
            return cached
        if not _rest(zot, items, version):
            return None
        deleted = zot.deleted(since=cached.version)
        if library_version(zot) != version:
            return None
        collections = _collections(zot, version)
        if collections is None:
            return None
        gone, gone_collections = set(deleted.get("items") or ()), frozenset(deleted.get("collections") or ())
        kept = {key: replace(record, collections=record.collections - gone_collections)
                if record.collections & gone_collections else record
                for key, record in cached.records.items() if key not in gone}
        return Snapshot(version, _works(items, kept), collections)

    def items(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        """The full data of the items ``keys`` (those there still), 50 a request."""
        connection = self._connection
        zot = connection.client()
        found: dict[str, dict[str, Any]] = {}

        def read(chunk: list[str]) -> list[dict[str, Any]]:
            with failures_worth_retrying(zot, Transient):
                return list(zot.items(itemKey=",".join(chunk), includeTrashed=1, limit=MAX_KEYS))

        with connection.errors("read"):
            for start in range(0, len(keys), MAX_KEYS):
                chunk = keys[start:start + MAX_KEYS]
                found.update((item["key"], item["data"]) for item in connection.retried(partial(read, chunk), Applied()))
        return found

    def find_collection(self, collections: list[Collection]) -> Collection | None:
        """The collection the settings name; None if it is to be created."""
        wanted = str(self.settings.collection)
        path = self._connection.path
        for exact in (True, False):
            hits = [c for c in collections if c.named(wanted, exact)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                keys = ", ".join(c.key for c in hits)
                raise ConfigError(f"{len(hits)} collections in {path} are named {wanted!r} "
                                  f"(keys {keys}); name one by its key")
        if self.settings.create_collection:
            return None
        existing = sorted(c.name for c in collections)
        listed = ", ".join(repr(n) for n in existing[:20])
        if len(existing) > 20:
            listed += f" and {len(existing) - 20} more"
        raise TargetError(f"no collection {wanted!r} in Zotero library {path} "
                          f"(collections: {listed or 'none'}); use --create-collection to create it")


def _rest(zot: zotero.Zotero, items: list[dict[str, Any]], version: int) -> bool:
    """Follow the pages after the first into ``items``; False if the library version moved meanwhile."""
    while zot.links and zot.links.get("next"):
        items += zot.follow()
        if library_version(zot) != version:
            return False
    return True


def _collections(zot: zotero.Zotero, version: int) -> list[Collection] | None:
    collections = zot.everything(zot.collections(limit=100))
    if library_version(zot) != version:
        return None
    return [Collection(str(c["key"]), str(c["data"]["name"])) for c in collections]
