"""One Zotero library over the Web API: the pyzotero client, the key's rights, the library
version, and pyzotero's and httpx2's failures as one-line refsync errors.

pyzotero 1.16 is used unmodified; each Zotero object gets its own ``httpx2.Client``
(pyzotero closes it on garbage collection). The library version every write is
conditional on (``If-Unmodified-Since-Version``) lives here and only
:meth:`Connection.advance` changes it: the reader after a consistent read, the writer
after each write the server answered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx2
from pyzotero import errors as ze
from pyzotero import zotero

from ..errors import LibraryChanged, NetworkError, PartialWriteError, TargetError
from ..http import Transient, classify, make_client, parse_delay, retried
from ..model import Applied
from .settings import ZoteroSettings

__all__ = [
    "KEYS_URL",
    "Changed",
    "Connection",
    "KeyInfo",
    "Library",
    "Uncertain",
    "failures_worth_retrying",
    "fetch_key_info",
    "library_version",
    "reachable_libraries",
    "retry_after",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

KEYS_URL = "https://www.zotero.org/settings/keys"


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


class Connection:
    """The library a run talks to, reached lazily: its client, the key's rights and its version."""

    def __init__(self, settings: ZoteroSettings, api_key: str) -> None:
        self.settings = settings
        self._api_key = api_key
        self._zot: zotero.Zotero | None = None
        self._library: Library | None = None
        self._key_info: KeyInfo | None = None
        self._version: int | None = None

    @property
    def version(self) -> int | None:
        """The library version refsync last saw whole; None before the first read."""
        return self._version

    def advance(self, version: int) -> None:
        """The library is now known to be at ``version`` (the only place the version changes)."""
        self._version = version

    def client(self) -> zotero.Zotero:
        if self._zot is None:
            library = self.resolve_library()
            self._library, self._zot = library, _pyzotero(library, self._api_key, self.settings)
        return self._zot

    def resolve_library(self) -> Library:
        """The library the settings name (or the key's own), without asking Zotero unless needed."""
        if self._library is not None:
            return self._library
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
    def path(self) -> str:
        assert self._library is not None
        return self._library.path

    def require_write(self) -> None:
        assert self._library is not None
        if not self._key().can_write(self._library):
            raise TargetError(f"the Zotero API key can read {self.path} but not write to it; nothing written "
                              f"(give the key write access at {KEYS_URL})")

    def retried(self, work: Callable[[], T], applied: Applied,
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
        doubt = f", and {unknown} more may have been (Zotero did not answer when asked)" if unknown else ""
        return PartialWriteError(f"{problem}; {added} added and {len(applied.updated)} filed in {self.path}"
                                 f"{doubt}; run sync again to finish (it will not duplicate them)")

    def _landed(self, in_flight: list[dict[str, Any]]) -> tuple[int, int]:
        """Of the new items in an unanswered batch: how many exist now, and how many could not be checked."""
        created = _created(in_flight)
        if not created:
            return 0, 0
        try:
            found = self.client().items(itemKey=",".join(created), includeTrashed=1, limit=len(created))
        except (httpx2.TransportError, ze.PyZoteroError, ValueError):
            return 0, len(created)
        return len({item["key"] for item in found} & set(created)), 0

    @contextmanager
    def errors(self, doing: str, applied: Applied | None = None) -> Iterator[None]:
        """pyzotero's and httpx2's exceptions as one-line refsync errors.

        Their messages are not passed on: they carry URLs and response bodies.
        """
        try:
            yield
        except Changed:
            message = f"Zotero library {self.path} changed since refsync read it"
            raise LibraryChanged(message, applied or Applied()) from None
        except httpx2.TransportError as error:
            raise TargetError(_unreachable(self.settings, error) + _suffix(applied)) from None
        except ze.PyZoteroError as error:
            raise TargetError(self._explain(error, doing) + _suffix(applied)) from None

    def _explain(self, error: ze.PyZoteroError, doing: str) -> str:
        response = self._zot.request if self._zot is not None else None
        status = response.status_code if response is not None else 0
        text = _first_line(response.text) if response is not None else ""
        if isinstance(error, ze.TooManyRetriesError) or status == 429:
            return "Zotero is rate limiting refsync (HTTP 429) and asked it to wait; try again later"
        if status == 403 and text.lower() == "invalid key":
            return _rejected(status, text)
        if status == 403 and doing == "write":
            return f"the Zotero API key may not write to {self.path} (HTTP 403 {text})"
        if status == 403:
            return f"the Zotero API key may not read {self.path} (HTTP 403 {text})"
        if status == 404:
            return f"Zotero has no library {self.path} (HTTP 404 {text})"
        return f"Zotero answered HTTP {status or '?'} ({type(error).__name__}){': ' + text if text else ''}"


def _created(objects: list[dict[str, Any]]) -> list[str]:
    """The keys of the new top-level items among ``objects`` (not updates, not attachments)."""
    return [o["key"] for o in objects if not o.get("version") and not o.get("parentItem")]


def progress(applied: Applied) -> str:
    """What had been written when a run stopped, and what to do about the rest."""
    done = len(applied.added) + len(applied.updated)
    if not done:
        return "nothing written"
    return f"{len(applied.added)} added and {len(applied.updated)} filed before that; run sync again to finish"


def _suffix(applied: Applied | None) -> str:
    return f"; {progress(applied)}" if applied is not None else ""


class Uncertain(Transient):
    """A write that may or may not have been committed (no answer, or a 5xx): look before trying again."""


class Changed(Exception):
    """HTTP 412 on If-Unmodified-Since-Version: the library moved on since it was read."""


@contextmanager
def failures_worth_retrying(zot: zotero.Zotero, kind: type[Transient]) -> Iterator[None]:
    """A dropped connection or a 5xx from Zotero raised as ``kind``: a later try may succeed."""
    try:
        yield
    except httpx2.TransportError as error:
        raise kind(f"connection failed: {type(error).__name__}") from None
    except ze.HTTPError:
        response = zot.request
        if response is None or response.status_code < 500:
            raise
        raise kind(f"HTTP {response.status_code} from Zotero", retry_after(response)) from None


def library_version(zot: zotero.Zotero) -> int:
    """The library version the last response carried."""
    response = zot.request
    assert response is not None
    return int(response.headers.get("Last-Modified-Version", 0))


def retry_after(response: httpx2.Response | None) -> float | None:
    if response is None:
        return None
    return parse_delay(response.headers.get("Retry-After") or response.headers.get("Backoff"))
