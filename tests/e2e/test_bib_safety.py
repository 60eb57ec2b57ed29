"""A .bib file survives crashes, concurrent runs, concurrent edits and odd encodings, end to end.

Crashes are real: refsync runs in a subprocess under ``tests/tools/crash_at.py``,
which SIGKILLs it (or holds it) at one step of the write. Every test checks the file's
bytes against the old file or the one a clean run writes.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import bibtexparser
import pytest

from refsync.bibfile import safefile
from refsync.bibfile.parse import read_records
from tests.conftest import BIB_DATA, MICHAUD_FEED, run_cli
from tests.servers.arxiv import ArxivStandIn, entries_from

CRASH_AT = Path(__file__).parents[1] / "tools" / "crash_at.py"
AUTHOR = '--author "Eric J. Michaud"'
OLD = (BIB_DATA / "michaud_partial.bib").read_bytes()
OLD_ENTRIES, NEW_ENTRIES = 9, 19
CHANGED = "changed on disk since refsync read it; nothing written (run refsync again)"


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    """The partial library alone in its own folder, so the folder's listing can be checked."""
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "refs.bib"
    path.write_bytes(OLD)
    return path


@pytest.fixture
def new(config_file: Path, tmp_path: Path) -> bytes:
    """The bytes a clean sync writes to the same library."""
    copy = tmp_path / "clean.bib"
    copy.write_bytes(OLD)
    assert run_cli(f"sync {AUTHOR} --bib {copy} --yes").exit_code == 0
    return copy.read_bytes()


def start(bib: Path, fault: str, control: Path, *args: str) -> subprocess.Popen[str]:
    """``refsync sync`` in a subprocess that crashes or holds at ``fault`` (``kill@before-rename``)."""
    control.mkdir(exist_ok=True)
    env = {**os.environ, "REFSYNC_FAULT": fault, "REFSYNC_FAULT_DIR": str(bib.parent),
           "REFSYNC_FAULT_CONTROL": str(control)}
    argv = [sys.executable, str(CRASH_AT), "sync", "--author", "Eric J. Michaud", "--bib", str(bib), "--yes", *args]
    return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_reached(process: subprocess.Popen[str], control: Path) -> None:
    deadline = time.monotonic() + 30
    while not (control / "reached").exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.01)


def release(process: subprocess.Popen[str], control: Path) -> tuple[int, str]:
    (control / "go").touch()
    _, err = process.communicate(timeout=30)
    return process.returncode, err


def entries_in(path: Path) -> int:
    return len(read_records(path.read_bytes().decode("utf-8"), str(path))[1])


MISSING_ENTRY = next(e for e in entries_from(MICHAUD_FEED) if "2402.05110" in e)


def with_title_prefix(entry: str, prefix: str) -> str:
    return entry.replace("<title>", "<title>" + prefix, 1)


BEFORE_RENAME = ["lock", "before-temp", "temp-created", "mid-write", "before-fsync", "before-rename"]
AFTER_RENAME = ["after-rename", "after-dir-fsync"]


needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="crash_at.py reads /proc/self/fd (Linux)")


@needs_proc
@pytest.mark.parametrize("point", BEFORE_RENAME + AFTER_RENAME)
def test_a_crash_at_any_step_of_the_write_leaves_the_old_or_the_new_file_and_the_next_run_finishes(
    point: str, bib: Path, new: bytes, tmp_path: Path
) -> None:
    process = start(bib, f"kill@{point}", tmp_path / "control")
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, f"never reached {point}"

    assert bib.read_bytes() == (OLD if point in BEFORE_RENAME else new)
    assert entries_in(bib) == (OLD_ENTRIES if point in BEFORE_RENAME else NEW_ENTRIES)

    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --json")
    assert result.exit_code == 0, result.stderr
    assert bib.read_bytes() == new
    assert os.listdir(bib.parent) == ["refs.bib"], "the crashed run's temp file is still there"


@needs_proc
def test_a_second_run_waits_for_the_lock_then_refuses_because_the_file_changed(bib: Path, new: bytes,
                                                                               tmp_path: Path) -> None:
    first = start(bib, "hold@before-rename", tmp_path / "first")
    wait_until_reached(first, tmp_path / "first")
    second = start(bib, "hold@lock", tmp_path / "second")
    wait_until_reached(second, tmp_path / "second")  # it has read the old file and is about to lock
    (tmp_path / "second" / "go").touch()  # now it waits on the lock the first run holds

    assert release(first, tmp_path / "first")[0] == 0
    code, err = release(second, tmp_path / "second")

    assert (code, err) == (3, f"refsync: error: {bib} {CHANGED}\n")
    assert bib.read_bytes() == new
    assert run_cli(f"diff {AUTHOR} --bib {bib} --json").json()["summary"]["new"] == 0


@needs_proc
def test_a_run_that_cannot_get_the_lock_in_time_refuses_clearly(bib: Path, new: bytes, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    holder = start(bib, "hold@before-rename", tmp_path / "holder")
    wait_until_reached(holder, tmp_path / "holder")
    monkeypatch.setattr(safefile, "LOCK_TIMEOUT", 0.2)

    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")

    assert result.exit_code == 3
    assert result.stderr == (
        f"refsync: error: another refsync run is writing {bib}; nothing written (try again when it has finished)\n"
    )
    assert release(holder, tmp_path / "holder")[0] == 0
    assert bib.read_bytes() == new


def test_two_runs_started_together_add_every_paper_exactly_once(bib: Path, new: bytes) -> None:
    argv = [sys.executable, "-m", "refsync", "sync", "--author", "Eric J. Michaud", "--bib", str(bib), "--yes"]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outcomes = [(run.wait(timeout=60), run.stderr.read()) for run in runs]  # type: ignore[union-attr]

    assert all(code == 0 or (code == 3 and err == f"refsync: error: {bib} {CHANGED}\n") for code, err in outcomes)
    assert bib.read_bytes() == new


@needs_proc
def test_an_edit_made_while_refsync_waits_for_the_lock_is_kept_and_nothing_written(bib: Path, config_file: Path,
                                                                                   tmp_path: Path) -> None:
    process = start(bib, "hold@lock", tmp_path / "control")
    wait_until_reached(process, tmp_path / "control")
    edited = OLD + b"\n@misc{mine, title = {Typed while refsync ran}}\n"
    bib.write_bytes(edited)

    assert release(process, tmp_path / "control") == (3, f"refsync: error: {bib} {CHANGED}\n")
    assert bib.read_bytes() == edited


@needs_proc
def test_an_edit_made_while_refsync_is_writing_is_kept_and_nothing_written(bib: Path, config_file: Path,
                                                                          tmp_path: Path) -> None:
    process = start(bib, "hold@before-fsync", tmp_path / "control")
    wait_until_reached(process, tmp_path / "control")  # the new file is half-way to disk
    edited = OLD + b"\n@misc{mine, title = {Saved from the editor mid-write}}\n"
    bib.write_bytes(edited)

    assert release(process, tmp_path / "control") == (3, f"refsync: error: {bib} {CHANGED}\n")
    assert bib.read_bytes() == edited
    assert os.listdir(bib.parent) == ["refs.bib"]


def test_a_symlinked_bib_is_written_through_to_its_target(bib: Path, new: bytes, tmp_path: Path) -> None:
    link = tmp_path / "link.bib"
    link.symlink_to(bib)

    assert run_cli(f"sync {AUTHOR} --bib {link} --yes").exit_code == 0

    assert link.is_symlink() and os.readlink(link) == str(bib)
    assert bib.read_bytes() == new


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file another owner")
def test_permissions_owner_and_group_are_kept(bib: Path, new: bytes) -> None:
    bib.chmod(0o640)
    os.chown(bib, 1234, 5678)

    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0

    info = bib.stat()
    assert (stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid) == (0o640, 1234, 5678)
    assert bib.read_bytes() == new


def test_permissions_are_kept(bib: Path, new: bytes) -> None:
    bib.chmod(0o604)
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0
    assert stat.S_IMODE(bib.stat().st_mode) == 0o604 and bib.read_bytes() == new


def test_crlf_line_endings_are_kept_for_old_and_new_lines(bib: Path, new: bytes) -> None:
    bib.write_bytes(OLD.replace(b"\n", b"\r\n"))
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0
    assert bib.read_bytes() == new.replace(b"\n", b"\r\n")


def test_a_utf8_byte_order_mark_is_kept_once(bib: Path, new: bytes) -> None:
    bib.write_bytes(b"\xef\xbb\xbf" + OLD)
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0
    assert bib.read_bytes() == b"\xef\xbb\xbf" + new


def test_a_latin1_file_stays_latin1_with_accents_written_as_latex(bib: Path, config_file: Path) -> None:
    old = OLD + "@misc{mueller, author = {M\xfcller, J\xfcrgen}, title = {\xdcber Alles}}\n".encode("latin-1")
    bib.write_bytes(old)

    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")

    assert result.exit_code == 0, result.stderr
    data = bib.read_bytes()
    assert data.startswith(old)
    added = data[len(old):]
    assert added.isascii() and b"Vukeli{\\'c}, Mateja" in added
    assert len(bibtexparser.loads(data.decode("latin-1")).entries) == OLD_ENTRIES + 1 + 10


def test_a_latin1_file_gets_text_with_no_latex_form_in_ascii_never_in_another_encoding(
    bib: Path, config_file: Path, arxiv: ArxivStandIn
) -> None:
    arxiv.add_query("au:Michaud,E", [with_title_prefix(MISSING_ENTRY, "量子 ")])
    old = "@misc{mueller, author = {M\xfcller}}\n".encode("latin-1")
    bib.write_bytes(old)

    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")

    assert result.exit_code == 0, result.stderr
    data = bib.read_bytes()
    assert data.startswith(old) and data[len(old):].isascii()
    assert b"title         = {LiangZi {Opening} the" in data


def test_ascii_output_is_pure_ascii_and_quiet_even_for_characters_with_no_latex_form(
    bib: Path, config_file: Path, arxiv: ArxivStandIn
) -> None:
    arxiv.add_query("au:Michaud,E", [with_title_prefix(MISSING_ENTRY, "量子 ")])
    argv = [sys.executable, "-m", "refsync", "sync", "--author", "Eric J. Michaud", "--bib", str(bib), "--yes", "--ascii"]

    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)

    assert result.returncode == 0
    assert result.stderr.startswith("previous version saved as") and "refsync:" not in result.stderr
    assert bib.read_bytes()[len(OLD):].isascii()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("\ufeff@misc{a, title={A}}\n".encode("utf-16-le"), "is UTF-16; refsync reads UTF-8 or Latin-1 .bib files"),
        ("@misc{a, title={A}}\n".encode("utf-16-be"), "contains NUL bytes: not a text .bib file"),
    ],
    ids=["utf-16 with BOM", "utf-16 without BOM"],
)
def test_a_file_in_another_encoding_is_refused_not_appended_to(data: bytes, message: str, bib: Path,
                                                                config_file: Path) -> None:
    bib.write_bytes(data)
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"refsync: error: {bib} {message}") and result.stderr.count("\n") == 1
    assert bib.read_bytes() == data


def test_a_hard_linked_bib_is_refused_rather_than_split(bib: Path, config_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-name.bib"
    os.link(bib, other)
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")
    assert result.exit_code == 3 and "has 2 hard links" in result.stderr
    assert bib.read_bytes() == other.read_bytes() == OLD and os.path.samefile(bib, other)


def test_creating_a_bib_in_a_missing_folder_is_a_clear_error(config_file: Path, tmp_path: Path) -> None:
    bib = tmp_path / "no-such-folder" / "refs.bib"
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --create")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"refsync: error: cannot write {bib}: No such file or directory")
    assert result.stderr.endswith("; nothing written\n") and not bib.parent.exists()


def test_a_read_only_bib_is_refused_in_one_line_and_kept_as_it_is(bib: Path, config_file: Path) -> None:
    bib.chmod(0o444)
    before = bib.stat()
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr == (f"refsync: error: {bib} is read-only (mode 0444); nothing written "
                             "(make it writable, e.g. chmod u+w, to let refsync add to it)\n")
    after = bib.stat()
    assert bib.read_bytes() == OLD and after.st_ino == before.st_ino
    assert (stat.S_IMODE(after.st_mode), after.st_uid, after.st_gid) == (0o444, before.st_uid, before.st_gid)


@needs_proc
def test_a_write_that_fails_after_the_backup_leaves_no_backup_behind(bib: Path, config_file: Path,
                                                                    isolated_home: Path, tmp_path: Path) -> None:
    process = start(bib, "hold@before-fsync", tmp_path / "control")
    wait_until_reached(process, tmp_path / "control")
    bib.write_bytes(OLD + b"\n@misc{mine, title = {Saved from the editor mid-write}}\n")

    assert release(process, tmp_path / "control")[0] == 3  # "... nothing written"
    backups = isolated_home / "state" / "refsync" / "backups"
    assert [p for p in backups.rglob("*") if p.is_file()] == []


def test_a_cr_only_file_gets_cr_terminated_entries(bib: Path, new: bytes) -> None:
    bib.write_bytes(OLD.replace(b"\n", b"\r"))
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0
    assert bib.read_bytes() == new.replace(b"\n", b"\r")


def test_a_comment_block_wrapping_commented_out_entries_is_read_like_biber_reads_it(bib: Path, new: bytes) -> None:
    hidden = b"@comment{\n@misc{old-draft,\n  title = {Commented out},\n  year = {2020}\n}\n}\n\n"
    bib.write_bytes(hidden + OLD)
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")
    assert result.exit_code == 0, result.stderr
    assert bib.read_bytes() == hidden + new
