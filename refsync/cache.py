"""refsync's caches: JSON documents in the user cache dir that make repeat runs fast.

A cache is only ever a shortcut to something refsync can rebuild (the records of a
.bib file, a day's arXiv answers, a copy of a Zotero library), so it is never
trusted blindly: a document that is missing, unreadable, truncated, written by an
older or newer refsync, or written for another file or URL is ignored and rebuilt,
never an error. Documents are JSON, not pickle (loading one runs no code), written
atomically, readable by the user only (they may hold library contents).

Where: ``refsync.paths.cache_dir()`` (``~/.cache/refsync`` on Linux), one folder per
kind. Deleting that directory, or running with ``--refresh``, starts afresh.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from . import __version__, gcpause, ids, model, paths, textnorm
from .match import folded_title
from .model import Found, Name, Paper, Record

SCHEMA_VERSION = 1
"""Bumped whenever the layout of any cache document changes."""

log = logging.getLogger(__name__)
T = TypeVar("T")


class Untrusted(ValueError):
    """A cache document that does not have the shape refsync writes."""


class JsonStore:
    """One JSON document per key in a folder of the user cache dir.

    ``refresh`` makes every lookup miss (the caller rebuilds and stores afresh).
    ``producer`` names the code a document's contents depend on: a document written
    by other code (another refsync version) is ignored.
    """

    def __init__(self, kind: str, *, refresh: bool = False, producer: str = "") -> None:
        self.kind = kind
        self.refresh = refresh
        self.producer = f"refsync {__version__}" + (f"; {producer}" if producer else "")

    @property
    def folder(self) -> Path:
        return paths.cache_dir() / self.kind

    def path_for(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        return self.folder / f"{digest}.json"

    def get(self, key: str, read: Callable[[Any], T]) -> T | None:
        """The payload stored for ``key``, turned into a value by ``read``; None if not to be trusted.

        ``read`` checks the payload's shape and raises :class:`Untrusted` (or any
        ``ValueError``, ``TypeError``, ``KeyError``) when it is not what was written.
        """
        if self.refresh:
            return None
        path = self.path_for(key)
        try:
            with gcpause.paused():
                return self._read(path, key, read)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as error:
            log.debug("ignoring the %s cache %s: %s", self.kind, path, error)
            return None

    def _read(self, path: Path, key: str, read: Callable[[Any], T]) -> T:
        document = json.loads(path.read_bytes())
        if not (
            isinstance(document, dict)
            and document.get("refsync_cache") == self.kind
            and document.get("schema") == SCHEMA_VERSION
            and document.get("producer") == self.producer
            and document.get("key") == key
        ):
            raise Untrusted("written by other code or for another key")
        return read(document["payload"])

    def put(self, key: str, payload: Any) -> None:
        """Store ``payload`` (JSON-able) for ``key``; a cache that cannot be written is only logged."""
        document = {"refsync_cache": self.kind, "schema": SCHEMA_VERSION, "producer": self.producer,
                    "key": key, "payload": payload}
        data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        path = self.path_for(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _write_private(path, data)
        except OSError as error:
            log.warning("could not write the %s cache %s: %s", self.kind, path, error.strerror or error)


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically, mode 0600: readers see the old document or the new one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cache
def source_fingerprint(*modules: ModuleType) -> str:
    """A short hash of the source of ``modules``: cached results depend on the code that made them.

    Modules are passed, not named, so a moved or renamed module is still hashed; one whose
    source cannot be read is an error, never silently left out of the fingerprint.
    """
    digest = hashlib.sha256()
    for module in modules:
        digest.update(module_source(module))
    return digest.hexdigest()[:16]


def module_source(module: ModuleType) -> bytes:
    """The bytes of ``module``'s source file; RuntimeError if it has none that can be read."""
    where = getattr(module, "__file__", None)
    if not where:
        raise RuntimeError(f"cannot fingerprint {module.__name__}: it has no source file")
    try:
        return Path(where).read_bytes()
    except OSError as error:
        raise RuntimeError(f"cannot fingerprint {module.__name__}: {error}") from None


def records_producer(*modules: ModuleType) -> str:
    """What cached records depend on: the ``modules`` that read them, and what folds their titles.

    Records keep their folded title (:func:`record_to_json`), so a new LaTeX parser (or textnorm)
    makes every cache of records stale, whichever target read them.
    """
    return f"{source_fingerprint(*modules, ids, model, textnorm)}; {textnorm.LATEX_PARSER}"


# -- records as JSON --------------------------------------------------------------------------------


def record_to_json(record: Record) -> list[Any]:
    """A record as compact JSON: names and ids as flat lists of strings.

    The folded title is stored too: folding LaTeX is the slowest part of building an index.
    """
    return [
        record.key,
        record.title,
        [part for a in record.authors for part in (a.family, a.given, a.suffix)],
        record.year,
        [part for f in record.arxiv_ids for part in (f.value, f.field, f.raw)],
        [part for f in record.dois for part in (f.value, f.field, f.raw)],
        record.kind,
        sorted(record.collections),
        record.trashed,
        record.citation_key,
        record.version,
        record.line,
        folded_title(record),
    ]


def record_from_json(data: Any) -> Record:
    """The record :func:`record_to_json` wrote; :class:`Untrusted` for anything else."""
    if type(data) is not list or len(data) != 13:
        raise Untrusted("not a record")
    key, title, authors, year, arxiv_ids, dois, kind, collections, trashed, citation_key, version, line, folded = data
    return Record(
        key=_typed(key, str),
        title=_typed(title, str),
        authors=tuple(Name(*parts) for parts in _triples(authors)),
        year=_optional(year, int),
        arxiv_ids=tuple(Found(*parts) for parts in _triples(arxiv_ids)),
        dois=tuple(Found(*parts) for parts in _triples(dois)),
        kind=_typed(kind, str),
        collections=frozenset(_strings(collections)),
        trashed=_typed(trashed, bool),
        citation_key=_optional(citation_key, str),
        version=_optional(version, int),
        line=_optional(line, int),
        folded_title=_typed(folded, str),
    )


# -- papers as JSON ---------------------------------------------------------------------------------


def paper_to_json(paper: Paper) -> list[Any]:
    return [
        paper.arxiv_id, paper.version, paper.title, list(paper.authors), paper.abstract,
        _day(paper.published), _day(paper.updated), paper.primary_class, list(paper.categories),
        list(paper.dois), paper.journal_ref, paper.comment,
    ]


def paper_from_json(data: Any) -> Paper:
    """The paper :func:`paper_to_json` wrote; :class:`Untrusted` for anything else."""
    if type(data) is not list or len(data) != 12:
        raise Untrusted("not a paper")
    arxiv_id, version, title, authors, abstract, published, updated, primary, categories, dois, journal, comment = data
    return Paper(
        arxiv_id=_typed(arxiv_id, str),
        version=_typed(version, int),
        title=_typed(title, str),
        authors=tuple(_strings(authors)),
        abstract=_typed(abstract, str),
        published=_date(published),
        updated=_date(updated),
        primary_class=_optional(primary, str),
        categories=tuple(_strings(categories)),
        dois=tuple(_strings(dois)),
        journal_ref=_optional(journal, str),
        comment=_optional(comment, str),
    )


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(_typed(value, str))


def _typed(value: Any, kind: type[T]) -> T:
    if type(value) is not kind:
        raise Untrusted(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def _optional(value: Any, kind: type[T]) -> T | None:
    return None if value is None else _typed(value, kind)


def _strings(value: Any) -> list[str]:
    if type(value) is not list or not all(type(v) is str for v in value):
        raise Untrusted("expected a list of strings")
    return value


def _triples(value: Any) -> Iterator[tuple[str, str, str]]:
    flat = iter(_strings(value))
    if len(value) % 3:
        raise Untrusted("expected triples of strings")
    return zip(flat, flat, flat)
