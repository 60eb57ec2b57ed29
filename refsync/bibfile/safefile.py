"""A .bib file on disk: read it once, append to it safely, never touch what is there.

Safety rules, all enforced here:
- the new file is the old bytes followed by the new entries, nothing else changes;
- the write is atomic (temp file in the same directory, fsync, rename), so a crash
  leaves the old file or the new one, never a mix;
- a lock serialises refsync runs on one file, and a file changed by anyone since it
  was read is refused (checked again just before the rename, so an edit made while
  refsync was writing is not overwritten);
- the temp file of a run that was killed is removed by the next run;
- the previous version is kept as a backup; a symlink is written through to its
  target; permissions, owner, line endings and encoding are kept; a file refsync
  cannot append to without re-encoding it (UTF-16, binary) or without splitting its
  hard links is refused.

The lock lives in refsync's private state dir (keyed by the file's real path), not
beside the .bib, so nothing but the .bib ever appears in the user's folder.
"""

from __future__ import annotations

import datetime as dt
import difflib
import glob
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import filelock

from .. import paths
from ..cache import JsonStore, record_from_json, record_to_json, records_producer
from ..errors import ConcurrentChangeError, TargetError
from ..model import Applied, Decision, Plan, Record, Status
from . import citekey, fastparse, parse
from .patch import patch_entry
from .render import RenderOptions, render_entry
from .update import COMPARED, plan_update

BACKUPS_KEPT = 10
LOCK_TIMEOUT = 10.0
TEMP_SUFFIX = ".refsync-tmp"
_FOREIGN_BOMS = {b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16", b"\x00\x00\xfe\xff": "UTF-32"}


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
    encoding, text = _decode(raw, path)
    return BibText(path, raw, text, encoding, _newline(text), exists=True)


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else Latin-1, which decodes any bytes.

    Text in any other encoding would decode to garbage with no entries in it, and new
    entries appended in another encoding would mix two encodings in one file: refused.
    """
    for bom, name in _FOREIGN_BOMS.items():
        if raw.startswith(bom):
            raise TargetError(f"{path} is {name}; refsync reads UTF-8 or Latin-1 .bib files (convert it to UTF-8)")
    if b"\x00" in raw:
        raise TargetError(f"{path} contains NUL bytes: not a text .bib file (or UTF-16 without a BOM)")
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", raw.decode("utf-8-sig")
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        return "latin-1", raw.decode("latin-1")


def _newline(text: str) -> str:
    """The file's line ending: CRLF, LF, or a bare CR (old Mac files) when most lines use it."""
    crlf = text.count("\r\n")
    cr_only = text.count("\r") - crlf
    if cr_only > text.count("\n"):
        return "\r"
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def addition(bib: BibText, entries: list[str]) -> bytes:
    """The bytes appended for ``entries``: a blank line before each, the file's newline style."""
    if not entries:
        return b""
    text = ""
    if bib.text and not bib.text.endswith(("\n", "\r")):
        text += "\n"
    for entry in entries:
        if bib.text or text:
            text += "\n"
        text += entry.rstrip("\n") + "\n"
    text = text.replace("\r\n", "\n").replace("\n", bib.newline)
    data = _encoded(bib, text)
    if not bib.exists and bib.encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + data
    return data


def _encoded(bib: BibText, text: str) -> bytes:
    """``text`` in the file's encoding (no BOM), or a refusal naming what it cannot hold."""
    encoding = "utf-8" if bib.encoding == "utf-8-sig" else bib.encoding
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as error:
        bad = error.object[error.start : error.end]
        raise TargetError(
            f"{bib.path} is {bib.encoding}, which cannot hold {bad!r} (it has no LaTeX form either); "
            "nothing written (convert the file to UTF-8, or --exclude the paper)"
        ) from None


def patched(bib: BibText, replacements: list[tuple[int, int, str]]) -> bytes:
    """The file's bytes with each text span ``(start, end)`` replaced; every other byte as read.

    The spans are offsets into ``bib.text``; they are turned into byte offsets so the
    bytes between them are copied, never re-encoded.
    """
    bom = 3 if bib.encoding == "utf-8-sig" else 0
    data, last = [], 0
    for start, end, text in sorted(replacements):
        a = bom + len(_encoded(bib, bib.text[:start]))
        b = a + len(_encoded(bib, bib.text[start:end]))
        data += [bib.raw[last:a], _encoded(bib, text)]
        last = b
    return b"".join([*data, bib.raw[last:]])


def append(
    bib: BibText, entries: list[str], *, backup: bool = True, replacements: list[tuple[int, int, str]] | None = None
) -> Path | None:
    """Append ``entries`` to the file ``bib`` was read from (after ``replacements``); return the backup's path.

    Refuses (:class:`ConcurrentChangeError`) if the file changed since ``bib`` was read.
    """
    extra = addition(bib, entries)
    if not extra and not replacements:
        return None
    body = patched(bib, replacements) if replacements else bib.raw
    target = Path(os.path.realpath(bib.path))
    try:
        with _locked(target):
            _check_unchanged(bib, target)
            _refuse_hard_links(bib, target)
            _refuse_read_only(bib, target)
            _remove_stale_temps(target)
            saved = _backup(bib, target) if backup and bib.exists else None
            try:
                _atomic_write(target, body + extra, before_replace=lambda: _check_unchanged(bib, target))
            except BaseException:  # "nothing written" must leave nothing behind, a backup included
                if saved:
                    saved.unlink(missing_ok=True)
                raise
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        raise TargetError(f"cannot write {bib.path}: {error.strerror or error}{where}; nothing written") from None
    return saved


@contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Hold the per-file lock; a second refsync run on the same file waits, then refuses."""
    lock_path = paths.private_dir(paths.state_dir(), "locks") / f"{paths.slug_for(target)}.lock"
    lock = filelock.FileLock(str(lock_path), timeout=LOCK_TIMEOUT, mode=0o600)
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


def _refuse_hard_links(bib: BibText, target: Path) -> None:
    """A rename gives the path a new inode: the file's other names would keep the old text."""
    links = target.stat().st_nlink if bib.exists else 1
    if links > 1:
        raise TargetError(
            f"{bib.path} has {links} hard links; an atomic write would leave the others with the old "
            "contents; nothing written (make it a symlink instead)"
        )


def _refuse_read_only(bib: BibText, target: Path) -> None:
    """A file without write permission was made read-only on purpose: a rename would bypass that."""
    mode = target.stat().st_mode if bib.exists else 0o200
    if not mode & 0o222:
        raise TargetError(f"{bib.path} is read-only (mode {mode & 0o777:04o}); nothing written "
                          "(make it writable, e.g. chmod u+w, to let refsync add to it)")


def _remove_stale_temps(target: Path) -> None:
    """Temp files of a run that died mid-write: only lock holders make them, so under the lock they are stale."""
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
        stale.unlink(missing_ok=True)


def _backup(bib: BibText, target: Path) -> Path:
    folder = paths.private_dir(paths.state_dir(), "backups", paths.slug_for(target))
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    saved = folder / f"{stamp}{target.suffix or '.bib'}"
    _atomic_write(saved, bib.raw, mode=0o600)
    for old in sorted(folder.iterdir())[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return saved


def _atomic_write(
    target: Path, data: bytes, mode: int | None = None, before_replace: Callable[[], None] = lambda: None
) -> None:
    """Write ``data`` to ``target`` so that a crash leaves the old file or the new one.

    ``before_replace`` runs when the new file is on disk, just before it takes the
    place of the old one; raising there leaves the old file as it is.
    """
    try:
        old: os.stat_result | None = target.stat()
    except FileNotFoundError:
        old = None
    if mode is None:
        mode = old.st_mode & 0o7777 if old else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if old:
            _copy_owner(tmp, old)
        before_replace()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _copy_owner(tmp: str, old: os.stat_result) -> None:
    """Keep the file's owner and group where allowed (root can keep both, a user the group)."""
    for uid in (old.st_uid, -1):
        try:
            os.chown(tmp, uid, old.st_gid)
            return
        except PermissionError:
            continue


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
    """A key formula or preset name (:mod:`refsync.bibfile.citekey`)."""
    backup: bool = True
    create: bool = False
    pinned: Mapping[str, str] = field(default_factory=dict)
    """arXiv id -> a key pinned elsewhere (Zotero's citationKey), used for that paper's entry."""
    update: bool = False
    """Also apply the updates of present entries (``sync --update``), not only show them."""
    overwrite: frozenset[str] = frozenset()
    """Fields whose non-empty values an update may replace (``--overwrite FIELD``)."""


def index_cache(*, refresh: bool = False) -> JsonStore:
    """Where the records of .bib files are kept between runs, by content hash of each entry.

    The records depend on the code that read them, so a new refsync or bibtexparser
    starts afresh.
    """
    return JsonStore("bib-index", refresh=refresh, producer=f"{parse.PARSER}; {records_producer(parse, fastparse)}")


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
        self._blocks: list[parse.Block] = []
        self._entries: dict[tuple[int, str], parse.Block] = {}
        """The entry blocks by line and key: what a record names."""
        self.backup_path: Path | None = None
        self.parsed = 0
        """Entries parsed by the last :meth:`records` (the others came from the index cache)."""

    def describe(self) -> dict[str, str]:
        return {"kind": self.kind, "path": str(self.path)}

    def label(self) -> str:
        return str(self.path)

    def locate(self, record: Record) -> str:
        return f"{self.path}:{record.line} ({record.kind or 'entry'} {record.key})"

    def notices(self) -> list[str]:
        return [f"previous version saved as {self.backup_path}"] if self.backup_path else []

    def pinned_keys(self, plan: Plan) -> dict[str, str]:
        """A .bib entry's key is its own, not a pin other libraries must follow."""
        return {}

    def adopt_keys(self, pins: Mapping[str, str]) -> None:
        self.options = replace(self.options, pinned={**pins, **self.options.pinned})

    def records(self) -> list[Record]:
        """Read the file (once) and return its entries as records."""
        self._bib = load(self.path, create=self.options.create)
        key = os.path.realpath(self.path)
        known = self.index.get(key, _index_from_json) if self.index else None
        reading = parse.read_entries(self._bib.text, str(self.path), known)
        if self.index and (known is None or known.keys() != set(reading.digests)):
            self.index.put(key, {d: record_to_json(r) for d, r in reading.by_digest().items()})
        self._keys = [b.key for b in reading.blocks if b.is_entry]
        self._blocks = reading.blocks
        self._entries = {}
        for block in reading.blocks:
            if block.is_entry:
                self._entries.setdefault((block.line, block.key), block)
        self.parsed = reading.parsed
        return reading.records

    def render(self, plan: Plan) -> list[tuple[str, str]]:
        """The ``(key, entry text)`` pairs ``apply`` would append: what a dry run can show."""
        if self._bib is None:
            self.records()
        assert self._bib is not None
        papers = plan.new
        keys = citekey.make_keys(papers, self._keys, self.options.citekey, self.options.pinned)
        render_options = self._render_options()
        return [(key, render_entry(paper, key, render_options)) for key, paper in zip(keys, papers)]

    def with_updates(self, plan: Plan) -> Plan:
        """``plan`` with each present paper's :class:`~refsync.model.Update`, from its entry's full fields."""
        if self._bib is None:
            self.records()
        present = [(d, self._block_of(d)) for d in plan.decisions if d.status is Status.PRESENT and d.record]
        found = [(d, b) for d, b in present if b is not None]
        strings = [b for b in self._blocks if b.type == "string"]
        fields = parse.parse_fields([b for _, b in found], strings, str(self.path), COMPARED)
        updates = {id(d): plan_update(d, f, self._render_options(), self.options.overwrite)
                   for (d, _), f in zip(found, fields)}
        return Plan(tuple(replace(d, update=updates.get(id(d))) for d in plan.decisions))

    def _block_of(self, decision: Decision) -> parse.Block | None:
        record = decision.record
        assert record is not None
        return self._entries.get((record.line, record.key)) if record.line is not None else None

    def _render_options(self) -> RenderOptions:
        """The configured style, with accents as LaTeX commands when the file cannot hold Unicode."""
        assert self._bib is not None
        options = self.options.render
        if not self._bib.unicode_ok and not options.ascii_only:
            options = replace(options, ascii_only=True)
        return options

    def updated_entries(self, plan: Plan) -> list[tuple[parse.Block, str]]:
        """Each entry to update, with its new text: what ``apply`` writes and a preview shows."""
        assert self._bib is not None
        return [(block, patch_entry(block.text, d.update, self._bib.newline))
                for d in plan.decisions if d.update and d.update.pending and (block := self._block_of(d))]

    def update_previews(self, plan: Plan) -> list[str]:
        """Each entry to update as a unified diff, named by file, line and key."""
        previews = []
        for block, text in self.updated_entries(plan):
            where = f"{self.path}:{block.line} {block.key}"
            lines = difflib.unified_diff(block.text.splitlines(keepends=True), text.splitlines(keepends=True),
                                         where, f"{where} (updated)")
            previews.append("".join(line if line.endswith("\n") else line + "\n" for line in lines))
        return previews

    def pending(self, plan: Plan) -> int:
        return len(plan.new) + (len(self.updated_entries(plan)) if self.options.update else 0)

    def apply(self, plan: Plan) -> Applied:
        """Append the plan's new papers, and with ``update`` rewrite the entries to update; nothing else changes."""
        entries = self.render(plan)
        assert self._bib is not None
        updated = self.updated_entries(plan) if self.options.update else []
        replacements = [(block.start, block.end, text) for block, text in updated]
        self.backup_path = append(self._bib, [text for _, text in entries], backup=self.options.backup,
                                  replacements=replacements)
        return Applied(added=[key for key, _ in entries], updated=[block.key for block, _ in updated])
