"""A .bib file on disk: read it once, append to it safely, never touch what is there.

Safety rules, all enforced here:
- the new file is the old bytes followed by the new entries, nothing else changes;
- the write is atomic (temp file in the same directory, fsync, rename), so a crash
  leaves the old file or the new one, never a mix;
- a lock serialises refsync runs on one file, and a file changed by anyone since it
  was read is refused;
- the previous version is kept as a backup; a symlink is written through to its
  target; permissions, line endings and encoding are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import filelock

from . import bibtex, citekey, paths, textnorm
from .cache import JsonStore, record_from_json, record_to_json, source_fingerprint
from .errors import ConcurrentChangeError, TargetError
from .model import Applied, Plan, Record
from .render import RenderOptions, render_entry

BACKUPS_KEPT = 10
LOCK_TIMEOUT = 10.0


@dataclass(frozen=True)
class BibText:
    """The bytes of a .bib file as read, and how to write text the same way."""

    path: Path
    raw: bytes
    text: str
    encoding: str
    """``utf-8``, ``utf-8-sig`` (with BOM) or ``latin-1``."""
    newline: str
    exists: bool

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def unicode_ok(self) -> bool:
        """Can new text be written in UTF-8, or must it be ASCII (LaTeX accents)?"""
        return self.encoding.startswith("utf-8")


def load(path: Path, *, create: bool = False) -> BibText:
    """Read a .bib file; a missing one is an error unless ``create`` asks for a new file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if not create:
            raise TargetError(f"{path} does not exist (use --create to start a new .bib file)") from None
        return BibText(path, b"", "", "utf-8", "\n", exists=False)
    except OSError as error:
        raise TargetError(f"cannot read {path}: {error.strerror or error}") from None
    encoding, text = _decode(raw)
    return BibText(path, raw, text, encoding, _newline(text), exists=True)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", raw.decode("utf-8-sig")
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        return "latin-1", raw.decode("latin-1")


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def addition(bib: BibText, entries: list[str]) -> bytes:
    """The bytes appended for ``entries``: a blank line before each, the file's newline style."""
    if not entries:
        return b""
    text = ""
    if bib.text and not bib.text.endswith("\n"):
        text += "\n"
    for entry in entries:
        if bib.text or text:
            text += "\n"
        text += entry.rstrip("\n") + "\n"
    text = text.replace("\r\n", "\n").replace("\n", bib.newline)
    encoding = "utf-8" if bib.encoding == "utf-8-sig" else bib.encoding
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        bad = error.object[error.start : error.end]
        raise TargetError(
            f"{bib.path} is {bib.encoding}, which cannot hold {bad!r}; nothing written (use --ascii)"
        ) from None
    if not bib.exists and bib.encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + data
    return data


def append(bib: BibText, entries: list[str], *, backup: bool = True) -> Path | None:
    """Append ``entries`` to the file ``bib`` was read from; return the backup's path.

    Refuses (:class:`ConcurrentChangeError`) if the file changed since ``bib`` was read.
    """
    extra = addition(bib, entries)
    if not extra:
        return None
    target = Path(os.path.realpath(bib.path))
    with _locked(target):
        _check_unchanged(bib, target)
        saved = _backup(bib, target) if backup and bib.exists else None
        _atomic_write(target, bib.raw + extra)
    return saved


@contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Hold the per-file lock; a second refsync run on the same file waits, then refuses."""
    lock_path = paths.state_dir() / "locks" / f"{paths.slug_for(target)}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = filelock.FileLock(str(lock_path), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise ConcurrentChangeError(
            f"another refsync run is writing {target}; nothing written (try again when it has finished)"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _check_unchanged(bib: BibText, target: Path) -> None:
    try:
        now = target.read_bytes()
    except FileNotFoundError:
        now = None
    if (now is None and bib.exists) or (now is not None and (not bib.exists or now != bib.raw)):
        raise ConcurrentChangeError(
            f"{bib.path} changed on disk since refsync read it; nothing written (run refsync again)"
        )


def _backup(bib: BibText, target: Path) -> Path:
    folder = paths.state_dir() / "backups" / paths.slug_for(target)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    saved = folder / f"{stamp}{target.suffix or '.bib'}"
    _atomic_write(saved, bib.raw, mode=0o600)
    for old in sorted(folder.iterdir())[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return saved


def _atomic_write(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``target`` so that a crash leaves the old file or the new one."""
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".refsync-tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@dataclass(frozen=True)
class BibOptions:
    render: RenderOptions = RenderOptions()
    citekey: str = "bbt"
    """A key formula or preset name (:mod:`refsync.citekey`)."""
    backup: bool = True
    create: bool = False
    pinned: Mapping[str, str] = field(default_factory=dict)
    """arXiv id -> a key pinned elsewhere (Zotero's citationKey), used for that paper's entry."""


def index_cache(*, refresh: bool = False) -> JsonStore:
    """Where the records of .bib files are kept between runs, by content hash of each entry.

    The records depend on the code that read them, so a new refsync or bibtexparser
    starts afresh.
    """
    producer = f"{bibtex.PARSER}; {source_fingerprint('bibtex', 'ids', 'model', 'textnorm')}; {textnorm.LATEX_PARSER}"
    return JsonStore("bib-index", refresh=refresh, producer=producer)


def _index_from_json(payload: object) -> dict[str, Record]:
    if not isinstance(payload, dict):
        raise TypeError("not an index")
    return {digest: record_from_json(record) for digest, record in payload.items()}


class BibTarget:
    """A .bib file as a library: its entries are the records, new papers are appended.

    With an ``index`` cache, entries already read in an earlier run (same text, same
    macros) are not parsed again: only new or edited ones are.
    """

    kind = "bibtex"

    def __init__(self, path: Path, options: BibOptions | None = None, *, index: JsonStore | None = None) -> None:
        self.path = path
        self.options = options or BibOptions()
        self.index = index
        self._bib: BibText | None = None
        self._keys: list[str] = []
        self.backup_path: Path | None = None
        self.parsed = 0
        """Entries parsed by the last :meth:`records` (the others came from the index cache)."""

    def describe(self) -> dict[str, str]:
        return {"kind": self.kind, "path": str(self.path)}

    def records(self) -> list[Record]:
        """Read the file (once) and return its entries as records."""
        self._bib = load(self.path, create=self.options.create)
        key = os.path.realpath(self.path)
        known = self.index.get(key, _index_from_json) if self.index else None
        reading = bibtex.read_entries(self._bib.text, str(self.path), known)
        if self.index and (known is None or known.keys() != set(reading.digests)):
            self.index.put(key, {d: record_to_json(r) for d, r in reading.by_digest().items()})
        self._keys = [b.key for b in reading.blocks if b.is_entry]
        self.parsed = reading.parsed
        return reading.records

    def render(self, plan: Plan) -> list[tuple[str, str]]:
        """The ``(key, entry text)`` pairs ``apply`` would append: what a dry run can show."""
        if self._bib is None:
            self.records()
        assert self._bib is not None
        papers = plan.new
        keys = citekey.make_keys(papers, self._keys, self.options.citekey, self.options.pinned)
        render_options = self.options.render
        if not self._bib.unicode_ok and not render_options.ascii_only:
            render_options = replace(render_options, ascii_only=True)
        return [(key, render_entry(paper, key, render_options)) for key, paper in zip(keys, papers)]

    def pending(self, plan: Plan) -> int:
        return len(plan.new)

    def apply(self, plan: Plan) -> Applied:
        """Append the plan's new papers; nothing else in the file changes."""
        entries = self.render(plan)
        assert self._bib is not None
        self.backup_path = append(self._bib, [text for _, text in entries], backup=self.options.backup)
        return Applied(added=[key for key, _ in entries])
