"""Writing to a Zotero library: new items and filings, in batches, reconciled after lost answers.

Writes are cut into batches of at most 50 (pyzotero does not chunk), and a 429 on a
create, which pyzotero neither retries nor reports cleanly, is waited out here.

Writes never duplicate: every new item carries a key made here and ``version: 0``
("must not exist yet"), so repeating a request whose answer was lost cannot create a
second item; the server refuses the repeat with a per-item 412, which is checked and
counted as added. Every write is conditional on the library version read
(``If-Unmodified-Since-Version``): a library changed by someone else meanwhile raises
:class:`~refsync.errors.LibraryChanged`, and the caller re-reads and re-plans.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import httpx2
from pyzotero import errors as ze
from pyzotero import zotero

from ..errors import LibraryChanged, TargetError
from ..http import Transient
from ..model import Applied, Failure, Plan, Record, Status
from .connection import Changed, Connection, Uncertain, failures_worth_retrying, library_version, retry_after
from .items import ZoteroItem, build_item, fit_to_template
from .reader import Collection
from .settings import ItemOptions

if TYPE_CHECKING:
    from .update import ItemPatch

__all__ = ["KEY_ALPHABET", "MAX_BATCH", "Writer", "new_key", "to_file"]

log = logging.getLogger(__name__)

MAX_BATCH = 50
"""The Web API takes at most 50 objects per write request."""
KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


def new_key() -> str:
    """An object key in the Web API's alphabet, made here so that a retried create is recognised."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


@dataclass(frozen=True)
class _Write:
    """One paper's objects, written in one request: a new item and its children, or a filing."""

    arxiv_id: str
    action: Literal["create", "file"]
    objects: tuple[dict[str, Any], ...]

    @property
    def key(self) -> str:
        return str(self.objects[0]["key"])


class Writer:
    """Creates items and collections and files items, each request conditional on the library version."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.settings = connection.settings
        self._templates: dict[tuple[str, str | None], dict[str, Any]] = {}

    def ensure_collection(self, collection: Collection | None, applied: Applied) -> Collection:
        """``collection``, or the configured one created (once, even if the answer is lost)."""
        if collection is not None:
            return collection
        zot = self._connection.client()
        name = str(self.settings.collection)
        new: dict[str, Any] = {"key": new_key(), "version": 0, "name": name, "parentCollection": False}
        result = self._post(zot, "collections", [new], applied)
        if "0" not in result.get("success", {}) and not zot.collections(collectionKey=new["key"]):
            failure = result.get("failed", {}).get("0", {})
            reason = failure.get("message", "no reason given")
            raise TargetError(f"Zotero did not create collection {name!r}: {reason}")
        return Collection(new["key"], name)

    def write(self, plan: Plan, collection: str, applied: Applied, filed: frozenset[str] = frozenset(),
              items: ItemOptions | None = None) -> None:
        """Create the plan's new papers as ``items`` says (else the settings) and file present ones in
        ``collection`` (but the items ``filed`` by their update), 50 objects a request."""
        zot = self._connection.client()
        for batch in _batches(self._writes(plan, collection, filed, items or self.settings.items)):
            self._write(zot, batch, applied)

    def _writes(self, plan: Plan, collection: str, filed: frozenset[str], items: ItemOptions) -> list[_Write]:
        accessed = dt.datetime.now(dt.timezone.utc)
        writes = [self._creation(paper.arxiv_id, build_item(paper, items, collection=collection, accessed=accessed))
                  for paper in plan.new]
        for arxiv_id, record in to_file(plan, collection, filed):
            update = {"key": record.key, "version": record.version or 0,
                      "collections": sorted(record.collections | {collection})}
            writes.append(_Write(arxiv_id, "file", (update,)))
        return writes

    def _creation(self, arxiv_id: str, built: ZoteroItem) -> _Write:
        parent = {"key": new_key(), "version": 0, **self.fit(built.item)}
        children = [{"key": new_key(), "version": 0, "parentItem": parent["key"], **self.fit(child)}
                    for child in built.children]
        return _Write(arxiv_id, "create", (parent, *children))

    def template(self, item_type: str, link_mode: str | None = None) -> dict[str, Any]:
        """The server's template for new items of ``item_type``: the fields its schema has for that type."""
        wanted = (item_type, link_mode)
        if wanted not in self._templates:
            with self._connection.errors("read"):
                self._templates[wanted] = self._connection.client().item_template(*wanted)
        return self._templates[wanted]

    def fit(self, item: dict[str, Any]) -> dict[str, Any]:
        """The item trimmed to the server's template for its type (its schema, not ours)."""
        fitted, dropped = fit_to_template(item, self.template(item["itemType"], item.get("linkMode")))
        if dropped:
            log.debug("the server's %s template has no %s; left out", item["itemType"], ", ".join(dropped))
        return fitted

    def update(self, patch: ItemPatch, applied: Applied) -> None:
        """PATCH one item, conditional on the item version read; a 412 means re-read and re-plan.

        After an answer that never came, the item is looked at first: if it already holds
        the patch, that earlier try went through.
        """
        zot = self._connection.client()
        uncertain = False

        def send() -> str | None:
            nonlocal uncertain
            if uncertain and self._patched(zot, patch):
                return None
            try:
                return self._patch_once(zot, patch)
            except Uncertain:
                uncertain = True
                raise

        refusal = self._connection.retried(send, applied)
        if refusal is None:
            applied.updated.append(patch.key)
        else:
            applied.failed.append(Failure(patch.arxiv_id, f"Zotero refused the update of item {patch.key} ({refusal})"))

    def _patch_once(self, zot: zotero.Zotero, patch: ItemPatch) -> str | None:
        """One PATCH; None when it was applied, else the server's reason for refusing it."""
        before = self._connection.version
        log.debug("updating item %s (version %s): %s", patch.key, patch.version, ", ".join(patch.fields))
        try:
            zot.update_item({"key": patch.key, "version": patch.version, **patch.fields})
        except httpx2.TransportError as error:
            raise Uncertain(f"connection failed: {type(error).__name__}") from None
        except ze.TooManyRetriesError:  # 429s that outlasted pyzotero's own waits
            raise Transient("HTTP 429 from Zotero") from None
        except ze.PyZoteroError as error:
            response = _response_of(error)
            if response is None:
                raise
            if response.status_code == 412:
                raise Changed() from None
            if response.status_code >= 500:
                raise Uncertain(f"HTTP {response.status_code} from Zotero", retry_after(response)) from None
            text = response.text.strip()
            return _why((response.status_code, text.splitlines()[0][:200] if text else "no reason given"))
        version = library_version(zot)
        if before is not None and version == before + 1:  # nobody else wrote meanwhile
            self._connection.advance(version)
        return None

    def _patched(self, zot: zotero.Zotero, patch: ItemPatch) -> bool:
        """Does the item hold ``patch`` already? Changed by someone else meanwhile: :class:`Changed`."""
        try:
            stored = zot.item(patch.key)["data"]
        except (httpx2.TransportError, ze.HTTPError) as error:
            raise Transient(f"still failing: {type(error).__name__}") from None
        if all(_holds(stored, name, value) for name, value in patch.fields.items()):
            return True
        if stored.get("version") != patch.version:
            raise Changed()
        return False

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
            except Uncertain:
                uncertain = True
                raise

        return self._connection.retried(post, applied, lambda: objects if uncertain and endpoint == "items" else [])

    def _post_once(self, zot: zotero.Zotero, endpoint: str, objects: list[dict[str, Any]]) -> dict[str, Any]:
        send = zot.create_items if endpoint == "items" else zot.create_collections
        connection = self._connection
        log.debug("writing %d objects to %s/%s (library version %s)", len(objects), connection.path, endpoint,
                  connection.version)
        try:
            with failures_worth_retrying(zot, Uncertain):
                result = send([dict(o) for o in objects], last_modified=connection.version)
        except ze.PreConditionFailedError:
            raise Changed() from None
        except ze.TooManyRetriesError:  # a 429 without Retry-After or Backoff
            raise Transient("HTTP 429 from Zotero") from None
        except ValueError:  # pyzotero parsed a 429's text body as JSON (json.JSONDecodeError)
            response = zot.request
            if response is None or response.status_code != 429:
                raise
            raise Transient("HTTP 429 from Zotero", retry_after(response)) from None
        connection.advance(library_version(zot))
        return result if isinstance(result, dict) else {}

    def _reconcile(self, zot: zotero.Zotero, ours: set[str], applied: Applied) -> None:
        """After an answer that never came: only our own objects may have changed since we read."""
        try:
            changed = zot.item_versions(since=self._connection.version, includeTrashed=1)
        except (httpx2.TransportError, ze.HTTPError) as error:
            raise Transient(f"still failing: {type(error).__name__}") from None
        version = library_version(zot)
        others = sorted(set(changed) - ours)
        if others:
            raise LibraryChanged(f"Zotero library {self._connection.path} changed while refsync was writing "
                                 f"(item {others[0]})", applied)
        self._connection.advance(version)

    def _already_written(self, zot: zotero.Zotero, objects: list[dict[str, Any]]) -> set[str]:
        """Keys of objects a 412 refused because an earlier, unanswered attempt wrote them."""
        stored = {item["key"]: item["data"] for item in
                  zot.items(itemKey=",".join(o["key"] for o in objects), includeTrashed=1, limit=MAX_BATCH)}
        return {o["key"] for o in objects if o["key"] in stored and _same_object(o, stored[o["key"]])}


def _holds(stored: Mapping[str, Any], name: str, value: Any) -> bool:
    """Does the stored item have ``value`` in ``name`` (collections in any order)?"""
    if name == "collections":
        return set(value) <= set(stored.get(name) or ())
    return bool(stored.get(name, "") == value)


def _response_of(error: ze.PyZoteroError) -> httpx2.Response | None:
    """The response a pyzotero write error was raised for (pyzotero keeps it only as the cause)."""
    cause = error.__cause__
    return cause.response if isinstance(cause, httpx2.HTTPStatusError) else None


def to_file(plan: Plan, collection: str | None, filed: frozenset[str] = frozenset()) -> list[tuple[str, Record]]:
    """Present papers whose item is not in ``collection`` yet (each item once, none of ``filed``), by arXiv id."""
    found: dict[str, tuple[str, Record]] = {}
    for decision in plan.with_status(Status.PRESENT):
        record = decision.record
        if (record is not None and collection not in record.collections and record.key not in found
                and record.key not in filed):
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
