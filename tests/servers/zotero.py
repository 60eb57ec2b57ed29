"""A stateful emulator of the Zotero Web API v3, for tests.

It is a real HTTP server on 127.0.0.1 (ephemeral port), served at the root
path, so that an unmodified ``pyzotero.zotero.Zotero`` can talk to it once its
``endpoint`` attribute is set to :attr:`ZoteroEmulator.url`.

Stdlib only. The behaviour follows ``/work/shared/reference/zotero-api.md``
(which cites the Zotero docs and the ``zotero/dataserver`` source); where this
module deliberately differs from the real server, the difference is noted in a
comment marked ``EMULATOR:``.

Typical use::

    with ZoteroEmulator() as emu:
        lib = emu.add_user(1234, "alice")
        emu.add_key("KEY1", 1234)
        zot = pyzotero.zotero.Zotero(1234, "user", "KEY1", client=httpx2.Client(trust_env=False))
        zot.endpoint = emu.url
        ...

State can be seeded and inspected directly (``lib.add_item(...)``,
``lib.items``) and faults injected per route (``emu.inject(...)``). All state
is guarded by one re-entrant lock, so the server is safe under concurrent
requests; every request is handled atomically.
"""

from __future__ import annotations

import copy
import datetime as _dt
import html
import json
import random
import re
import socket
import ssl
import threading
import time
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping
from urllib.parse import parse_qs, parse_qsl, quote, unquote, urlencode, urlsplit

__all__ = [
    "DEFAULT_SCHEMA",
    "KEY_ALPHABET",
    "ApiKey",
    "Fault",
    "Library",
    "LoggedRequest",
    "ZoteroEmulator",
]

DEFAULT_SCHEMA = Path(__file__).resolve().parent.parent / "data" / "zotero" / "schema-v41.json"

KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
_KEY_RE = re.compile(r"^[23456789ABCDEFGHIJKLMNPQRSTUVWXYZ]{8}$")
_BEARER_RE = re.compile(r"^bearer +([a-z0-9]+)$", re.IGNORECASE)

MAX_WRITE_OBJECTS = 50
MAX_OBJECT_KEYS = 100
MAX_FIELD_BYTES = 65535
MAX_NOTE_CHARS = 250_000
MAX_TAG_CHARS = 255
MAX_COLLECTION_NAME_CHARS = 255
MAX_CREATOR_CHARS = 255

LINK_MODES = ("imported_file", "imported_url", "linked_file", "linked_url", "embedded_image")

# Export formats the real server accepts for items. The emulator does not render
# them: it answers 501 rather than pretending.
_EXPORT_FORMATS = {
    "atom", "bib", "bibtex", "biblatex", "bookmarks", "coins", "csljson", "mods", "refer",
    "rdf_bibliontology", "rdf_dc", "rdf_zotero", "ris", "tei", "wikipedia", "globalKeys",
}

_SORT_FIELDS = {
    "title", "creator", "itemType", "date", "publisher", "publicationTitle",
    "journalAbbreviation", "language", "accessDate", "libraryCatalog", "callNumber",
    "rights", "extra", "dateAdded", "dateModified", "serverDateModified", "addedBy",
}

_ATTACHMENT_PROPS = ("contentType", "charset", "filename", "md5", "mtime", "path")
_ANNOTATION_PROPS = (
    "annotationType", "annotationAuthorName", "annotationText", "annotationComment",
    "annotationColor", "annotationPageLabel", "annotationSortIndex", "annotationPosition",
)

_DEFAULT_ERROR_TEXT = {
    400: "Invalid request",
    401: "Access denied",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    412: "Precondition failed",
    413: "Request entity too large",
    417: "Expect header is not supported",
    428: "Precondition required",
    429: "Too many requests",
    500: "An error occurred",
    501: "Method is not implemented",
    503: "Service unavailable",
}


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


class CIDict(dict):
    """A dict of header names to values with case-insensitive lookup.

    Keys keep the spelling the client sent; ``get``/``[]``/``in`` ignore case.
    """

    def _find(self, name: str) -> str | None:
        low = name.lower()
        for k in dict.keys(self):
            if k.lower() == low:
                return k
        return None

    def __getitem__(self, name: str) -> str:
        k = self._find(name)
        if k is None:
            raise KeyError(name)
        return dict.__getitem__(self, k)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._find(name) is not None

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        k = self._find(name)
        return default if k is None else dict.__getitem__(self, k)


def _utcnow_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_SQL_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SQL_DATETIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$")
_ISO_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$"
)


def _normalize_datetime(value: Any) -> str | None:
    """ISO 8601 or SQL 'YYYY-MM-DD hh:mm:ss' (UTC) -> 'YYYY-MM-DDThh:mm:ssZ'; else None."""
    if not isinstance(value, str):
        return None
    m = _SQL_DATETIME_RE.match(value)
    if m:
        return f"{m.group(1)}T{m.group(2)}Z"
    m = _ISO_RE.match(value)
    if m:
        if m.group(3) == "Z":
            return f"{m.group(1)}T{m.group(2)}Z"
        try:
            parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return None


_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_PARSED_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parsed_date(date: str) -> str | None:
    if not date:
        return None
    m = _PARSED_DATE_RE.match(date.strip())
    if m:
        return "-".join(p for p in m.groups() if p)
    m = _YEAR_RE.search(date)
    return m.group(1) if m else None


def _strip_html(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", " ", text))


def _note_title(note: str) -> str:
    text = re.sub(r"</(p|h\d|div|li)>|<br\s*/?>", "\n", note or "", flags=re.IGNORECASE)
    for line in _strip_html(text).splitlines():
        line = " ".join(line.split())
        if line:
            return line
    return ""


def _split_search(q: str) -> list[str]:
    """Split a quick-search string into words and "quoted phrases"."""
    parts = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', q):
        part = m.group(1) if m.group(1) is not None else m.group(2)
        if part.strip():
            parts.append(part.strip())
    return parts


def _is_int(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip() or "x") is not None


class _HTTPError(Exception):
    """Abort request handling with a plain-text error response."""

    def __init__(self, status: int, message: str | None = None, *,
                 headers: Mapping[str, str] | None = None, version: int | None = None):
        super().__init__(message)
        self.status = status
        self.message = _DEFAULT_ERROR_TEXT.get(status, "Error") if message is None else message
        self.headers = dict(headers or {})
        # Last-Modified-Version to send with the error (only 412 carries one)
        self.version = version


class _ObjectError(Exception):
    """A per-object failure inside a multi-object write (or a single write)."""

    def __init__(self, code: int, message: str, data: dict | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data


@dataclass
class _Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    def set(self, name: str, value: Any) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, str(value)))


def _json_response(obj: Any, status: int = 200) -> _Response:
    body = json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8")
    return _Response(status, body, [("Content-Type", "application/json")])


def _text_response(status: int, text: str) -> _Response:
    # The real server escapes error messages with htmlspecialchars(). The
    # emulator escapes only &, < and > so that quotes stay readable in tests.
    body = html.escape(text, quote=False).encode("utf-8")
    return _Response(status, body, [("Content-Type", "text/plain; charset=utf-8")])


# --------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------


class Schema:
    """The trimmed Zotero schema: item types, their fields and creator types."""

    def __init__(self, path: str | Path = DEFAULT_SCHEMA):
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        self.version: int = int(raw.get("version", 0))
        self.types: dict[str, dict] = {}
        self.type_order: list[str] = []
        all_fields: dict[str, None] = {}
        base_fields: dict[str, None] = {}
        for t in raw["itemTypes"]:
            name = t["itemType"]
            fields = [f["field"] for f in t.get("fields", [])]
            bases = {f["field"]: f["baseField"] for f in t.get("fields", []) if f.get("baseField")}
            ctypes = [c["creatorType"] for c in t.get("creatorTypes", [])]
            primary = next((c["creatorType"] for c in t.get("creatorTypes", []) if c.get("primary")),
                           ctypes[0] if ctypes else None)
            title_field = next((f for f in fields if f == "title" or bases.get(f) == "title"), None)
            date_field = next((f for f in fields if f == "date" or bases.get(f) == "date"), None)
            self.types[name] = {
                "fields": fields,
                "field_set": set(fields),
                "base": bases,
                "creator_types": ctypes,
                "primary_creator": primary,
                "title_field": title_field,
                "date_field": date_field,
            }
            self.type_order.append(name)
            for f in fields:
                all_fields[f] = None
            for b in bases.values():
                base_fields[b] = None
        loc = raw.get("locales", {}).get("en-US", {})
        self.type_labels: dict[str, str] = loc.get("itemTypes", {})
        self.field_labels: dict[str, str] = loc.get("fields", {})
        self.creator_labels: dict[str, str] = loc.get("creatorTypes", {})
        self.all_fields: set[str] = set(all_fields) | set(base_fields)
        self.creator_type_set: set[str] = set(self.creator_labels) | {
            c for t in self.types.values() for c in t["creator_types"]
        }

    # -- queries -------------------------------------------------------------

    def is_type(self, name: Any) -> bool:
        return isinstance(name, str) and name in self.types

    def fields(self, item_type: str) -> list[str]:
        return list(self.types[item_type]["fields"])

    def valid_field(self, item_type: str, field_name: str) -> bool:
        return field_name in self.types[item_type]["field_set"]

    def title_field(self, item_type: str) -> str | None:
        return self.types[item_type]["title_field"]

    def date_field(self, item_type: str) -> str | None:
        return self.types[item_type]["date_field"]

    def base_of(self, item_type: str, field_name: str) -> str:
        return self.types[item_type]["base"].get(field_name, field_name)

    def mapped_field(self, item_type: str, base_or_field: str) -> str | None:
        """Return the type's own field for a base field name (or the field itself)."""
        t = self.types[item_type]
        if base_or_field in t["field_set"]:
            return base_or_field
        for f, b in t["base"].items():
            if b == base_or_field:
                return f
        return None

    def label(self, kind: str, name: str) -> str:
        table = {"type": self.type_labels, "field": self.field_labels,
                 "creator": self.creator_labels}[kind]
        return table.get(name, name)

    # -- /items/new ----------------------------------------------------------

    def template(self, item_type: str, link_mode: str | None = None,
                 annotation_type: str | None = None) -> dict:
        """Build the /items/new template exactly as MappingsController::newItem does."""
        t = self.types[item_type]
        tpl: dict[str, Any] = {"itemType": item_type}
        if item_type == "attachment":
            tpl["linkMode"] = link_mode
        embedded = item_type == "attachment" and link_mode == "embedded_image"
        first = True
        for f in t["fields"]:
            if item_type == "attachment" and f == "url" and not (link_mode or "").endswith("_url"):
                continue
            tpl[f] = ""
            if first and item_type not in ("note", "attachment"):
                if t["primary_creator"]:
                    tpl["creators"] = [{"creatorType": t["primary_creator"], "firstName": "",
                                        "lastName": ""}]
                first = False
        if embedded:
            tpl["parentItem"] = ""
        elif item_type == "annotation":
            tpl["parentItem"] = ""
            tpl["annotationType"] = annotation_type
            if annotation_type == "highlight":
                tpl["annotationText"] = ""
            tpl["annotationComment"] = ""
            tpl["annotationColor"] = ""
            tpl["annotationPageLabel"] = ""
            tpl["annotationSortIndex"] = "00000|000000|00000"
            if annotation_type == "ink":
                tpl["annotationPosition"] = {"pageIndex": 0, "paths": [], "width": 2}
            else:
                tpl["annotationPosition"] = {"pageIndex": 0, "rects": []}
            if annotation_type == "image":
                tpl["annotationPosition"]["width"] = 0
                tpl["annotationPosition"]["height"] = 0
        if item_type in ("note", "attachment"):
            tpl["note"] = ""
        tpl["tags"] = []
        tpl["collections"] = []
        tpl["relations"] = {}
        if item_type == "attachment":
            tpl["contentType"] = ""
            tpl["charset"] = ""
            if link_mode == "linked_file":
                tpl["path"] = ""
            if (link_mode or "").startswith("imported_") or embedded:
                tpl["filename"] = ""
                tpl["md5"] = None
                tpl["mtime"] = None
            if embedded:
                for prop in ("title", "url", "accessDate", "tags", "collections", "relations",
                             "note", "charset"):
                    tpl.pop(prop, None)
        elif item_type == "annotation":
            tpl.pop("collections", None)
            tpl.pop("relations", None)
        return tpl


# --------------------------------------------------------------------------
# Public state objects
# --------------------------------------------------------------------------


@dataclass
class ApiKey:
    """An API key and its access, modelled on the real key JSON."""

    key: str
    user_id: int
    write: bool = True
    groups: Any = field(default_factory=dict)  # "all" or {group_id | "all": write_bool}
    library: bool = True  # access to the user's own library
    files: bool = True
    notes: bool = True

    def _group_write(self, group_id: int) -> bool | None:
        """None if no access to the group, else whether writing is allowed."""
        if self.groups == "all":
            return self.write
        if isinstance(self.groups, Mapping):
            if group_id in self.groups:
                return bool(self.groups[group_id])
            if str(group_id) in self.groups:
                return bool(self.groups[str(group_id)])
            if "all" in self.groups:
                return bool(self.groups["all"])
        return None

    def can_read(self, lib: "Library") -> bool:
        if lib.kind == "user":
            return self.library and lib.id == self.user_id
        return self._group_write(lib.id) is not None

    def can_write(self, lib: "Library") -> bool:
        if lib.kind == "user":
            return self.can_read(lib) and self.write
        return bool(self._group_write(lib.id))

    def access_json(self) -> dict:
        access: dict[str, Any] = {}
        if self.library:
            access["user"] = {"library": True, "files": self.files, "notes": self.notes,
                              "write": self.write}
        if self.groups == "all":
            access["groups"] = {"all": {"library": True, "write": self.write}}
        elif isinstance(self.groups, Mapping) and self.groups:
            access["groups"] = {str(g): {"library": True, "write": bool(w)}
                                for g, w in self.groups.items()}
        return access


@dataclass
class LoggedRequest:
    """One request as the emulator received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: CIDict
    body: bytes
    raw_path: str = ""
    status: int | None = None  # None when the connection was dropped without a response
    fault: "Fault | None" = None
    time: float = 0.0

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or None when it is empty or not JSON."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


@dataclass
class Fault:
    """An injected fault. See :meth:`ZoteroEmulator.inject`."""

    method: str
    path: str
    status: int = 200
    times: int | None = 1
    after: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    commit_then_drop: bool = False
    drop: bool = False
    delay: float = 0.0
    seen: int = 0   # matching requests so far
    fired: int = 0  # times this fault took effect

    def __post_init__(self) -> None:
        self._path_re = re.compile(self.path)

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method.upper()) and self._path_re.search(path) is not None

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times


class Library:
    """One user or group library: versioned items, collections and a delete log.

    ``items`` maps key -> item ``data`` dict (the editable JSON, with ``key``,
    ``version``, ``dateAdded``, ``dateModified``); ``collections`` maps key ->
    collection data; ``deleted`` maps object type -> {key: version at deletion}.
    The seeding helpers take the emulator's lock and bump ``version`` like a
    real write would.
    """

    def __init__(self, emulator: "ZoteroEmulator", kind: str, lib_id: int, name: str):
        self._emu = emulator
        self.kind = kind
        self.id = int(lib_id)
        self.name = name
        self.version = 0
        self.items: dict[str, dict] = {}
        self.collections: dict[str, dict] = {}
        self.deleted: dict[str, dict[str, int]] = {
            "collections": {}, "items": {}, "searches": {}, "tags": {}, "settings": {},
        }
        self.locked = False  # True -> POST/PUT/DELETE get 409 "Target library is locked"
        self.public = False  # True -> anonymous reads are allowed

    def __repr__(self) -> str:
        return f"<Library {self.kind} {self.id} v{self.version} items={len(self.items)}>"

    @property
    def prefix(self) -> str:
        return f"/{self.kind}s/{self.id}"

    # -- seeding helpers ------------------------------------------------------

    def add_item(self, data: Mapping[str, Any], *, key: str | None = None,
                 collections: Iterable[str] = (), deleted: bool = False,
                 parent: str | None = None) -> str:
        """Create an item server-side (as if another client wrote it). Returns its key.

        ``data`` is item JSON (a template from the schema works); it is validated
        like a POST, and a ``ValueError`` says why when it is rejected.
        """
        obj = {k: copy.deepcopy(v) for k, v in data.items() if k != "version"}
        if key is not None:
            obj["key"] = key
        if collections:
            obj["collections"] = list(obj.get("collections", [])) + list(collections)
        if deleted:
            obj["deleted"] = True
        if parent is not None:
            obj["parentItem"] = parent
        if "key" in obj and not (isinstance(obj["key"], str) and _KEY_RE.match(obj["key"])):
            raise ValueError(f"invalid item key {obj['key']!r}")
        with self._emu._lock:
            if obj.get("key") in self.items:
                raise ValueError(f"item {obj['key']} already exists")
            try:
                return self._emu._write_item(self, obj, partial=False, method="SEED")[0]
            except _ObjectError as e:
                raise ValueError(f"{e.code}: {e.message}") from None

    def modify_item(self, key: str, changes: Mapping[str, Any]) -> int:
        """PATCH an item server-side (another client edits it). Returns the new version."""
        with self._emu._lock:
            if key not in self.items:
                raise KeyError(key)
            obj = dict(copy.deepcopy(dict(changes)), key=key)
            obj.pop("version", None)
            try:
                self._emu._write_item(self, obj, partial=True, method="SEED")
            except _ObjectError as e:
                raise ValueError(f"{e.code}: {e.message}") from None
            return self.items[key]["version"]

    def delete_item(self, key: str) -> None:
        """Delete an item (and its children) server-side, recording it in the delete log."""
        with self._emu._lock:
            if key not in self.items:
                raise KeyError(key)
            self._emu._delete_items(self, [key])

    def add_collection(self, name: str, parent: str | None = None, key: str | None = None) -> str:
        """Create a collection server-side. Returns its key."""
        obj: dict[str, Any] = {"name": name, "parentCollection": parent or False}
        if key is not None:
            if not _KEY_RE.match(key):
                raise ValueError(f"invalid collection key {key!r}")
            obj["key"] = key
        with self._emu._lock:
            if key in self.collections:
                raise ValueError(f"collection {key} already exists")
            try:
                return self._emu._write_collection(self, obj, partial=False, method="SEED")[0]
            except _ObjectError as e:
                raise ValueError(f"{e.code}: {e.message}") from None

    def delete_collection(self, key: str) -> None:
        with self._emu._lock:
            if key not in self.collections:
                raise KeyError(key)
            self._emu._delete_collections(self, [key])

    # -- inspection -----------------------------------------------------------

    def items_in(self, collection_key: str, *, include_trashed: bool = False) -> list[dict]:
        """Item data dicts (copies) directly in the collection."""
        with self._emu._lock:
            return [copy.deepcopy(d) for d in self.items.values()
                    if collection_key in d.get("collections", ())
                    and (include_trashed or not d.get("deleted"))]

    def item(self, key: str) -> dict:
        with self._emu._lock:
            return copy.deepcopy(self.items[key])

    def children_of(self, key: str) -> list[dict]:
        with self._emu._lock:
            return [copy.deepcopy(d) for d in self.items.values() if d.get("parentItem") == key]

    def find_items(self, **fields: Any) -> list[dict]:
        """Item data dicts whose fields equal all the given values."""
        with self._emu._lock:
            return [copy.deepcopy(d) for d in self.items.values()
                    if all(d.get(k) == v for k, v in fields.items())]


# --------------------------------------------------------------------------
# The HTTP layer
# --------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, addr: tuple[str, int], emulator: "ZoteroEmulator"):
        self.emulator = emulator
        super().__init__(addr, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ZoteroEmulator/1.0"
    sys_version = ""
    timeout = 60  # idle keep-alive connections are closed after this

    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle_expect_100(self) -> bool:
        # The real API answers any Expect header with 417 before reading the body.
        self._send(_text_response(417, "Expect header is not supported"))
        self.close_connection = True
        return False

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size_line = self.rfile.readline()
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(self, resp: _Response) -> None:
        self.send_response(resp.status)
        names = {k.lower() for k, _ in resp.headers}
        for k, v in resp.headers:
            self.send_header(k, v)
        no_body = resp.status in (204, 304) or 100 <= resp.status < 200
        if not no_body and "content-length" not in names:
            self.send_header("Content-Length", str(len(resp.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not no_body and self.command != "HEAD":
            self.wfile.write(resp.body)
        self.wfile.flush()

    def _dispatch(self) -> None:
        emu = self.server.emulator
        body = self._read_body()
        split = urlsplit(self.path)
        path = unquote(split.path)
        pairs = parse_qsl(split.query, keep_blank_values=True)
        headers = CIDict()
        for k, v in self.headers.items():
            headers[k] = v
        entry = LoggedRequest(
            method=self.command, path=path, query=parse_qs(split.query, keep_blank_values=True),
            headers=headers, body=body, raw_path=self.path, time=time.time(),
        )
        emu._log(entry)
        fault = emu._match_fault(self.command, path)
        entry.fault = fault
        if fault is not None and fault.delay > 0:
            time.sleep(fault.delay)
        if fault is not None and fault.drop:
            self._drop()
            return
        if fault is not None and not fault.commit_then_drop and not 200 <= fault.status < 300:
            resp = _text_response(fault.status, fault.body or _DEFAULT_ERROR_TEXT.get(fault.status, "Error"))
            if fault.status == 304:
                resp = _Response(304)
            for k, v in fault.headers.items():
                resp.set(k, v)
        else:
            req = _Request(self.command, path, pairs, entry.query, headers, body)
            resp = emu._handle(req)
            if fault is not None and fault.commit_then_drop:
                entry.status = None
                self._drop()
                return
            if fault is not None:
                for k, v in fault.headers.items():
                    resp.set(k, v)
        entry.status = resp.status
        self._send(resp)

    def _drop(self) -> None:
        """Close the socket without sending a single byte of response."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


@dataclass
class _Request:
    method: str
    path: str
    pairs: list[tuple[str, str]]  # query in order, for Link headers
    query: dict[str, list[str]]
    headers: CIDict
    body: bytes
    api_key: ApiKey | None = None
    key_string: str | None = None

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


# --------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------


_LIB_RE = re.compile(r"^/(users|groups)/([^/]+)(/.*)?$")


class ZoteroEmulator:
    """A stateful Zotero Web API v3 server on 127.0.0.1 for pyzotero-driven tests."""

    def __init__(self, schema_path: str | Path = DEFAULT_SCHEMA, *, seed: int | None = None):
        self.schema = Schema(schema_path)
        self._lock = threading.RLock()
        self._rng = random.Random(seed)
        self._users: dict[int, Library] = {}
        self._usernames: dict[int, str] = {}
        self._groups: dict[int, Library] = {}
        self._keys: dict[str, ApiKey] = {}
        self._write_tokens: set[tuple[str, str]] = set()
        self._faults: list[Fault] = []
        self._log_entries: list[LoggedRequest] = []
        self.errors: list[str] = []  # tracebacks of unexpected exceptions (answered with 500)
        self.now: Callable[[], str] = _utcnow_iso
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.url: str = ""
        self.port: int = 0

    # -- lifecycle --------------------------------------------------------------

    def start(self, tls: ssl.SSLContext | None = None) -> "ZoteroEmulator":
        """Serve on a free loopback port; over HTTPS with ``tls`` (a server-side context)."""
        if self._server is not None:
            return self
        self._server = _Server(("127.0.0.1", 0), self)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name=f"zotero-emulator-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "ZoteroEmulator":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- state setup --------------------------------------------------------------

    def add_user(self, user_id: int, username: str = "user") -> Library:
        with self._lock:
            user_id = int(user_id)
            if user_id not in self._users:
                self._users[user_id] = Library(self, "user", user_id, username)
            self._usernames[user_id] = username
            return self._users[user_id]

    def add_group(self, group_id: int, name: str = "group") -> Library:
        with self._lock:
            group_id = int(group_id)
            if group_id not in self._groups:
                self._groups[group_id] = Library(self, "group", group_id, name)
            return self._groups[group_id]

    def add_key(self, key: str, user_id: int, *, write: bool = True,
                groups: Mapping[int | str, bool] | str = {},
                library: bool = True) -> ApiKey:
        """Register an API key for a user.

        ``write`` is write access to the user library (and to groups when
        ``groups="all"``); ``groups`` is ``"all"`` or ``{group_id: can_write}``.
        """
        if groups != "all" and not isinstance(groups, Mapping):
            raise TypeError("groups must be 'all' or a mapping of group id -> write flag")
        with self._lock:
            if int(user_id) not in self._users:
                raise ValueError(f"unknown user {user_id}: call add_user() first")
            api_key = ApiKey(key=key, user_id=int(user_id), write=write,
                             groups="all" if groups == "all" else dict(groups), library=library)
            self._keys[key] = api_key
            return api_key

    def remove_key(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)

    def library(self, kind: str, lib_id: int) -> Library:
        kind = kind.rstrip("s")
        with self._lock:
            table = self._users if kind == "user" else self._groups if kind == "group" else None
            if table is None:
                raise ValueError(f"library kind must be 'user' or 'group', not {kind!r}")
            return table[int(lib_id)]

    # -- faults ----------------------------------------------------------------------

    def inject(self, *, method: str, path: str, status: int = 200, times: int | None = 1,
               after: int = 0, headers: Mapping[str, str] | None = None, body: str = "",
               commit_then_drop: bool = False, drop: bool = False, delay: float = 0) -> Fault:
        """Inject a fault for requests whose method and path (regex, ``re.search``
        against the path without the query string) match.

        * ``status`` not 2xx: answer with it (plain-text ``body``, extra ``headers``)
          instead of handling the request. Nothing is committed.
        * ``status`` 2xx: handle normally and add ``headers`` (e.g. ``Backoff``).
        * ``commit_then_drop``: handle fully (commit), then close the socket
          without any response.
        * ``drop``: close the socket without handling the request.
        * ``delay``: sleep this long first (a slow server).
        * ``after``: let that many matching requests through first;
          ``times``: how often the fault fires (``None`` = forever).

        Returns the :class:`Fault`; its ``fired`` counter tells whether it fired.
        """
        fault = Fault(method=method.upper(), path=path, status=status, times=times, after=after,
                      headers=dict(headers or {}), body=body, commit_then_drop=commit_then_drop,
                      drop=drop, delay=delay)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _match_fault(self, method: str, path: str) -> Fault | None:
        chosen = None
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(method, path):
                    continue
                fault.seen += 1
                if chosen is None and fault.seen > fault.after:
                    fault.fired += 1
                    chosen = fault
        return chosen

    # -- request log ------------------------------------------------------------------

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log_entries)

    def find_requests(self, method: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        """Logged requests filtered by method and path regex (``re.search``)."""
        rx = re.compile(path) if path else None
        return [r for r in self.requests
                if (method is None or r.method == method.upper())
                and (rx is None or rx.search(r.path))]

    def clear_log(self) -> None:
        with self._lock:
            self._log_entries.clear()

    def _log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._log_entries.append(entry)

    # ===================================================================================
    # Request handling
    # ===================================================================================

    def _handle(self, req: _Request) -> _Response:
        with self._lock:
            try:
                resp = self._route(req)
            except _HTTPError as e:
                resp = _Response(304) if e.status == 304 else _text_response(e.status, e.message)
                for k, v in e.headers.items():
                    resp.set(k, v)
                if e.version is not None:
                    resp.set("Last-Modified-Version", e.version)
            except Exception:  # pragma: no cover - a bug in the emulator
                tb = traceback.format_exc()
                self.errors.append(tb)
                resp = _text_response(500, "An error occurred\n" + tb)
            if getattr(req, "_api_headers", False):
                resp.set("Zotero-API-Version", "3")
                resp.set("Zotero-Schema-Version", self.schema.version)
            return resp

    # -- authentication and dispatch ---------------------------------------------------

    def _authenticate(self, req: _Request) -> None:
        method = req.method
        if "Expect" in req.headers:
            raise _HTTPError(417, "Expect header is not supported")
        if method in ("POST", "PUT", "PATCH") and not req.body:
            raise _HTTPError(400, f"{method} data not provided")
        key = req.headers.get("Zotero-API-Key") or None
        qkey = req.param("key")
        if qkey is not None:
            if not key:
                key = qkey
            elif qkey != key:
                raise _HTTPError(400, "Zotero-API-Key header and 'key' parameter differ")
        if not key:
            auth = req.headers.get("Authorization") or ""
            if auth[:6].lower() == "bearer":
                m = _BEARER_RE.match(auth)
                if not m:
                    raise _HTTPError(400, "Invalid Authorization header format")
                key = m.group(1)
        if key:
            api_key = self._keys.get(key)
            if api_key is None:
                raise _HTTPError(403, "Invalid key")
            req.api_key = api_key
            req.key_string = key
            if method in ("POST", "PUT", "PATCH", "DELETE"):
                token = self._write_token(req)
                if token is not None and (key, token) in self._write_tokens:
                    raise _HTTPError(412, "Write token already used")
        elif method not in ("GET", "HEAD", "OPTIONS") and not req.path.startswith("/keys/"):
            raise _HTTPError(403, "An API key is required for write requests.")

    @staticmethod
    def _write_token(req: _Request) -> str | None:
        token = req.headers.get("Zotero-Write-Token")
        if not token:
            return None
        if not 5 <= len(token) <= 32:
            raise _HTTPError(400, "Write token must be 5-32 characters in length")
        if req.key_string is None:
            raise _HTTPError(400, "Write token cannot be used without an API key")
        return token

    def _remember_write_token(self, req: _Request) -> None:
        token = req.headers.get("Zotero-Write-Token")
        if token and req.key_string and 5 <= len(token) <= 32:
            self._write_tokens.add((req.key_string, token))

    def _check_api_version(self, req: _Request) -> None:
        header = req.headers.get("Zotero-API-Version")
        v = req.param("v")
        if header and v and header.strip() != v.strip():
            raise _HTTPError(400, "Zotero-API-Version header does not match 'v' query parameter")
        version = (header or v or "3").strip()
        if version not in ("1", "2", "3"):
            raise _HTTPError(400, f"Invalid API version '{version}'")
        if version != "3":
            # EMULATOR: the real server still serves v1/v2 formats; the emulator only speaks v3.
            raise _HTTPError(400, f"API version {version} is not supported by the emulator")
        req._api_headers = True  # type: ignore[attr-defined]

    def _route(self, req: _Request) -> _Response:
        if req.method == "OPTIONS":
            return _Response(200)
        if req.method not in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"):
            raise _HTTPError(501)
        self._authenticate(req)
        path = req.path.rstrip("/") or "/"
        parts = [p for p in path.split("/") if p]

        # -- routes outside a library --
        if parts[:1] == ["keys"] and len(parts) == 2:
            self._check_api_version(req)
            return self._keys_route(req, parts[1])
        if len(parts) == 1 and parts[0] in ("itemTypes", "itemFields", "itemTypeFields",
                                             "itemTypeCreatorTypes", "creatorFields"):
            self._check_api_version(req)
            self._allow(req, "GET")
            return self._mappings(req, parts[0])
        if parts == ["items", "new"]:
            self._check_api_version(req)
            self._allow(req, "GET")
            return self._new_item_template(req)
        if len(parts) == 3 and parts[0] == "users" and parts[2] == "groups":
            self._check_api_version(req)
            self._allow(req, "GET")
            return self._user_groups(req, parts[1])

        m = _LIB_RE.match(path)
        if not m:
            raise _HTTPError(404, "Not found")
        kind, raw_id, rest = m.group(1), m.group(2), m.group(3) or ""
        if not raw_id.isdigit() or int(raw_id) == 0:
            raise _HTTPError(400, "Invalid user ID" if kind == "users" else "Invalid group ID")
        lib_id = int(raw_id)
        if kind == "users":
            lib = self._users.get(lib_id)
            if lib is None:
                raise _HTTPError(404, f"User {lib_id} not found")
        else:
            lib = self._groups.get(lib_id)
            if lib is None:
                raise _HTTPError(404, "Not found")
        if lib.locked and req.method in ("POST", "PUT", "DELETE"):
            raise _HTTPError(409, "Target library is locked")
        sub = [p for p in rest.split("/") if p]
        self._check_if_modified(req, lib, sub)
        self._check_api_version(req)
        return self._library_route(req, lib, sub)

    @staticmethod
    def _allow(req: _Request, *methods: str) -> None:
        allowed = set(methods) | ({"HEAD"} if "GET" in methods else set())
        if req.method not in allowed:
            raise _HTTPError(405, "Method not allowed", headers={"Allow": ", ".join(methods)})

    def _can_read(self, req: _Request, lib: Library) -> bool:
        if req.api_key is None:
            return lib.public
        return req.api_key.can_read(lib) or lib.public

    def _require_read(self, req: _Request, lib: Library) -> None:
        if not self._can_read(req, lib):
            raise _HTTPError(403, "Forbidden")

    def _require_write(self, req: _Request, lib: Library) -> None:
        if req.api_key is None:
            raise _HTTPError(403, "An API key is required for write requests.")
        if not req.api_key.can_write(lib):
            raise _HTTPError(403, "Write access denied")

    def _check_if_modified(self, req: _Request, lib: Library, sub: list[str]) -> None:
        if req.method not in ("GET", "HEAD") or not sub:
            return
        header = req.headers.get("If-Modified-Since-Version")
        if header is None or not _is_int(header):
            return
        action = sub[0]
        if action not in ("items", "collections", "searches", "settings", "tags"):
            return
        single = (action in ("items", "collections", "searches") and len(sub) == 2
                  and sub[1] not in ("top", "trash")) or (action == "settings" and len(sub) == 2)
        if single or not self._can_read(req, lib):
            return
        if lib.version <= int(header):
            raise _HTTPError(304, "")

    # -- library routes ----------------------------------------------------------------

    def _library_route(self, req: _Request, lib: Library, sub: list[str]) -> _Response:
        if not sub:
            raise _HTTPError(404, "Not found")
        action = sub[0]
        write = req.method in ("POST", "PUT", "PATCH", "DELETE")
        if write:
            self._require_write(req, lib)
        else:
            self._require_read(req, lib)

        if action == "items":
            return self._items_route(req, lib, sub[1:])
        if action == "collections":
            return self._collections_route(req, lib, sub[1:])
        if action == "deleted" and len(sub) == 1:
            self._allow(req, "GET")
            return self._deleted(req, lib)
        if action == "tags":
            return self._tags_route(req, lib, sub[1:])
        if action == "searches" and len(sub) == 1 and req.method == "GET":
            return self._multi_response(req, lib, [], "searches", render=lambda o: o)
        if action == "settings" and len(sub) == 1 and req.method == "GET":
            resp = _json_response({})
            resp.set("Last-Modified-Version", lib.version)
            return resp
        if action in ("searches", "settings", "fulltext", "publications"):
            # EMULATOR: saved searches, settings, full text and My Publications are not modelled.
            raise _HTTPError(501, f"'{action}' is not implemented by the emulator")
        raise _HTTPError(404, "Not found")

    def _items_route(self, req: _Request, lib: Library, sub: list[str]) -> _Response:
        m = req.method
        if not sub:
            if m in ("GET", "HEAD"):
                return self._list_items(req, lib, scope="all")
            if m == "POST":
                return self._post_objects(req, lib, "item")
            if m == "DELETE":
                return self._multi_delete(req, lib, "item")
            raise _HTTPError(405, "Method not allowed", headers={"Allow": "GET, POST, DELETE"})
        if sub == ["top"]:
            self._allow(req, "GET")
            return self._list_items(req, lib, scope="top")
        if sub == ["trash"]:
            self._allow(req, "GET")
            return self._list_items(req, lib, scope="trash")
        key = sub[0]
        if not _KEY_RE.match(key):
            raise _HTTPError(404, "Not found")
        if len(sub) == 1:
            if m in ("GET", "HEAD"):
                return self._get_item(req, lib, key)
            if m in ("PUT", "PATCH"):
                return self._single_write(req, lib, "item", key)
            if m == "DELETE":
                return self._single_delete(req, lib, "item", key)
            raise _HTTPError(405, "Method not allowed", headers={"Allow": "GET, PUT, PATCH, DELETE"})
        if sub[1:] == ["children"]:
            self._allow(req, "GET")
            if key not in lib.items:
                raise _HTTPError(404, "Not found")
            return self._list_items(req, lib, scope="children", parent=key)
        if sub[1:] == ["tags"]:
            self._allow(req, "GET")
            if key not in lib.items:
                raise _HTTPError(404, "Not found")
            return self._list_tags(req, lib, [lib.items[key]])
        if sub[1] in ("file", "fulltext"):
            raise _HTTPError(501, f"'{sub[1]}' is not implemented by the emulator")
        raise _HTTPError(404, "Not found")

    def _collections_route(self, req: _Request, lib: Library, sub: list[str]) -> _Response:
        m = req.method
        if not sub:
            if m in ("GET", "HEAD"):
                return self._list_collections(req, lib, scope="all")
            if m == "POST":
                return self._post_objects(req, lib, "collection")
            if m == "DELETE":
                return self._multi_delete(req, lib, "collection")
            raise _HTTPError(405, "Method not allowed", headers={"Allow": "GET, POST, DELETE"})
        if sub == ["top"]:
            self._allow(req, "GET")
            return self._list_collections(req, lib, scope="top")
        key = sub[0]
        if not _KEY_RE.match(key):
            raise _HTTPError(404, "Collection not found" if len(sub) > 1 else "Not found")
        if len(sub) == 1:
            if m in ("GET", "HEAD"):
                return self._get_collection(req, lib, key)
            if m in ("PUT", "PATCH"):
                return self._single_write(req, lib, "collection", key)
            if m == "DELETE":
                return self._single_delete(req, lib, "collection", key)
            raise _HTTPError(405, "Method not allowed", headers={"Allow": "GET, PUT, PATCH, DELETE"})
        self._allow(req, "GET")
        if key not in lib.collections:
            raise _HTTPError(404, "Collection not found")
        if sub[1:] == ["collections"]:
            return self._list_collections(req, lib, scope="sub", parent=key)
        if sub[1:] == ["items"]:
            return self._list_items(req, lib, scope="collection", collection=key)
        if sub[1:] == ["items", "top"]:
            return self._list_items(req, lib, scope="collection-top", collection=key)
        if sub[1:] == ["tags"]:
            return self._list_tags(req, lib, [d for d in lib.items.values()
                                              if key in d.get("collections", ())
                                              and not d.get("deleted")])
        raise _HTTPError(404, "Not found")

    def _tags_route(self, req: _Request, lib: Library, sub: list[str]) -> _Response:
        visible = [d for d in lib.items.values() if not d.get("deleted")]
        if not sub:
            if req.method in ("GET", "HEAD"):
                return self._list_tags(req, lib, visible)
            if req.method == "DELETE":
                return self._delete_tags(req, lib)
            raise _HTTPError(405, "Method not allowed", headers={"Allow": "GET, DELETE"})
        self._allow(req, "GET")
        name = "/".join(sub)
        resp = self._list_tags(req, lib, visible, only=name)
        return resp

    # -- query parameters -------------------------------------------------------------

    def _parse_params(self, req: _Request, action: str, *, single: bool = False) -> dict[str, Any]:
        p: dict[str, Any] = {}
        fmt = req.param("format") or "json"
        if action == "items":
            ok = fmt in ("json", "atom", "bib") or fmt in _EXPORT_FORMATS or (
                fmt in ("keys", "versions") and not single)
        elif action in ("collections", "searches"):
            ok = fmt in ("json", "keys", "versions") and not (single and fmt != "json")
        else:
            ok = True
        if not ok:
            raise _HTTPError(400, f"Invalid 'format' value '{fmt}'")
        if fmt not in ("json", "keys", "versions"):
            # EMULATOR: Atom, bibliographies and export formats are not rendered.
            raise _HTTPError(501, f"format={fmt} is not implemented by the emulator")
        p["format"] = fmt

        since = req.param("since")
        if since is None and req.param("newer") is not None:
            since = req.param("newer")
        if since is not None and since != "":
            if not _is_int(since):
                raise _HTTPError(400, "Invalid value for 'since' parameter")
            p["since"] = int(since)
        else:
            p["since"] = None

        start = req.param("start")
        try:
            p["start"] = max(0, int(start)) if start not in (None, "") else 0
        except ValueError:
            p["start"] = 0

        # limit: default 25, clamped to 100; no limit for keys/versions unless given
        limit_max = 0 if fmt in ("keys", "versions") else 100
        default_limit = 0 if fmt in ("keys", "versions") else 25
        limit = default_limit
        raw_limit = req.param("limit")
        if raw_limit not in (None, ""):
            try:
                value = int(raw_limit)
            except ValueError:
                value = 0
            if limit_max and value > limit_max:
                limit = limit_max
            elif value > 0:
                limit = value
        # Explicit object keys force limit=100 (Zotero_API::MAX_OBJECT_KEYS)
        for name in ("itemKey", "collectionKey", "searchKey"):
            raw = req.param(name)
            if raw is None:
                p[name] = None
                continue
            # The current server silently drops keys that are not plausible.
            p[name] = [k for k in raw.strip(",").split(",") if _KEY_RE.match(k)]
            limit = MAX_OBJECT_KEYS
        p["limit"] = limit

        q = req.param("q") or ""
        p["q"] = q
        qmode = req.param("qmode")
        if qmode is not None and qmode != "":
            valid = ("contains", "startswith") if action == "tags" else ("titlecreatoryear", "everything")
            if qmode.lower() not in valid:
                raise _HTTPError(400, f"Invalid 'qmode' value '{qmode}'")
            p["qmode"] = qmode.lower()
        else:
            p["qmode"] = "contains" if action == "tags" else "titlecreatoryear"

        p["includeTrashed"] = (req.param("includeTrashed") or "0").lower() not in ("0", "", "false")

        item_types = [v for v in req.query.get("itemType", []) if v.strip()]
        if len(item_types) > 1:
            raise _HTTPError(400, "Cannot specify 'itemType' more than once")
        p["itemType"] = None
        if item_types:
            neg, values = self._boolean_param(item_types[0])
            for t in values:
                if not self.schema.is_type(t):
                    raise _HTTPError(400, f"Invalid itemType '{t}'")
            p["itemType"] = (neg, values)
        p["tag"] = [self._boolean_param(v) for v in req.query.get("tag", []) if v.strip()]

        sort = req.param("sort") or req.param("order")
        direction = req.param("direction")
        if sort in ("asc", "desc"):
            direction, sort = sort, None
        default_sort = "title" if action == "tags" else "dateModified"
        if sort:
            if action == "tags":
                if sort not in ("title", "numItems", "dateModified"):
                    raise _HTTPError(400, f"Invalid 'sort' value '{sort}'")
            elif sort not in _SORT_FIELDS:
                raise _HTTPError(400, f"Invalid 'sort' value '{sort}'")
        sort = sort or default_sort
        if direction is not None and direction not in ("asc", "desc"):
            raise _HTTPError(400, f"Invalid 'direction' value '{direction}'")
        p["sort"] = sort
        p["direction"] = direction or ("desc" if sort.startswith("date") else "asc")
        return p

    @staticmethod
    def _boolean_param(value: str) -> tuple[bool, list[str]]:
        value = value.strip()
        negation = False
        if value.startswith("-"):
            negation, value = True, value[1:]
        elif value.startswith("\\-"):
            value = value[1:]
        return negation, [v for v in re.split(r"\s+\|\|\s+", value)]

    # -- multi-object responses ----------------------------------------------------------

    def _link_header(self, req: _Request, total: int, start: int, limit: int) -> str:
        base_pairs = [(k, v) for k, v in req.pairs if k != "start"]
        base = f"{self.url}{req.path}"

        def url(start_value: int | None) -> str:
            pairs = list(base_pairs)
            if start_value:
                pairs.append(("start", str(start_value)))
            return base + ("?" + urlencode(pairs) if pairs else "")

        links = []
        if start:
            links.append((url(None), "first"))
            links.append((url(max(0, start - limit) if limit else None), "prev"))
        if limit:
            if start + limit < total:
                links.append((url(start + limit), "next"))
            if not (start == 0 and limit >= total):
                if start >= total:
                    last = total - limit
                else:
                    last = total - (total % limit)
                    if last == total:
                        last = total - limit
                links.append((url(max(0, last)), "last"))
        alt_path = req.path
        m = _LIB_RE.match(req.path)
        if m and m.group(1) == "users":
            alt_path = "/" + self._usernames.get(int(m.group(2)), m.group(2)) + (m.group(3) or "")
        links.append((f"https://www.zotero.org{alt_path}", "alternate"))
        return ", ".join(f'<{u}>; rel="{rel}"' for u, rel in links)

    def _multi_response(self, req: _Request, lib: Library | None, objs: list[Any], action: str,
                        *, render: Callable[[Any], Any], params: dict | None = None,
                        key_of: Callable[[Any], str] = lambda o: o["key"],
                        version_of: Callable[[Any], int] = lambda o: o["version"]) -> _Response:
        p = params if params is not None else self._parse_params(req, action)
        total = len(objs)
        start, limit = p["start"], p["limit"]
        page = objs[start:start + limit] if limit else objs[start:]
        fmt = p["format"]
        if fmt == "keys":
            text = "\n".join(key_of(o) for o in page) + "\n"
            resp = _Response(200, text.encode(), [("Content-Type", "text/plain")])
        elif fmt == "versions":
            resp = _json_response({key_of(o): version_of(o) for o in page})
        else:
            resp = _json_response([render(o) for o in page])
        resp.set("Total-Results", total)
        resp.set("Link", self._link_header(req, total, start, limit))
        if lib is not None:
            resp.set("Last-Modified-Version", lib.version)
        return resp

    # -- JSON rendering ------------------------------------------------------------------

    def _library_json(self, lib: Library) -> dict:
        if lib.kind == "user":
            username = self._usernames.get(lib.id, lib.name)
            alt = f"https://www.zotero.org/{username}"
            name = username
        else:
            alt = f"https://www.zotero.org/groups/{lib.id}"
            name = lib.name
        return {"type": lib.kind, "id": lib.id, "name": name,
                "links": {"alternate": {"href": alt, "type": "text/html"}}}

    def _alt_base(self, lib: Library) -> str:
        if lib.kind == "user":
            return f"https://www.zotero.org/{self._usernames.get(lib.id, lib.name)}"
        return f"https://www.zotero.org/groups/{lib.id}"

    def _item_json(self, lib: Library, data: dict) -> dict:
        key = data["key"]
        links: dict[str, Any] = {
            "self": {"href": f"{self.url}{lib.prefix}/items/{key}", "type": "application/json"},
            "alternate": {"href": f"{self._alt_base(lib)}/items/{key}", "type": "text/html"},
        }
        if data.get("parentItem"):
            links["up"] = {"href": f"{self.url}{lib.prefix}/items/{data['parentItem']}",
                           "type": "application/json"}
        meta: dict[str, Any] = {}
        itype = data["itemType"]
        if itype not in ("note", "attachment", "annotation"):
            summary = self._creator_summary(itype, data.get("creators", []))
            if summary:
                meta["creatorSummary"] = summary
            date_field = self.schema.date_field(itype)
            parsed = _parsed_date(data.get(date_field, "")) if date_field else None
            if parsed:
                meta["parsedDate"] = parsed
            meta["numChildren"] = sum(1 for d in lib.items.values()
                                      if d.get("parentItem") == key and not d.get("deleted"))
        return {"key": key, "version": data["version"], "library": self._library_json(lib),
                "links": links, "meta": meta, "data": copy.deepcopy(data)}

    def _creator_summary(self, itype: str, creators: list[dict]) -> str:
        primary = self.schema.types[itype]["primary_creator"]
        chosen: list[dict] = []
        for ct in (primary, "editor", "contributor"):
            chosen = [c for c in creators if c.get("creatorType") == ct]
            if chosen:
                break
        names = [c.get("lastName") or c.get("name") or "" for c in chosen]
        if not names:
            return ""
        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return f"{names[0]} and {names[1]}"
        return f"{names[0]} et al."

    def _collection_json(self, lib: Library, data: dict) -> dict:
        key = data["key"]
        links: dict[str, Any] = {
            "self": {"href": f"{self.url}{lib.prefix}/collections/{key}", "type": "application/json"},
            "alternate": {"href": f"{self._alt_base(lib)}/collections/{key}", "type": "text/html"},
        }
        if data.get("parentCollection"):
            links["up"] = {"href": f"{self.url}{lib.prefix}/collections/{data['parentCollection']}",
                           "type": "application/json"}
        meta = {
            "numCollections": sum(1 for c in lib.collections.values()
                                  if c.get("parentCollection") == key),
            "numItems": sum(1 for d in lib.items.values()
                            if key in d.get("collections", ()) and not d.get("deleted")),
        }
        return {"key": key, "version": data["version"], "library": self._library_json(lib),
                "links": links, "meta": meta, "data": copy.deepcopy(data)}

    # -- item reads ------------------------------------------------------------------------

    def _get_item(self, req: _Request, lib: Library, key: str) -> _Response:
        self._parse_params(req, "items", single=True)
        data = lib.items.get(key)
        if data is None:
            raise _HTTPError(404, "Not found")
        resp = _json_response(self._item_json(lib, data))
        resp.set("Last-Modified-Version", data["version"])
        return resp

    def _item_matches_q(self, data: dict, parts: list[str]) -> bool:
        itype = data["itemType"]
        title = ""
        tf = self.schema.title_field(itype) if itype in self.schema.types else None
        if tf:
            title = data.get(tf, "") or ""
        note_title = _note_title(data.get("note", "")) if itype == "note" else ""
        names = [" ".join(x for x in (c.get("firstName", ""), c.get("lastName", "")) if x).strip()
                 or c.get("name", "") for c in data.get("creators", [])]
        df = self.schema.date_field(itype) if itype in self.schema.types else None
        year = (data.get(df) or "")[:4] if df else ""
        m = _YEAR_RE.search(data.get(df) or "") if df else None
        years = {year, m.group(1) if m else ""}
        for part in parts:
            low = part.casefold()
            if low in title.casefold() or low in note_title.casefold():
                continue
            if any(low in n.casefold() for n in names):
                continue
            if part in years and part:
                continue
            return False
        return True

    def _item_passes(self, data: dict, p: dict) -> bool:
        if p["itemKey"] is not None and data["key"] not in p["itemKey"]:
            return False
        if p["itemType"] is not None:
            neg, values = p["itemType"]
            if (data["itemType"] in values) == neg:
                return False
        if p["tag"]:
            names = {t["tag"].casefold() for t in data.get("tags", [])}
            for neg, values in p["tag"]:
                hit = any(v.casefold() in names for v in values)
                if hit == neg:
                    return False
        if p["q"]:
            parts = _split_search(p["q"])
            if parts and not self._item_matches_q(data, parts):
                return False
        return True

    def _list_items(self, req: _Request, lib: Library, *, scope: str, parent: str | None = None,
                    collection: str | None = None) -> _Response:
        p = self._parse_params(req, "items")
        trashed_only = scope == "trash"
        include_trashed = p["includeTrashed"] or trashed_only

        def visible(d: dict) -> bool:
            if trashed_only:
                return bool(d.get("deleted"))
            return include_trashed or not d.get("deleted")

        if scope in ("all", "top", "trash"):
            pool = [d for d in lib.items.values() if visible(d)]
        elif scope == "children":
            pool = [d for d in lib.items.values() if d.get("parentItem") == parent and visible(d)]
        else:  # collection / collection-top
            pool = [d for d in lib.items.values()
                    if collection in d.get("collections", ()) and visible(d)]
        matched = [d for d in pool if self._item_passes(d, p)]

        if scope in ("top", "collection-top"):
            # In /top mode a matching child stands for its top-level parent.
            seen: dict[str, dict] = {}
            for d in matched:
                top = d
                if d.get("parentItem"):
                    top = lib.items.get(d["parentItem"])
                    if top is None or not visible(top):
                        continue
                    if scope == "collection-top" and collection not in top.get("collections", ()):
                        continue
                seen[top["key"]] = top
            matched = list(seen.values())
        if p["since"] is not None:
            matched = [d for d in matched if d["version"] > p["since"]]
        matched = self._sort_items(matched, p["sort"], p["direction"])
        return self._multi_response(req, lib, matched, "items", params=p,
                                    render=lambda d: self._item_json(lib, d))

    def _sort_value(self, d: dict, sort: str) -> Any:
        itype = d["itemType"]
        known = itype in self.schema.types
        if sort in ("dateModified", "serverDateModified"):
            return (d.get("dateModified", ""), d["version"])
        if sort == "dateAdded":
            return (d.get("dateAdded", ""), d["version"])
        if sort == "title":
            if itype == "note":
                return _note_title(d.get("note", "")).casefold()
            tf = self.schema.title_field(itype) if known else None
            return (d.get(tf, "") if tf else "").casefold()
        if sort == "creator":
            creators = d.get("creators", [])
            return (creators[0].get("lastName") or creators[0].get("name") or "").casefold() \
                if creators else ""
        if sort == "itemType":
            return self.schema.label("type", itype).casefold()
        if sort == "date":
            df = self.schema.date_field(itype) if known else None
            return _parsed_date(d.get(df, "")) or "" if df else ""
        if sort == "addedBy":
            return ""
        mapped = self.schema.mapped_field(itype, sort) if known else None
        return (d.get(mapped, "") if mapped else "").casefold()

    def _sort_items(self, items: list[dict], sort: str, direction: str) -> list[dict]:
        reverse = direction == "desc"
        # Ties are broken by version then key, so that paging is deterministic.
        items = sorted(items, key=lambda d: (d["version"], d["key"]), reverse=reverse)
        empty_first = sort in ("title", "date")

        def key(d: dict) -> Any:
            v = self._sort_value(d, sort)
            if empty_first and not isinstance(v, tuple):
                return (bool(v) if not reverse else not bool(v), v)
            return v

        return sorted(items, key=key, reverse=reverse)

    # -- collection reads --------------------------------------------------------------

    def _get_collection(self, req: _Request, lib: Library, key: str) -> _Response:
        self._parse_params(req, "collections", single=True)
        data = lib.collections.get(key)
        if data is None:
            raise _HTTPError(404, "Collection not found")
        resp = _json_response(self._collection_json(lib, data))
        resp.set("Last-Modified-Version", data["version"])
        return resp

    def _list_collections(self, req: _Request, lib: Library, *, scope: str,
                          parent: str | None = None) -> _Response:
        p = self._parse_params(req, "collections")
        pool = list(lib.collections.values())
        if scope == "top":
            pool = [c for c in pool if not c.get("parentCollection")]
        elif scope == "sub":
            pool = [c for c in pool if c.get("parentCollection") == parent]
        if p["collectionKey"] is not None:
            pool = [c for c in pool if c["key"] in p["collectionKey"]]
        if p["since"] is not None:
            pool = [c for c in pool if c["version"] > p["since"]]
        reverse = p["direction"] == "desc"
        if p["sort"] == "title":
            pool.sort(key=lambda c: (c["name"].casefold(), c["key"]), reverse=reverse)
        else:
            # EMULATOR: collections carry no timestamps; modification order is version order.
            pool.sort(key=lambda c: (c["version"], c["key"]), reverse=reverse)
        return self._multi_response(req, lib, pool, "collections", params=p,
                                    render=lambda c: self._collection_json(lib, c))

    # -- tags ------------------------------------------------------------------------------

    def _list_tags(self, req: _Request, lib: Library, items: list[dict],
                   only: str | None = None) -> _Response:
        p = self._parse_params(req, "tags")
        counts: dict[tuple[str, int], int] = {}
        for d in items:
            for t in d.get("tags", []):
                k = (t["tag"], int(t.get("type", 0)))
                counts[k] = counts.get(k, 0) + 1
        entries = [{"tag": name, "type": ttype, "numItems": n} for (name, ttype), n in counts.items()]
        if only is not None:
            entries = [e for e in entries if e["tag"] == only]
            if not entries:
                raise _HTTPError(404, "Tag not found")
        if p["q"]:
            q = p["q"].casefold()
            if p["qmode"] == "startswith":
                entries = [e for e in entries if e["tag"].casefold().startswith(q)]
            else:
                entries = [e for e in entries if q in e["tag"].casefold()]
        reverse = p["direction"] == "desc"
        if p["sort"] == "numItems":
            entries.sort(key=lambda e: (e["numItems"], e["tag"].casefold()), reverse=reverse)
        else:
            entries.sort(key=lambda e: (e["tag"].casefold(), e["type"]), reverse=reverse)

        def render(e: dict) -> dict:
            return {"tag": e["tag"],
                    "links": {"self": {"href": f"{self.url}{lib.prefix}/tags/{quote(e['tag'])}",
                                       "type": "application/json"},
                              "alternate": {"href": f"{self._alt_base(lib)}/tags/{quote(e['tag'])}",
                                            "type": "text/html"}},
                    "meta": {"type": e["type"], "numItems": e["numItems"]}}

        return self._multi_response(req, lib, entries, "tags", params=p, render=render,
                                    key_of=lambda e: e["tag"], version_of=lambda e: 0)

    def _delete_tags(self, req: _Request, lib: Library) -> _Response:
        self._check_library_unmodified(req, lib)
        names = set()
        for v in req.query.get("tag", []):
            names.update(x for x in re.split(r"\s+\|\|\s+", v.strip()) if x)
        if not names:
            raise _HTTPError(400, "No tags specified")
        if len(names) > MAX_WRITE_OBJECTS:
            raise _HTTPError(413, f"Cannot delete more than {MAX_WRITE_OBJECTS} tags at a time")
        touched = [d for d in lib.items.values() if any(t["tag"] in names for t in d.get("tags", []))]
        if touched:
            lib.version += 1
            for d in touched:
                d["tags"] = [t for t in d["tags"] if t["tag"] not in names]
                d["version"] = lib.version
            for n in names:
                lib.deleted["tags"][n] = lib.version
        resp = _Response(204)
        resp.set("Last-Modified-Version", lib.version)
        return resp

    # -- /deleted ------------------------------------------------------------------------

    def _deleted(self, req: _Request, lib: Library) -> _Response:
        since = req.param("since")
        if since is None or since == "":
            raise _HTTPError(400, "'since' parameter must be provided")
        if not _is_int(since):
            raise _HTTPError(400, "Invalid value for 'since' parameter")
        n = int(since)
        out = {kind: [k for k, v in log.items() if v > n] for kind, log in lib.deleted.items()}
        resp = _json_response(out)
        resp.set("Last-Modified-Version", lib.version)
        return resp

    # -- non-library routes -----------------------------------------------------------

    def _keys_route(self, req: _Request, which: str) -> _Response:
        if which == "current":
            if req.api_key is None:
                raise _HTTPError(403, "Forbidden")
            api_key = req.api_key
        else:
            api_key = self._keys.get(which)
            if api_key is None:
                raise _HTTPError(404, "Key not found")
        if req.method == "DELETE":
            self._keys.pop(api_key.key, None)
            return _Response(204)
        self._allow(req, "GET", "DELETE")
        username = self._usernames.get(api_key.user_id, "user")
        return _json_response({
            "key": api_key.key,
            "userID": api_key.user_id,
            "username": username,
            "displayName": "",
            "access": api_key.access_json(),
        })

    def _user_groups(self, req: _Request, raw_id: str) -> _Response:
        if not raw_id.isdigit() or int(raw_id) not in self._users:
            raise _HTTPError(404, f"User {raw_id} not found")
        user_id = int(raw_id)
        if req.api_key is None or req.api_key.user_id != user_id:
            # EMULATOR: all groups are private, so another user's group list is not visible.
            raise _HTTPError(403, "Forbidden")
        groups = [g for g in self._groups.values() if req.api_key.can_read(g)]
        groups.sort(key=lambda g: g.id)
        fmt = req.param("format") or "json"
        if fmt not in ("json", "versions"):
            raise _HTTPError(400, f"Invalid 'format' value '{fmt}'")

        def render(g: Library) -> dict:
            return {
                "id": g.id, "version": 1,
                "links": {"self": {"href": f"{self.url}/groups/{g.id}", "type": "application/json"},
                          "alternate": {"href": f"https://www.zotero.org/groups/{g.id}",
                                        "type": "text/html"}},
                "meta": {"numItems": sum(1 for d in g.items.values() if not d.get("deleted"))},
                "data": {"id": g.id, "version": 1, "name": g.name, "owner": user_id,
                         "type": "Private", "description": "", "url": "",
                         "libraryEditing": "members", "libraryReading": "members",
                         "fileEditing": "members"},
            }

        p = {"format": fmt, "start": 0, "limit": 0}
        try:
            p["start"] = max(0, int(req.param("start") or 0))
            lim = int(req.param("limit") or 0)
            p["limit"] = min(lim, 100) if lim > 0 else (0 if fmt == "versions" else 25)
        except ValueError:
            pass
        return self._multi_response(req, None, groups, "groups", params=p, render=render,
                                    key_of=lambda g: str(g.id), version_of=lambda g: 1)

    def _mappings(self, req: _Request, subset: str) -> _Response:
        s = self.schema
        if subset == "itemTypes":
            return _json_response([{"itemType": t, "localized": s.label("type", t)}
                                   for t in s.type_order])
        if subset == "itemFields":
            names = sorted(s.all_fields, key=lambda f: s.label("field", f).casefold())
            return _json_response([{"field": f, "localized": s.label("field", f)} for f in names])
        if subset == "creatorFields":
            return _json_response([{"field": "firstName", "localized": "First"},
                                   {"field": "lastName", "localized": "Last"},
                                   {"field": "name", "localized": "Name"}])
        item_type = req.param("itemType")
        if not item_type:
            raise _HTTPError(400, "'itemType' not provided")
        if not s.is_type(item_type) or item_type == "annotation":
            raise _HTTPError(400, f"Invalid item type '{item_type}'")
        if subset == "itemTypeFields":
            return _json_response([{"field": f, "localized": s.label("field", f)}
                                   for f in s.fields(item_type)])
        # itemTypeCreatorTypes
        if item_type in ("note", "attachment"):
            return _json_response([])
        return _json_response([{"creatorType": c, "localized": s.label("creator", c)}
                               for c in s.types[item_type]["creator_types"]])

    def _new_item_template(self, req: _Request) -> _Response:
        item_type = req.param("itemType")
        if not item_type:
            raise _HTTPError(400, "'itemType' not provided")
        link_mode = annotation_type = None
        if item_type == "attachment":
            link_mode = req.param("linkMode")
            if not link_mode:
                raise _HTTPError(400, "linkMode required for itemType=attachment")
            if link_mode not in LINK_MODES:
                raise _HTTPError(400, f"Invalid linkMode '{link_mode}'")
        elif item_type == "annotation":
            annotation_type = req.param("annotationType")
            if not annotation_type:
                raise _HTTPError(400, "annotationType required for itemType=annotation")
            if annotation_type not in ("highlight", "note", "image", "ink"):
                raise _HTTPError(400, f"Invalid annotationType '{annotation_type}'")
        if not self.schema.is_type(item_type):
            raise _HTTPError(400, f"Invalid item type '{item_type}'")
        return _json_response(self.schema.template(item_type, link_mode, annotation_type))

    # ===================================================================================
    # Writes
    # ===================================================================================

    def _check_library_unmodified(self, req: _Request, lib: Library) -> bool:
        header = req.headers.get("If-Unmodified-Since-Version")
        if header is None:
            return False
        if not _is_int(header):
            raise _HTTPError(400, "Invalid If-Unmodified-Since-Version value")
        if lib.version > int(header):
            raise _HTTPError(412, "Library has been modified since specified version "
                                  f"(expected {int(header)}, found {lib.version})",
                             version=lib.version)
        return True

    def _parse_json_body(self, req: _Request) -> Any:
        try:
            return json.loads(req.body)
        except ValueError:
            raise _HTTPError(400, "Invalid JSON") from None

    @staticmethod
    def _editable(obj: Any) -> Any:
        """Zotero_API::extractEditableJSON: a full API object stands for its 'data'."""
        if isinstance(obj, dict) and isinstance(obj.get("data"), dict):
            return obj["data"]
        return obj

    def _new_key(self, table: Mapping[str, Any]) -> str:
        while True:
            key = "".join(self._rng.choice(KEY_ALPHABET) for _ in range(8))
            if key not in table:
                return key

    # -- POST <prefix>/items and /collections -------------------------------------------

    def _post_objects(self, req: _Request, lib: Library, otype: str) -> _Response:
        data = self._parse_json_body(req)
        if not isinstance(data, list):
            raise _HTTPError(400, "Uploaded data must be a JSON array")
        if len(data) > MAX_WRITE_OBJECTS:
            noun = "items" if otype == "item" else "collections"
            raise _HTTPError(413, f"Cannot add more than {MAX_WRITE_OBJECTS} {noun} at a time")
        header_given = self._check_library_unmodified(req, lib)
        result: dict[str, dict] = {"successful": {}, "success": {}, "unchanged": {}, "failed": {}}
        modified_here: set[str] = set()
        table = lib.items if otype == "item" else lib.collections
        writer = self._write_item if otype == "item" else self._write_collection
        noun = otype.capitalize()
        for i, obj in enumerate(data):
            idx = str(i)
            obj = self._editable(obj)
            in_key = obj.get("key") if isinstance(obj, dict) else None
            try:
                if not isinstance(obj, dict):
                    raise _ObjectError(400, f"Invalid value for index {i} in uploaded data; "
                                            f"expected JSON {otype} object")
                existing = self._check_object_key_version(obj, table, noun, otype,
                                                          header_given, modified_here)
                key, status = writer(lib, obj, partial=existing is not None, method="POST",
                                     bump_unchanged=True)
            except _ObjectError as e:
                failure: dict[str, Any] = {}
                if isinstance(in_key, str):
                    failure["key"] = in_key
                failure["code"] = e.code
                failure["message"] = e.message
                if e.data is not None:
                    failure["data"] = e.data
                result["failed"][idx] = failure
                continue
            if status == "unchanged":
                result["unchanged"][idx] = key
            else:
                modified_here.add(key)
                render = self._item_json if otype == "item" else self._collection_json
                result["successful"][idx] = render(lib, table[key])
                result["success"][idx] = key
        self._remember_write_token(req)
        resp = _json_response(result)
        resp.set("Last-Modified-Version", lib.version)
        return resp

    @staticmethod
    def _check_object_key_version(obj: dict, table: Mapping[str, dict], noun: str, otype: str,
                                  header_given: bool, modified_here: set[str]) -> dict | None:
        """Zotero_API::processJSONObjectKey + checkJSONObjectVersion for one POSTed object."""
        key = obj.get("key")
        if "key" in obj:
            if not isinstance(key, str):
                raise _ObjectError(400, "'key' must be a string")
            if not _KEY_RE.match(key):
                raise _ObjectError(400, f"'{key}' is not a valid {otype} key")
        existing = table.get(key) if key else None
        if "version" in obj:
            v = obj["version"]
            if not _is_int(v):
                raise _ObjectError(400, "'version' must be an integer")
            v = int(v)
            if key is None:
                raise _ObjectError(400, f"'version' is valid only if {otype} key is provided")
            if existing is not None and existing["version"] > v:
                if key not in modified_here:  # unless it was modified in this request
                    raise _ObjectError(412, f"{noun} has been modified since specified version "
                                            f"(expected {v}, found {existing['version']})")
            elif v > 0 and existing is None:
                raise _ObjectError(404, f"{noun} doesn't exist (expected version {v}; use 0 instead)")
        elif key is not None and not header_given:
            raise _ObjectError(428, "Either If-Unmodified-Since-Version or 'version' property "
                                    "must be provided for 'key'-based writes")
        return existing

    # -- PUT/PATCH <prefix>/(items|collections)/<key> -----------------------------------

    def _single_write(self, req: _Request, lib: Library, otype: str, key: str) -> _Response:
        table = lib.items if otype == "item" else lib.collections
        noun = otype.capitalize()
        body = self._editable(self._parse_json_body(req))
        if not isinstance(body, dict):
            raise _HTTPError(400, f"Invalid {otype} object")
        header = req.headers.get("If-Unmodified-Since-Version")
        if header is not None:
            if not _is_int(header):
                raise _HTTPError(400, f"Invalid If-Unmodified-Since-Version value '{header}'")
            header_v: int | None = int(header)
        else:
            header_v = None
        prop_v: int | None = None
        if "version" in body:
            if not _is_int(body["version"]):
                raise _HTTPError(400, f"Invalid JSON 'version' property value '{body['version']}'")
            prop_v = int(body["version"])
        if header_v is not None and prop_v is not None and header_v != prop_v:
            raise _HTTPError(400, "If-Unmodified-Since-Version value does not match JSON 'version' "
                                  f"property ({header_v} != {prop_v})")
        version = header_v if header_v is not None else prop_v
        existing = table.get(key)
        if existing is None:
            if version is None:
                raise _HTTPError(404, f"{noun} doesn't exist (to create, use version 0)")
            if version > 0:
                raise _HTTPError(412, f"{noun} not found (expected version {version})",
                                 version=lib.version)
        else:
            if version is None:
                raise _HTTPError(428, "Either If-Unmodified-Since-Version or object version "
                                      "property must be provided for key-based writes")
            if existing["version"] != version:
                raise _HTTPError(412, f"{noun} has been modified since specified version "
                                      f"(expected {version}, found {existing['version']})",
                                 version=existing["version"])
        if "key" in body and body["key"] != key:
            raise _HTTPError(409, f"'key' property in JSON does not match {otype} key of request")
        obj = dict(body, key=key)
        obj.pop("version", None)
        writer = self._write_item if otype == "item" else self._write_collection
        try:
            writer(lib, obj, partial=req.method == "PATCH" and existing is not None,
                   method=req.method)
        except _ObjectError as e:
            raise _HTTPError(e.code, e.message) from None
        self._remember_write_token(req)
        resp = _Response(204)
        resp.set("Last-Modified-Version", lib.version)
        return resp

    # -- DELETE ------------------------------------------------------------------------

    def _single_delete(self, req: _Request, lib: Library, otype: str, key: str) -> _Response:
        table = lib.items if otype == "item" else lib.collections
        noun = otype.capitalize()
        header = req.headers.get("If-Unmodified-Since-Version")
        if header is None:
            raise _HTTPError(428, "If-Unmodified-Since-Version must be provided for delete requests")
        if not _is_int(header):
            raise _HTTPError(400, f"Invalid If-Unmodified-Since-Version value '{header}'")
        existing = table.get(key)
        if existing is None:
            raise _HTTPError(404, f"{noun} not found")
        if existing["version"] != int(header):
            raise _HTTPError(412, f"{noun} has been modified since specified version "
                                  f"(expected {int(header)}, found {existing['version']})",
                             version=existing["version"])
        if otype == "item":
            self._delete_items(lib, [key])
        else:
            self._delete_collections(lib, [key])
        resp = _Response(204)
        resp.set("Last-Modified-Version", lib.version)
        return resp

    def _multi_delete(self, req: _Request, lib: Library, otype: str) -> _Response:
        param = "itemKey" if otype == "item" else "collectionKey"
        raw = req.param(param)
        if not raw:
            raise _HTTPError(400, f"'{param}' not provided")
        # EMULATOR: per the current dataserver code the library-version header is
        # checked only when present (the docs say it is required).
        self._check_library_unmodified(req, lib)
        keys = [k for k in raw.strip(",").split(",") if k]
        if len(keys) > MAX_WRITE_OBJECTS:
            noun = "items" if otype == "item" else "collections"
            raise _HTTPError(413, f"Cannot delete more than {MAX_WRITE_OBJECTS} {noun} at a time")
        keys = [k for k in keys if _KEY_RE.match(k)]
        if otype == "item":
            self._delete_items(lib, [k for k in keys if k in lib.items])
        else:
            self._delete_collections(lib, [k for k in keys if k in lib.collections])
        resp = _Response(204)
        resp.set("Last-Modified-Version", lib.version)
        return resp

    def _delete_items(self, lib: Library, keys: list[str]) -> None:
        doomed: list[str] = []
        for k in keys:
            if k in lib.items and k not in doomed:
                doomed.append(k)
                doomed.extend(c for c, d in lib.items.items()
                              if d.get("parentItem") == k and c not in doomed)
        if not doomed:
            return
        lib.version += 1
        for k in doomed:
            lib.items.pop(k, None)
            lib.deleted["items"][k] = lib.version

    def _delete_collections(self, lib: Library, keys: list[str]) -> None:
        doomed: list[str] = []
        stack = [k for k in keys if k in lib.collections]
        while stack:
            k = stack.pop()
            if k in doomed:
                continue
            doomed.append(k)
            stack.extend(c for c, d in lib.collections.items() if d.get("parentCollection") == k)
        if not doomed:
            return
        lib.version += 1
        for k in doomed:
            lib.collections.pop(k, None)
            lib.deleted["collections"][k] = lib.version
        # Items leave the deleted collections without a version bump (as on the real server).
        gone = set(doomed)
        for d in lib.items.values():
            if gone.intersection(d.get("collections", ())):
                d["collections"] = [c for c in d["collections"] if c not in gone]

    # -- item validation and storage --------------------------------------------------

    def _write_item(self, lib: Library, obj: dict, *, partial: bool, method: str,
                    bump_unchanged: bool = False) -> tuple[str, str]:
        """Validate ``obj`` and store it. Returns (key, "success" | "unchanged").

        ``partial`` means PATCH semantics on an existing item (absent properties
        are kept); otherwise absent properties take their empty defaults.
        """
        key = obj.get("key") or self._new_key(lib.items)
        old = lib.items.get(key)
        new = self._build_item(lib, key, obj, old, partial=partial and old is not None,
                               method=method)
        if old is not None:
            comparable_old = {k: v for k, v in old.items() if k != "version"}
            comparable_new = {k: v for k, v in new.items() if k != "version"}
            if comparable_old == comparable_new:
                if bump_unchanged:
                    # Current server: every object in a multi-object POST bumps the
                    # library version, unchanged ones included (spec §6.1).
                    lib.version += 1
                return key, "unchanged"
        lib.version += 1
        new["version"] = lib.version
        # Reorder so that 'version' sits after 'key'
        ordered = {"key": key, "version": lib.version}
        ordered.update((k, v) for k, v in new.items() if k not in ("key", "version"))
        lib.items[key] = ordered
        lib.deleted["items"].pop(key, None)
        return key, "success"

    def _build_item(self, lib: Library, key: str, obj: dict, old: dict | None, *,
                    partial: bool, method: str) -> dict:
        s = self.schema
        is_new = old is None
        if "itemType" in obj:
            itype = obj["itemType"]
            if not isinstance(itype, str):
                raise _ObjectError(400, "'itemType' must be a string")
            if not s.is_type(itype):
                raise _ObjectError(400, f"'{itype}' is not a valid itemType")
            if itype == "annotation":
                # EMULATOR: annotations (children of PDF attachments) are not modelled.
                raise _ObjectError(400, "Annotation items are not supported by the emulator")
        elif is_new or not partial:
            raise _ObjectError(400, "'itemType' property not provided")
        else:
            itype = old["itemType"]

        # Parent
        if "parentItem" in obj:
            parent = obj["parentItem"]
            if parent in (False, None, ""):
                parent = None
            elif not isinstance(parent, str) or not _KEY_RE.match(parent):
                raise _ObjectError(400, "'parentItem' must be a valid item key or false")
        elif partial:
            parent = old.get("parentItem") if old else None
        else:
            parent = None
        if parent is not None:
            if parent == key:
                raise _ObjectError(400, f"Item {lib.id}/{key} cannot be a child of itself")
            if itype not in ("note", "attachment"):
                raise _ObjectError(400, "Child item must be note, attachment, or annotation")
            if parent not in lib.items:
                raise _ObjectError(409, f"Parent item {parent} not found",
                                   {"parentItem": parent})
            if lib.items[parent]["itemType"] in ("note", "attachment"):
                raise _ObjectError(400, f"Parent item {parent} cannot be a note or attachment")
        is_child = parent is not None

        # Attachment link mode
        link_mode = old.get("linkMode") if old and old["itemType"] == "attachment" else None
        if itype == "attachment":
            if "linkMode" in obj:
                lm = obj["linkMode"]
                if not isinstance(lm, str) or lm.lower() not in LINK_MODES:
                    raise _ObjectError(400, f"'{lm}' is not a valid linkMode")
                lm = lm.lower()
                if not is_new and link_mode is not None and lm != link_mode:
                    raise _ObjectError(400, "Cannot change attachment linkMode")
                link_mode = lm
            elif link_mode is None:
                raise _ObjectError(400, "'linkMode' property not provided")
        elif "linkMode" in obj:
            raise _ObjectError(400, "'linkMode' is valid only for attachment items")

        # PUT on an existing item replaces it: these properties are required
        if method == "PUT" and not is_new:
            required = ["itemType", "tags", "relations"] + ([] if is_child else ["collections"])
            for prop in required:
                if prop not in obj:
                    raise _ObjectError(400, f"'{prop}' property not provided")

        if partial and old is not None:
            vals = copy.deepcopy(old)
            if itype != old["itemType"]:
                # Keep what maps onto the new type (via base fields), drop the rest.
                remapped = {}
                for f in s.fields(old["itemType"]):
                    if vals.get(f):
                        target = s.mapped_field(itype, s.base_of(old["itemType"], f))
                        if target:
                            remapped[target] = vals[f]
                for f in s.fields(old["itemType"]):
                    vals.pop(f, None)
                vals.update(remapped)
        else:
            vals = {}
            if old is not None:
                vals["dateAdded"] = old["dateAdded"]
        vals["itemType"] = itype

        date_added = date_modified = None
        for k, v in obj.items():
            if k in ("key", "version", "itemType", "parentItem", "linkMode"):
                continue
            if k == "creators":
                vals["creators"] = self._validate_creators(itype, v, is_new)
            elif k == "tags":
                vals["tags"] = self._validate_tags(v)
            elif k == "collections":
                if not isinstance(v, list):
                    raise _ObjectError(400, "'collections' property must be an array")
                if is_child and v:
                    raise _ObjectError(400, "Child items cannot be assigned to collections")
                out: list[str] = []
                for c in v:
                    if not isinstance(c, str) or not _KEY_RE.match(c):
                        raise _ObjectError(400, f"'{c}' is not a valid collection key")
                    if c not in lib.collections:
                        raise _ObjectError(409, f"Collection {c} not found", {"collection": c})
                    if c not in out:
                        out.append(c)
                vals["collections"] = out
            elif k == "relations":
                vals["relations"] = self._validate_relations(v)
            elif k == "note":
                if itype not in ("note", "attachment"):
                    raise _ObjectError(400, "'note' property is valid only for note and attachment items")
                if not isinstance(v, str):
                    raise _ObjectError(400, "'note' must be a string")
                if len(v) > MAX_NOTE_CHARS:
                    raise _ObjectError(413, f"Note '{_note_title(v)[:50]}...' too long",
                                       {"note": v[:100]})
                vals["note"] = v
            elif k in _ATTACHMENT_PROPS:
                if itype != "attachment":
                    raise _ObjectError(400, f"'{k}' is valid only for attachment items")
                if k in ("filename", "md5", "mtime") and not (
                        (link_mode or "").startswith("imported_") or link_mode == "embedded_image"):
                    raise _ObjectError(400, f"'{k}' is valid only for imported and embedded-image "
                                            "attachments")
                if k == "path" and link_mode != "linked_file":
                    raise _ObjectError(400, f"'{k}' is valid only for linked file attachment items")
                if k == "md5" and v and not (isinstance(v, str) and re.fullmatch(r"[a-f0-9]{32}", v)):
                    raise _ObjectError(400, f"'{v}' is not a valid MD5 hash")
                vals[k] = v
            elif k == "deleted":
                if not isinstance(v, bool) and v not in (0, 1):
                    raise _ObjectError(400, "'deleted' must be a boolean")
                vals["deleted"] = bool(v)
            elif k == "inPublications":
                if v and lib.kind != "user":
                    raise _ObjectError(400, "Group items cannot be added to My Publications")
                vals["inPublications"] = bool(v)
            elif k in ("dateAdded", "dateModified"):
                norm = _normalize_datetime(v)
                if norm is None:
                    raise _ObjectError(400, f"'{k}' must be in ISO 8601 or UTC "
                                            f"'YYYY-MM-DD hh:mm:ss' format ({v})")
                if k == "dateAdded":
                    date_added = norm
                else:
                    date_modified = norm
            elif k in _ANNOTATION_PROPS:
                raise _ObjectError(400, f"'{k}' is valid only for annotation items")
            else:
                if k not in s.all_fields:
                    raise _ObjectError(400, f"Invalid property '{k}'")
                if isinstance(v, (list, dict)):
                    raise _ObjectError(400, f"Unexpected array for property '{k}'")
                if not s.valid_field(itype, k):
                    # EMULATOR: base-field names (e.g. 'publisher' on a preprint) are
                    # rejected; send the type-specific name ('repository').
                    raise _ObjectError(400, f"'{k}' is not a valid field for type '{itype}'")
                value = "" if v is None else (str(v) if not isinstance(v, str) else v)
                if k == "accessDate" and value not in ("", "CURRENT_TIMESTAMP"):
                    if _SQL_DATE_RE.match(value):
                        pass
                    else:
                        norm = _normalize_datetime(value)
                        if norm is None:
                            raise _ObjectError(400, "'accessDate' must be in ISO 8601 or UTC "
                                                    "'YYYY-MM-DD[ hh:mm:ss]' format or "
                                                    f"'CURRENT_TIMESTAMP' ({value})")
                        value = norm
                elif k == "accessDate" and value == "CURRENT_TIMESTAMP":
                    value = self.now()
                if len(value.encode("utf-8")) > MAX_FIELD_BYTES:
                    raise _ObjectError(413, f"Value for field '{k}' is too long",
                                       {"field": k, "value": value[:100]})
                vals[k] = value

        if not partial:
            vals["deleted"] = bool(obj.get("deleted", False))
        if "deleted" in vals and not vals["deleted"]:
            vals.pop("deleted")
        if not vals.get("inPublications"):
            vals.pop("inPublications", None)

        # dateAdded cannot change; dateModified follows the server rules
        now = self.now()
        if old is not None:
            if date_added is not None and date_added != old["dateAdded"]:
                raise _ObjectError(400, "'dateAdded' cannot be modified for existing items")
            vals["dateAdded"] = old["dateAdded"]
        else:
            vals["dateAdded"] = date_added or now
        vals["dateModified"] = date_modified or (old["dateModified"] if old else now)
        if is_child:
            vals["parentItem"] = parent
            vals["collections"] = []
        else:
            vals.pop("parentItem", None)
        if itype == "attachment":
            vals["linkMode"] = link_mode

        new = self._canonical_item(key, vals)
        if old is not None and date_modified in (None, old["dateModified"]):
            changed = {k for k in set(new) | set(old)
                       if k not in ("version", "dateModified") and new.get(k) != old.get(k)}
            if changed and not changed <= {"collections", "deleted", "inPublications", "relations"}:
                new["dateModified"] = now
        return new

    def _canonical_item(self, key: str, vals: dict) -> dict:
        """Lay the item data out like the API does (template order)."""
        s = self.schema
        itype = vals["itemType"]
        out: dict[str, Any] = {"key": key, "version": vals.get("version", 0)}
        if vals.get("parentItem"):
            out["parentItem"] = vals["parentItem"]
        out["itemType"] = itype
        link_mode = vals.get("linkMode")
        if itype == "attachment":
            out["linkMode"] = link_mode
        first = True
        for f in s.fields(itype):
            if itype == "attachment" and f == "url" and not (link_mode or "").endswith("_url") \
                    and not vals.get("url"):
                continue
            out[f] = vals.get(f, "")
            if first and itype not in ("note", "attachment"):
                out["creators"] = vals.get("creators", [])
                first = False
        if first and itype not in ("note", "attachment"):
            out["creators"] = vals.get("creators", [])
        if itype in ("note", "attachment"):
            out["note"] = vals.get("note", "")
        if itype == "attachment":
            out["contentType"] = vals.get("contentType", "")
            out["charset"] = vals.get("charset", "")
            if (link_mode or "").startswith("imported_") or link_mode == "embedded_image":
                out["filename"] = vals.get("filename", "")
                out["md5"] = vals.get("md5")
                out["mtime"] = vals.get("mtime")
            if link_mode == "linked_file":
                out["path"] = vals.get("path", "")
        out["tags"] = vals.get("tags", [])
        if not vals.get("parentItem"):
            out["collections"] = vals.get("collections", [])
        out["relations"] = vals.get("relations", {})
        if vals.get("deleted"):
            out["deleted"] = True
        if vals.get("inPublications"):
            out["inPublications"] = True
        out["dateAdded"] = vals["dateAdded"]
        out["dateModified"] = vals["dateModified"]
        return out

    def _validate_creators(self, itype: str, value: Any, is_new: bool) -> list[dict]:
        if not isinstance(value, list):
            raise _ObjectError(400, "'creators' property must be an array")
        out: list[dict] = []
        for c in value:
            if not isinstance(c, dict):
                raise _ObjectError(400, "Creator must be an object")
            if "creatorType" not in c:
                raise _ObjectError(400, "creator object must contain 'creatorType'")
            nameless = all(not (isinstance(c.get(f), str) and c.get(f).strip())
                           for f in ("name", "firstName", "lastName"))
            if nameless:
                # The template's single empty creator is ignored on creation.
                if len(value) == 1 and is_new:
                    continue
                raise _ObjectError(400, "creator object must contain 'firstName'/'lastName' or 'name'")
            for k, v in c.items():
                if k == "creatorType":
                    if v not in self.schema.creator_type_set:
                        raise _ObjectError(400, f"'{v}' is not a valid creator type")
                    if v not in self.schema.types[itype]["creator_types"] and v != "author":
                        raise _ObjectError(400, f"'{v}' is not a valid creator type for item type "
                                                f"'{itype}'")
                elif k in ("firstName", "lastName"):
                    other = "lastName" if k == "firstName" else "firstName"
                    if other not in c:
                        raise _ObjectError(400, f"'{other}' creator field must be set if '{k}' is set")
                    if "name" in c:
                        raise _ObjectError(400, f"'{k}' and 'name' creator fields are mutually exclusive")
                elif k == "name":
                    if "firstName" in c or "lastName" in c:
                        raise _ObjectError(400, "'firstName' and 'name' creator fields are "
                                                "mutually exclusive")
                else:
                    raise _ObjectError(400, f"Invalid creator property '{k}'")
            if itype in ("note", "attachment"):
                raise _ObjectError(400, f"'creators' property is not valid for {itype} items")
            if "name" in c:
                entry = {"creatorType": c["creatorType"], "name": str(c["name"]).strip()}
            else:
                entry = {"creatorType": c["creatorType"],
                         "firstName": str(c.get("firstName") or "").strip(),
                         "lastName": str(c.get("lastName") or "").strip()}
            for k2 in ("name", "firstName", "lastName"):
                if len(entry.get(k2, "")) > MAX_CREATOR_CHARS:
                    raise _ObjectError(413, f"Creator value '{entry[k2][:50]}...' too long",
                                       {"creator": entry})
            out.append(entry)
        return out

    @staticmethod
    def _validate_tags(value: Any) -> list[dict]:
        if not isinstance(value, list):
            raise _ObjectError(400, "'tags' property must be an array")
        out: list[dict] = []
        seen: set[tuple[str, int]] = set()
        for t in value:
            if not isinstance(t, dict):
                raise _ObjectError(400, "Tag must be an object")
            if not t:
                raise _ObjectError(400, "Tag object is empty")
            for k, v in t.items():
                if k == "tag":
                    if not isinstance(v, (str, int, float)) or isinstance(v, bool):
                        raise _ObjectError(400, "Invalid tag name")
                elif k == "type":
                    if not _is_int(v):
                        raise _ObjectError(400, f"Invalid tag type '{v}'")
                else:
                    raise _ObjectError(400, f"Invalid tag property '{k}'")
            name = str(t.get("tag", "")).strip()
            if not name:
                continue
            if len(name) > MAX_TAG_CHARS:
                raise _ObjectError(413, f"Tag '{name[:50]}...' too long", {"tag": name})
            ttype = int(t.get("type", 0))
            if (name, ttype) in seen:
                continue
            seen.add((name, ttype))
            entry: dict[str, Any] = {"tag": name}
            if ttype:
                entry["type"] = ttype
            out.append(entry)
        return out

    @staticmethod
    def _validate_relations(value: Any) -> dict:
        if isinstance(value, list) and not value:
            return {}
        if not isinstance(value, dict):
            raise _ObjectError(400, "'relations' property must be an object")
        out: dict[str, Any] = {}
        for pred, objs in value.items():
            # EMULATOR: any predicate is accepted; the real server allows only a few
            # (dc:relation, dc:replaces, owl:sameAs, ...).
            if isinstance(objs, str):
                out[pred] = objs
            elif isinstance(objs, list) and all(isinstance(o, str) for o in objs):
                out[pred] = objs[0] if len(objs) == 1 else list(objs)
            else:
                raise _ObjectError(400, f"Invalid relation value for '{pred}'")
        return out

    # -- collection validation and storage ------------------------------------------

    def _write_collection(self, lib: Library, obj: dict, *, partial: bool, method: str,
                          bump_unchanged: bool = False) -> tuple[str, str]:
        key = obj.get("key") or self._new_key(lib.collections)
        old = lib.collections.get(key)
        partial = partial and old is not None
        if partial:
            vals = copy.deepcopy(old)
        else:
            if "name" not in obj:
                raise _ObjectError(400, "'name' property not provided")
            vals = {"name": "", "parentCollection": False, "relations": {}}
        for k, v in obj.items():
            if k in ("key", "version"):
                continue
            if k == "name":
                if not isinstance(v, str):
                    raise _ObjectError(400, "'name' must be a string")
                if not v.strip():
                    raise _ObjectError(400, "Collection name cannot be empty")
                if len(v) > MAX_COLLECTION_NAME_CHARS:
                    raise _ObjectError(413, f"Collection '{v[:50]}...' too long", {"value": v})
                vals["name"] = v
            elif k == "parentCollection":
                if v in (False, None, ""):
                    vals["parentCollection"] = False
                    continue
                if not isinstance(v, str) or not _KEY_RE.match(v):
                    raise _ObjectError(400, f"'{v}' is not a valid collection key")
                if v == key:
                    raise _ObjectError(400, f"Collection {key} cannot be a child of itself")
                if v not in lib.collections:
                    raise _ObjectError(409, f"Parent collection {v} not found", {"collection": v})
                ancestor = lib.collections[v].get("parentCollection")
                while ancestor:
                    if ancestor == key:
                        raise _ObjectError(400, f"Cannot move collection {key} into its own "
                                                "descendant")
                    ancestor = lib.collections[ancestor].get("parentCollection")
                vals["parentCollection"] = v
            elif k == "relations":
                vals["relations"] = self._validate_relations(v)
            elif k == "deleted":
                # EMULATOR: collection trash is not modelled.
                raise _ObjectError(400, "Collection trash is not supported by the emulator")
            else:
                raise _ObjectError(400, f"Invalid property '{k}'")
        new = {"key": key, "version": 0, "name": vals["name"],
               "parentCollection": vals["parentCollection"], "relations": vals["relations"]}
        if old is not None and {k: v for k, v in new.items() if k != "version"} == \
                {k: v for k, v in old.items() if k != "version"}:
            if bump_unchanged:
                lib.version += 1
            return key, "unchanged"
        lib.version += 1
        new["version"] = lib.version
        lib.collections[key] = new
        lib.deleted["collections"].pop(key, None)
        return key, "success"

