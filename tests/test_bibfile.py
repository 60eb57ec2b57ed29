"""Appending to a .bib file without ever damaging what is there."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from refsync.bibfile import safefile
from refsync.errors import ConcurrentChangeError, TargetError

ENTRY = "@misc{new2024,\n  title = {New}\n}\n"
OLD = "% my library\n@misc{old, title={Old}}\n"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_appending_keeps_every_existing_byte(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.encode())
    safefile.append(safefile.load(bib), [ENTRY, ENTRY.replace("new2024", "new2025")])
    data = bib.read_bytes()
    assert data == (OLD + "\n" + ENTRY + "\n" + ENTRY.replace("new2024", "new2025")).encode()


def test_a_file_without_final_newline_gets_one_before_the_new_entries(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.rstrip("\n").encode())
    safefile.append(safefile.load(bib), [ENTRY])
    assert bib.read_bytes() == (OLD + "\n" + ENTRY).encode()


def test_crlf_line_endings_are_kept(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.replace("\n", "\r\n").encode())
    safefile.append(safefile.load(bib), [ENTRY])
    data = bib.read_bytes()
    assert data.startswith(OLD.replace("\n", "\r\n").encode())
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_a_byte_order_mark_is_kept_and_not_repeated(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", b"\xef\xbb\xbf" + OLD.encode())
    loaded = safefile.load(bib)
    assert loaded.encoding == "utf-8-sig" and not loaded.text.startswith("\ufeff")
    safefile.append(loaded, ["@misc{k, author={Vukelić, Mateja}}\n"])
    data = bib.read_bytes()
    assert data.count(b"\xef\xbb\xbf") == 1 and "Vukelić".encode() in data


def test_a_latin1_file_refuses_characters_it_cannot_hold(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", "@misc{m, author={M\xfcller}}\n".encode("latin-1"))
    loaded = safefile.load(bib)
    assert loaded.encoding == "latin-1" and not loaded.unicode_ok
    with pytest.raises(TargetError, match="latin-1, which cannot hold 'ć'"):
        safefile.append(loaded, ["@misc{k, author={Vukelić, Mateja}}\n"])
    assert bib.read_bytes() == "@misc{m, author={M\xfcller}}\n".encode("latin-1")


def test_a_file_changed_since_it_was_read_is_refused(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.encode())
    loaded = safefile.load(bib)
    bib.write_bytes(OLD.encode() + b"@misc{theirs, title={Someone else's}}\n")
    with pytest.raises(ConcurrentChangeError, match="changed on disk"):
        safefile.append(loaded, [ENTRY])
    assert b"new2024" not in bib.read_bytes()


def test_a_symlinked_file_is_written_through_to_its_target(tmp_path: Path) -> None:
    real = write(tmp_path / "real.bib", OLD.encode())
    link = tmp_path / "link.bib"
    link.symlink_to(real)
    safefile.append(safefile.load(link), [ENTRY])
    assert link.is_symlink()
    assert real.read_bytes().endswith(ENTRY.encode())


def test_permissions_are_kept(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.encode())
    bib.chmod(0o640)
    safefile.append(safefile.load(bib), [ENTRY])
    assert stat.S_IMODE(bib.stat().st_mode) == 0o640


def test_a_backup_of_the_previous_version_is_kept_privately(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.encode())
    backup = safefile.append(safefile.load(bib), [ENTRY])
    assert backup is not None and backup.read_bytes() == OLD.encode()
    assert tmp_path not in backup.parents
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.encode())
    for n in range(safefile.BACKUPS_KEPT + 3):
        backup = safefile.append(safefile.load(bib), [ENTRY.replace("new2024", f"k{n}")])
    assert backup is not None and len(list(backup.parent.iterdir())) == safefile.BACKUPS_KEPT


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    bib = write(tmp_path / "refs.bib", OLD.encode())
    safefile.append(safefile.load(bib), [ENTRY])
    assert sorted(os.listdir(tmp_path)) == ["refs.bib"]


def test_a_missing_file_is_created_only_when_asked(tmp_path: Path) -> None:
    bib = tmp_path / "new.bib"
    with pytest.raises(TargetError, match="does not exist"):
        safefile.load(bib)
    safefile.append(safefile.load(bib, create=True), [ENTRY])
    assert bib.read_bytes() == ENTRY.encode()


def test_a_file_created_by_someone_else_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    bib = tmp_path / "new.bib"
    loaded = safefile.load(bib, create=True)
    bib.write_text(OLD)
    with pytest.raises(ConcurrentChangeError):
        safefile.append(loaded, [ENTRY])
    assert bib.read_text() == OLD
