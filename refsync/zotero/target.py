"""A Zotero library as a target: read every item, push new papers to a collection.

Talks to the Zotero Web API through pyzotero 1.16, unmodified, and works around its
traps: each Zotero object gets its own
``httpx2.Client`` (pyzotero closes it on garbage collection), writes are cut into
batches of at most 50 (pyzotero does not chunk), and a 429 on a create, which pyzotero
neither retries nor reports cleanly, is waited out here.

Writes never duplicate: every new item carries a key made here and ``version: 0``
("must not exist yet"), so repeating a request whose answer was lost cannot create a
second item; the server refuses the repeat with a per-item 412, which is checked and
counted as added. Every write is conditional on the library version read
(``If-Unmodified-Since-Version``): a library changed by someone else meanwhile raises
:class:`~refsync.errors.LibraryChanged`, and the caller re-reads and re-plans.

:func:`record_from_item` is the pure half: one item's JSON as a :class:`Record`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx2
from pyzotero import errors as ze
from pyzotero import zotero

from .. import names
from ..bibfile import citekey
from ..cache import JsonStore, Untrusted, record_from_json, record_to_json, records_producer
from ..errors import ConfigError, LibraryChanged, NetworkError, PartialWriteError, TargetError
from ..http import Transient, classify, make_client, parse_delay, retried
from ..ids import find_arxiv_ids, find_dois, normalize_doi, parse_arxiv_id
from ..model import Applied, Failure, Found, Name, Plan, Record, Status
from .items import ZoteroItem, build_item, fit_to_template
from .settings import DEFAULT_API_URL, ZoteroSettings

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

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_BATCH = 50
"""The Web API takes at most 50 objects per write request."""
KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
KEYS_URL = "https://www.zotero.org/settings/keys"
NOT_WORKS = frozenset({"note", "attachment", "annotation"})
"""Item types that are not works: children, standalone notes and files."""
READ_ATTEMPTS = 3
"""Times the library is read again when it changes while being read."""


# --- reading items ---------------------------------------------------------------------

_EXTRA_ARXIV = re.compile(r"^\s*(?:tex\.)?(?:arxiv(?:\s*id)?|arxivid|eprint)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)
_EXTRA_DOI = re.compile(r"^\s*DOI\s*:\s*(?P<value>\S+)", re.IGNORECASE)
_EXTRA_CITEKEY = re.compile(r"^\s*(?:Citation Key|bibtex)\s*:\s*(?P<value>\S+)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_ARXIV_FIELDS = ("archiveID", "DOI", "extra", "url", "publicationTitle", "proceedingsTitle",
                 "reportNumber", "number", "archiveLocation")
"""Where Zotero, its translators (old and new) and plugins leave an arXiv id, strongest first."""
_TITLE_FIELDS = ("title", "caseName", "nameOfAct", "subject")


def record_from_item(item: Mapping[str, Any]) -> Record:
    """What the matcher needs from one Zotero item (API object or its ``data``). Pure.

    arXiv ids are found in ``archiveID``, the ``10.48550/arXiv.`` DOI, every historical
    Extra form (``arXiv:2201.00738 [hep-ex]``, ``arXiv: 1107.4612``, ``tex.eprint: …``),
    arxiv.org URLs and the legacy ``publicationTitle`` ``arXiv:… [cs]``; DOIs in the DOI
    field, ``DOI:`` lines of Extra and doi.org URLs.
    """
    data: Mapping[str, Any] = item["data"] if isinstance(item.get("data"), Mapping) else item
    extra = str(data.get("extra") or "")
    return Record(
        key=str(data.get("key", "")),
        title=next((str(data[f]) for f in _TITLE_FIELDS if data.get(f)), ""),
        authors=tuple(_creator_name(c) for c in data.get("creators") or () if _has_name(c)),
        year=_year(data),
        arxiv_ids=tuple(_arxiv_ids(data)),
        dois=tuple(_dois(data)),
        kind=str(data.get("itemType", "")),
        collections=frozenset(data.get("collections") or ()),
        trashed=bool(data.get("deleted")),
        citation_key=str(data.get("citationKey") or "") or _extra_value(extra, _EXTRA_CITEKEY),
        version=int(data["version"]) if isinstance(data.get("version"), int) else None,
    )


def _arxiv_ids(data: Mapping[str, Any]) -> Iterator[Found]:
    seen: set[str] = set()
    for name in _ARXIV_FIELDS:
        value = str(data.get(name) or "")
        if not value:
            continue
        texts = value.splitlines() if name == "extra" else [value]
        for text in texts:
            for base in _ids_in(name, text):
                if base not in seen:
                    seen.add(base)
                    yield Found(base, name, text.strip())


def _ids_in(name: str, text: str) -> list[str]:
    if name == "extra":
        m = _EXTRA_ARXIV.match(text) or _EXTRA_DOI.match(text)
        if m:
            exact = parse_arxiv_id(m.group("value")) or parse_arxiv_id(f"arXiv:{m.group('value')}")
            if exact:
                return [exact.base]
    exact = parse_arxiv_id(text)
    if exact:
        return [exact.base]
    if "arxiv" in text.lower():
        return [found.base for found in find_arxiv_ids(text)]
    return []


def _dois(data: Mapping[str, Any]) -> Iterator[Found]:
    seen: set[str] = set()
    candidates: list[tuple[str, str, str | None]] = [("DOI", str(data.get("DOI") or ""), None)]
    for line in str(data.get("extra") or "").splitlines():
        m = _EXTRA_DOI.match(line)
        if m:
            candidates.append(("extra", line, m.group("value")))
    url = str(data.get("url") or "")
    if "doi.org/" in url.lower():
        candidates.append(("url", url, None))
    for name, raw, value in candidates:
        found = find_dois(value) if value else ([normalize_doi(raw)] if raw else [])
        for doi in found:
            if doi and doi not in seen:
                seen.add(doi)
                yield Found(doi, name, raw.strip())


def _has_name(creator: Any) -> bool:
    return isinstance(creator, Mapping) and bool(creator.get("lastName") or creator.get("name"))


def _creator_name(creator: Mapping[str, Any]) -> Name:
    if creator.get("name"):  # single-field mode: one string, split it like arXiv's names
        return names.parse_name(str(creator["name"]))
    return Name(family=str(creator.get("lastName") or ""), given=str(creator.get("firstName") or ""))


def _year(data: Mapping[str, Any]) -> int | None:
    m = _YEAR.search(str(data.get("date") or ""))
    return int(m.group(1)) if m else None


def _extra_value(extra: str, pattern: re.Pattern[str]) -> str | None:
    for line in extra.splitlines():
        m = pattern.match(line)
        if m:
            return m.group("value")
    return None


# --- settings, libraries, keys --------------------------------------------------------


@dataclass(frozen=True)
class Library:
    kind: Literal["user", "group"]
    id: int
    name: str = ""

    @property
    def path(self) -> str:
        """``users/1234`` or ``groups/5678``: how the API (and the JSON report) names it."""
        return f"{self.kind}s/{self.id}"


@dataclass(frozen=True)
class KeyInfo:
    """What an API key may do (``/keys/current``); never holds the key itself."""

    user_id: int
    username: str
    user_access: Mapping[str, Any] = field(default_factory=dict)
    group_access: Mapping[str, Any] = field(default_factory=dict)
    """``{"all": {...}}`` or ``{"<group id>": {...}}``, each with ``library`` and ``write``."""

    def _access(self, library: Library) -> Mapping[str, Any] | None:
        if library.kind == "user":
            return self.user_access if library.id == self.user_id and self.user_access.get("library") else None
        return self.group_access.get(str(library.id)) or self.group_access.get("all")

    def can_read(self, library: Library) -> bool:
        return self._access(library) is not None

    def can_write(self, library: Library) -> bool:
        access = self._access(library)
        return bool(access and access.get("write"))


def fetch_key_info(api_key: str, settings: ZoteroSettings) -> KeyInfo:
    """Ask Zotero what ``api_key`` may do. The key goes in a header, never in a URL.

    This is the run's first request, retried like every other read: one 503, 429 or
    dropped connection must not end the run.
    """
    with _http_client(settings) as client:
        def ask() -> httpx2.Response:
            try:
                response = client.get(f"{settings.endpoint}/keys/current",
                                      headers={"Zotero-API-Key": api_key, "Zotero-API-Version": "3"})
            except httpx2.TransportError as error:
                raise Transient(_unreachable(settings, error)) from None
            classify(response)
            return response

        try:
            response = retried(ask, settings.retry)
        except Transient as error:
            unreachable = str(error).startswith("cannot reach")
            raise TargetError(str(error) if unreachable else f"Zotero kept failing when checking the API key ({error})"
                              ) from None
        except NetworkError as error:  # a Retry-After longer than max_wait
            raise TargetError(f"Zotero {error} when checking the API key") from None
    if response.status_code in (401, 403, 404):
        raise TargetError(_rejected(response.status_code, _first_line(response.text)))
    if response.status_code != 200:
        raise TargetError(f"Zotero answered HTTP {response.status_code} when checking the API key: "
                          f"{_first_line(response.text)}")
    data = response.json()
    access = data.get("access") or {}
    return KeyInfo(int(data["userID"]), str(data.get("username") or ""), access.get("user") or {},
                   access.get("groups") or {})


def reachable_libraries(api_key: str, settings: ZoteroSettings, info: KeyInfo) -> list[tuple[Library, bool]]:
    """The libraries ``api_key`` can read, each with whether it may write there."""
    libraries = []
    if info.user_access.get("library"):
        libraries.append((Library("user", info.user_id, "My Library"), bool(info.user_access.get("write"))))
    if info.group_access:
        zot = _pyzotero(Library("user", info.user_id), api_key, settings)
        try:
            groups = zot.everything(zot.groups(limit=100))
        except httpx2.TransportError as error:
            raise TargetError(_unreachable(settings, error)) from None
        except ze.PyZoteroError as error:
            raise TargetError(f"Zotero would not list the key's groups ({type(error).__name__})") from None
        for group in groups:
            library = Library("group", int(group["id"]), str(group["data"].get("name", "")))
            if info.can_read(library):
                libraries.append((library, info.can_write(library)))
    return libraries


def new_key() -> str:
    """An object key in the Web API's alphabet, made here so that a retried create is recognised."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


def _pyzotero(library: Library, api_key: str, settings: ZoteroSettings) -> zotero.Zotero:
    """A pyzotero client for ``library`` at the configured API URL."""
    zot = zotero.Zotero(library.id, library.kind, api_key, client=_http_client(settings))
    zot.endpoint = settings.endpoint
    return zot


def _http_client(settings: ZoteroSettings) -> httpx2.Client:
    """A fresh client for one user (never shared: pyzotero closes its client when collected).

    Proxy variables apply to the real service but not to a loopback server, as for
    pyzotero's own local mode.
    """
    return make_client(settings.timeout, trust_env=not _loopback(settings.api_url))


def _loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in ("localhost", "::1") or host.startswith("127.")


def _unreachable(settings: ZoteroSettings, error: Exception) -> str:
    return f"cannot reach Zotero at {settings.api_url}: {type(error).__name__}: {error}"


def _rejected(status: int, text: str) -> str:
    return f"Zotero rejected the API key (HTTP {status} {text}); run `refsync auth login` or fix ZOTERO_API_KEY"


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0][:200] if lines else ""


# --- the cached copy ----------------------------------------------------------------------


def library_cache(*, refresh: bool = False) -> JsonStore:
    """Where each library's works are kept, as records with the library version they are current at.

    Records depend on the code that read the items, so a new refsync reads the library afresh.
    """
    return JsonStore("zotero", refresh=refresh, producer=records_producer(sys.modules[__name__], names))


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
class _Snapshot:
    """A library's works and collections, all as of one library version."""

    version: int
    records: dict[str, Record]
    """Item key -> record, most recently changed first (the server's order)."""
    collections: list[Collection]

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "records": [record_to_json(r) for r in self.records.values()],
                "collections": [[c.key, c.name] for c in self.collections]}

    @staticmethod
    def from_json(payload: Any) -> _Snapshot:
        version, collections = payload["version"], payload["collections"]
        if type(version) is not int or not all(type(k) is str and type(n) is str for k, n in collections):
            raise Untrusted("not a library snapshot")
        records = [record_from_json(r) for r in payload["records"]]
        return _Snapshot(version, {r.key: r for r in records}, [Collection(k, n) for k, n in collections])


def _works(items: list[dict[str, Any]], kept: dict[str, Record]) -> dict[str, Record]:
    """``items`` (changed, newest first) as records, ahead of the ``kept`` ones they do not replace."""
    changed = {item["key"]: item for item in items}
    fresh = {key: record_from_item(item) for key, item in changed.items()
             if item["data"].get("itemType") not in NOT_WORKS}
    return {**fresh, **{key: record for key, record in kept.items() if key not in changed}}


# --- the target ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Write:
    """One paper's objects, written in one request: a new item and its children, or a filing."""

    arxiv_id: str
    action: Literal["create", "file"]
    objects: tuple[dict[str, Any], ...]

    @property
    def key(self) -> str:
        return str(self.objects[0]["key"])


class ZoteroTarget:
    """A Zotero library (user or group) and the collection new papers go to."""

    kind = "zotero"

    def __init__(self, settings: ZoteroSettings, api_key: str, *, cache: JsonStore | None = None) -> None:
        if not settings.collection:
            raise ConfigError("name the Zotero collection: --collection NAME (or [zotero] collection)")
        self.settings = settings
        self.cache = cache
        self._api_key = api_key
        self._zot: zotero.Zotero | None = None
        self._library: Library | None = None
        self._key_info: KeyInfo | None = None
        self._collection: Collection | None = None
        self._version: int | None = None
        self._templates: dict[tuple[str, str | None], dict[str, Any]] = {}

    def __repr__(self) -> str:  # the key stays out of reprs, logs and tracebacks
        return f"ZoteroTarget({self.settings.api_url!r}, collection={self.settings.collection!r})"

    # -- reading ---------------------------------------------------------------------------

    def describe(self) -> dict[str, str]:
        library = (self._library or self._resolve_library()).path
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
        """Every work of the library (trashed ones marked), read consistently.

        With a cache, only the first run reads every item: later runs ask for what
        changed since the cached library version (one request when nothing did).
        """
        zot = self._connect()
        with self._errors("read"):
            for _ in range(READ_ATTEMPTS):
                snapshot = self._read_retrying(zot)
                if snapshot is not None:
                    break
            else:
                raise TargetError(f"Zotero library {self._path} kept changing while refsync read it; try again")
            self._collection = self._find_collection(snapshot.collections)
        self._version = snapshot.version
        return list(snapshot.records.values())

    def _read_retrying(self, zot: zotero.Zotero) -> _Snapshot | None:
        """The library as of one version; a 5xx or a dropped connection is tried again (reads change nothing)."""

        def read() -> _Snapshot | None:
            with _failures_worth_retrying(zot, Transient):
                return self._read(zot)

        return self._retried(read, Applied())

    def _read(self, zot: zotero.Zotero) -> _Snapshot | None:
        """The library as of one version, or None if it changed while being read."""
        key = f"{self.settings.endpoint}/{self._path}"
        cached = self.cache.get(key, _Snapshot.from_json) if self.cache else None
        snapshot = self._read_changes(zot, cached) if cached else self._read_all(zot)
        if self.cache and snapshot is not None and snapshot is not cached:
            self.cache.put(key, snapshot.to_json())
        return snapshot

    def _read_all(self, zot: zotero.Zotero) -> _Snapshot | None:
        """Every page of ``/items/top`` with the trash, then the collections, all at one version."""
        items = list(zot.top(includeTrashed=1, limit=100))
        version = _library_version(zot)
        if not self._rest(zot, items, version):
            return None
        collections = self._collections(zot, version)
        if collections is None:
            return None
        return _Snapshot(version, _works(items, {}), collections)

    def _read_changes(self, zot: zotero.Zotero, cached: _Snapshot) -> _Snapshot | None:
        """The cached library brought up to date: changed items, deletions and collections since its version."""
        items = list(zot.top(includeTrashed=1, limit=100, since=cached.version))
        version = _library_version(zot)
        if version == cached.version:
            return cached
        if not self._rest(zot, items, version):
            return None
        deleted = zot.deleted(since=cached.version)
        if _library_version(zot) != version:
            return None
        collections = self._collections(zot, version)
        if collections is None:
            return None
        gone, gone_collections = set(deleted.get("items") or ()), frozenset(deleted.get("collections") or ())
        kept = {key: replace(record, collections=record.collections - gone_collections)
                if record.collections & gone_collections else record
                for key, record in cached.records.items() if key not in gone}
        return _Snapshot(version, _works(items, kept), collections)

    @staticmethod
    def _rest(zot: zotero.Zotero, items: list[dict[str, Any]], version: int) -> bool:
        """Follow the pages after the first into ``items``; False if the library version moved meanwhile."""
        while zot.links and zot.links.get("next"):
            items += zot.follow()
            if _library_version(zot) != version:
                return False
        return True

    @staticmethod
    def _collections(zot: zotero.Zotero, version: int) -> list[Collection] | None:
        collections = zot.everything(zot.collections(limit=100))
        if _library_version(zot) != version:
            return None
        return [Collection(str(c["key"]), str(c["data"]["name"])) for c in collections]

    def _find_collection(self, collections: list[Collection]) -> Collection | None:
        wanted = str(self.settings.collection)
        for exact in (True, False):
            hits = [c for c in collections if c.named(wanted, exact)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                keys = ", ".join(c.key for c in hits)
                raise ConfigError(f"{len(hits)} collections in {self._path} are named {wanted!r} "
                                  f"(keys {keys}); name one by its key")
        if self.settings.create_collection:
            return None
        existing = sorted(c.name for c in collections)
        listed = ", ".join(repr(n) for n in existing[:20])
        if len(existing) > 20:
            listed += f" and {len(existing) - 20} more"
        raise TargetError(f"no collection {wanted!r} in Zotero library {self._path} "
                          f"(collections: {listed or 'none'}); use --create-collection to create it")

    # -- writing ---------------------------------------------------------------------------

    def apply(self, plan: Plan) -> Applied:
        """Create the plan's new papers and file present ones in the collection, 50 objects a request."""
        zot = self._connect()
        if self._version is None:
            self.records()
        self._require_write()
        applied = Applied()
        with self._errors("write", applied):
            collection = self._ensure_collection(zot, applied)
            writes = self._writes(plan, collection)
            for batch in _batches(writes):
                self._write(zot, batch, applied)
        return applied

    def _require_write(self) -> None:
        info = self._key()
        if not info.can_write(self._lib):
            raise TargetError(f"the Zotero API key can read {self._path} but not write to it; nothing written "
                              f"(give the key write access at {KEYS_URL})")

    def _ensure_collection(self, zot: zotero.Zotero, applied: Applied) -> str:
        if self._collection is None:
            name = str(self.settings.collection)
            new: dict[str, Any] = {"key": new_key(), "version": 0, "name": name, "parentCollection": False}
            result = self._post(zot, "collections", [new], applied)
            if "0" not in result.get("success", {}) and not zot.collections(collectionKey=new["key"]):
                failure = result.get("failed", {}).get("0", {})
                reason = failure.get("message", "no reason given")
                raise TargetError(f"Zotero did not create collection {name!r}: {reason}")
            self._collection = Collection(new["key"], name)
        return self._collection.key

    def with_updates(self, plan: Plan) -> Plan:
        """The plan as it is: Zotero items are not yet compared field by field (only .bib entries are)."""
        return plan

    def update_previews(self, plan: Plan) -> list[str]:
        """None: no Zotero item is updated (see :meth:`with_updates`)."""
        return []

    def pending(self, plan: Plan) -> int:
        """Papers ``apply`` would write: new items, and present ones to file in the collection."""
        collection = self._collection.key if self._collection else None
        return len(plan.new) + len(_to_file(plan, collection))

    def _writes(self, plan: Plan, collection: str) -> list[_Write]:
        accessed = dt.datetime.now(dt.timezone.utc)
        writes = [self._creation(paper.arxiv_id, build_item(paper, self.settings.items, collection=collection,
                                                            accessed=accessed)) for paper in plan.new]
        for arxiv_id, record in _to_file(plan, collection):
            update = {"key": record.key, "version": record.version or 0,
                      "collections": sorted(record.collections | {collection})}
            writes.append(_Write(arxiv_id, "file", (update,)))
        return writes

    def _creation(self, arxiv_id: str, built: ZoteroItem) -> _Write:
        parent = {"key": new_key(), "version": 0, **self._fit(built.item)}
        children = [{"key": new_key(), "version": 0, "parentItem": parent["key"], **self._fit(child)}
                    for child in built.children]
        return _Write(arxiv_id, "create", (parent, *children))

    def _fit(self, item: dict[str, Any]) -> dict[str, Any]:
        """The item trimmed to the server's template for its type (its schema, not ours)."""
        wanted = (item["itemType"], item.get("linkMode"))
        if wanted not in self._templates:
            with self._errors("read"):
                self._templates[wanted] = self._connect().item_template(*wanted)
        fitted, dropped = fit_to_template(item, self._templates[wanted])
        if dropped:
            log.debug("the server's %s template has no %s; left out", wanted[0], ", ".join(dropped))
        return fitted

    def _write(self, zot: zotero.Zotero, batch: list[_Write], applied: Applied) -> None:
        """One request for ``batch``, then each paper's outcome into ``applied``."""
        objects = [obj for write in batch for obj in write.objects]
        refused = _refusals(self._post(zot, "items", objects, applied), objects)
        retried = [obj for obj in objects if refused.get(obj["key"], (0, ""))[0] == 412]
        for key in self._already_written(zot, retried) if retried else ():
            del refused[key]
        for write in batch:
            head, *children = write.objects
            if head["key"] in refused:
                why = _why(refused[head["key"]])
                applied.failed.append(Failure(write.arxiv_id, f"Zotero refused the item ({why})"))
                continue
            (applied.added if write.action == "create" else applied.updated).append(write.key)
            applied.failed += [Failure(write.arxiv_id, f"item added, but Zotero refused its {child['itemType']} "
                                                       f"({_why(refused[child['key']])})")
                               for child in children if child["key"] in refused]

    def _post(self, zot: zotero.Zotero, endpoint: str, objects: list[dict[str, Any]],
              applied: Applied) -> dict[str, Any]:
        """POST one batch until the server has answered it, and return its per-object result.

        429 (with or without Retry-After/Backoff) is waited out; a dropped connection or a
        5xx may have committed the batch, so before trying again the library is checked
        for changes that are not ours.
        """
        uncertain = False

        def post() -> dict[str, Any]:
            nonlocal uncertain
            if uncertain:
                self._reconcile(zot, {o["key"] for o in objects}, applied)
            try:
                return self._post_once(zot, endpoint, objects)
            except _Uncertain:
                uncertain = True
                raise

        return self._retried(post, applied, lambda: objects if uncertain and endpoint == "items" else [])

    def _retried(self, work: Callable[[], T], applied: Applied,
                 in_flight: Callable[[], list[dict[str, Any]]] = list) -> T:
        """``work`` again after each :class:`Transient` failure; once the tries run out, one line
        that says so and what exists by then (``in_flight``: the objects of a batch whose answer was lost)."""
        try:
            return retried(work, self.settings.retry)
        except Transient as error:
            raise self._stopped(f"Zotero kept failing ({error})", applied, in_flight()) from None
        except NetworkError as error:  # a Retry-After longer than max_wait: the library cannot be asked now
            raise self._stopped(f"Zotero {error}", applied, in_flight(), ask=False) from None

    def _stopped(self, problem: str, applied: Applied, in_flight: list[dict[str, Any]], *,
                 ask: bool = True) -> TargetError:
        """The error for a write that gave up: what exists now, re-read from the library.

        A batch whose answers were lost may have been committed: its items are looked up
        by their (client-made) keys, so the message never says "nothing written" when items
        exist. Anything written makes it a partial run (exit 4).
        """
        landed, unknown = self._landed(in_flight) if ask else (0, len(_created(in_flight)))
        added = len(applied.added) + landed
        if not (added or applied.updated or unknown):
            return TargetError(f"{problem}; nothing written")
        doubt = (f", and {unknown} more may have been (Zotero did not answer when asked)" if unknown else "")
        return PartialWriteError(f"{problem}; {added} added and {len(applied.updated)} filed in {self._path}"
                                 f"{doubt}; run sync again to finish (it will not duplicate them)")

    def _landed(self, in_flight: list[dict[str, Any]]) -> tuple[int, int]:
        """Of the new items in an unanswered batch: how many exist now, and how many could not be checked."""
        created = _created(in_flight)
        if not created:
            return 0, 0
        try:
            zot = self._connect()
            found = zot.items(itemKey=",".join(created), includeTrashed=1, limit=MAX_BATCH)
        except (httpx2.TransportError, ze.PyZoteroError, ValueError):
            return 0, len(created)
        return len({item["key"] for item in found} & set(created)), 0

    def _post_once(self, zot: zotero.Zotero, endpoint: str, objects: list[dict[str, Any]]) -> dict[str, Any]:
        send = zot.create_items if endpoint == "items" else zot.create_collections
        log.debug("writing %d objects to %s/%s (library version %s)", len(objects), self._path, endpoint, self._version)
        try:
            with _failures_worth_retrying(zot, _Uncertain):
                result = send([dict(o) for o in objects], last_modified=self._version)
        except ze.PreConditionFailedError:
            raise _Changed() from None
        except ze.TooManyRetriesError:  # a 429 without Retry-After or Backoff
            raise Transient("HTTP 429 from Zotero") from None
        except ValueError:  # pyzotero parsed a 429's text body as JSON (json.JSONDecodeError)
            response = zot.request
            if response is None or response.status_code != 429:
                raise
            raise Transient("HTTP 429 from Zotero", _retry_after(response)) from None
        self._version = _library_version(zot)
        return result if isinstance(result, dict) else {}

    def _reconcile(self, zot: zotero.Zotero, ours: set[str], applied: Applied) -> None:
        """After an answer that never came: only our own objects may have changed since we read."""
        try:
            changed = zot.item_versions(since=self._version, includeTrashed=1)
        except (httpx2.TransportError, ze.HTTPError) as error:
            raise Transient(f"still failing: {type(error).__name__}") from None
        version = _library_version(zot)
        others = sorted(set(changed) - ours)
        if others:
            raise LibraryChanged(f"Zotero library {self._path} changed while refsync was writing "
                                 f"(item {others[0]})", applied)
        self._version = version

    def _already_written(self, zot: zotero.Zotero, objects: list[dict[str, Any]]) -> set[str]:
        """Keys of objects a 412 refused because an earlier, unanswered attempt wrote them."""
        stored = {item["key"]: item["data"] for item in
                  zot.items(itemKey=",".join(o["key"] for o in objects), includeTrashed=1, limit=MAX_BATCH)}
        return {o["key"] for o in objects if o["key"] in stored and _same_object(o, stored[o["key"]])}

    def _progress(self, applied: Applied) -> str:
        done = len(applied.added) + len(applied.updated)
        if not done:
            return "nothing written"
        return f"{len(applied.added)} added and {len(applied.updated)} filed before that; run sync again to finish"

    # -- connection and errors ----------------------------------------------------------------

    def _connect(self) -> zotero.Zotero:
        if self._zot is None:
            library = self._resolve_library()
            self._library, self._zot = library, _pyzotero(library, self._api_key, self.settings)
        return self._zot

    def _resolve_library(self) -> Library:
        if self.settings.group is not None:
            return Library("group", self.settings.group)
        if self.settings.library_id is not None:
            return Library("user", self.settings.library_id)
        return Library("user", self._key().user_id)

    def _key(self) -> KeyInfo:
        if self._key_info is None:
            self._key_info = fetch_key_info(self._api_key, self.settings)
        return self._key_info

    @property
    def _lib(self) -> Library:
        assert self._library is not None
        return self._library

    @property
    def _path(self) -> str:
        return self._lib.path

    @contextmanager
    def _errors(self, doing: str, applied: Applied | None = None) -> Iterator[None]:
        """pyzotero's and httpx2's exceptions as one-line refsync errors.

        Their messages are not passed on: they carry URLs and response bodies.
        """
        try:
            yield
        except _Changed:
            message = f"Zotero library {self._path} changed since refsync read it"
            raise LibraryChanged(message, applied or Applied()) from None
        except httpx2.TransportError as error:
            raise TargetError(_unreachable(self.settings, error) + self._suffix(applied)) from None
        except ze.PyZoteroError as error:
            raise TargetError(self._explain(error, doing) + self._suffix(applied)) from None

    def _suffix(self, applied: Applied | None) -> str:
        return f"; {self._progress(applied)}" if applied is not None else ""

    def _explain(self, error: ze.PyZoteroError, doing: str) -> str:
        response = self._zot.request if self._zot is not None else None
        status = response.status_code if response is not None else 0
        text = _first_line(response.text) if response is not None else ""
        if isinstance(error, ze.TooManyRetriesError) or status == 429:
            return "Zotero is rate limiting refsync (HTTP 429) and asked it to wait; try again later"
        if status == 403 and text.lower() == "invalid key":
            return _rejected(status, text)
        if status == 403 and doing == "write":
            return f"the Zotero API key may not write to {self._path} (HTTP 403 {text})"
        if status == 403:
            return f"the Zotero API key may not read {self._path} (HTTP 403 {text})"
        if status == 404:
            return f"Zotero has no library {self._path} (HTTP 404 {text})"
        return f"Zotero answered HTTP {status or '?'} ({type(error).__name__}){': ' + text if text else ''}"


class _Uncertain(Transient):
    """A write that may or may not have been committed (no answer, or a 5xx): look before trying again."""


@contextmanager
def _failures_worth_retrying(zot: zotero.Zotero, kind: type[Transient]) -> Iterator[None]:
    """A dropped connection or a 5xx from Zotero raised as ``kind``: a later try may succeed."""
    try:
        yield
    except httpx2.TransportError as error:
        raise kind(f"connection failed: {type(error).__name__}") from None
    except ze.HTTPError:
        response = zot.request
        if response is None or response.status_code < 500:
            raise
        raise kind(f"HTTP {response.status_code} from Zotero", _retry_after(response)) from None


class _Changed(Exception):
    """HTTP 412 on If-Unmodified-Since-Version: the library moved on since it was read."""


def _library_version(zot: zotero.Zotero) -> int:
    response = zot.request
    assert response is not None
    return int(response.headers.get("Last-Modified-Version", 0))


def _created(objects: list[dict[str, Any]]) -> list[str]:
    """The keys of the new top-level items among ``objects`` (not updates, not attachments)."""
    return [o["key"] for o in objects if not o.get("version") and not o.get("parentItem")]


def _retry_after(response: httpx2.Response | None) -> float | None:
    if response is None:
        return None
    return parse_delay(response.headers.get("Retry-After") or response.headers.get("Backoff"))


def _to_file(plan: Plan, collection: str | None) -> list[tuple[str, Record]]:
    """Present papers whose item is not in ``collection`` yet (each item once), by arXiv id."""
    found: dict[str, tuple[str, Record]] = {}
    for decision in plan.with_status(Status.PRESENT):
        record = decision.record
        if record is not None and collection not in record.collections and record.key not in found:
            found[record.key] = (decision.paper.arxiv_id, record)
    return list(found.values())


def _batches(writes: Iterable[_Write]) -> Iterator[list[_Write]]:
    """Whole writes (an item with its children) packed into requests of at most 50 objects."""
    batch: list[_Write] = []
    size = 0
    for write in writes:
        if batch and size + len(write.objects) > MAX_BATCH:
            yield batch
            batch, size = [], 0
        batch.append(write)
        size += len(write.objects)
    if batch:
        yield batch


def _refusals(result: Mapping[str, Any], objects: list[dict[str, Any]]) -> dict[str, tuple[int, str]]:
    """The objects a write result did not accept: key -> (code, message). Written or unchanged ones are fine."""
    failed = result.get("failed") or {}
    done = {**(result.get("success") or {}), **(result.get("unchanged") or {})}
    refused = {}
    for index, obj in enumerate(objects):
        failure = failed.get(str(index))
        if failure is not None:
            refused[obj["key"]] = (int(failure.get("code") or 0), str(failure.get("message") or "no reason given"))
        elif str(index) not in done:
            refused[obj["key"]] = (0, "no answer for this object")
    return refused


def _why(refusal: tuple[int, str]) -> str:
    code, message = refusal
    return f"HTTP {code}: {message}" if code else message


def _same_object(sent: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """Is the stored object the one we sent (a create, or a filing in our collection)?"""
    if "itemType" not in sent:  # a filing: our collection list reached the server
        return set(sent.get("collections", ())) <= set(stored.get("collections") or ())
    return all(stored.get(k) == sent.get(k) for k in ("itemType", "title", "parentItem") if k in sent)

