"""Run refsync and crash it (SIGKILL) or hold it at one step of writing a .bib file.

    REFSYNC_FAULT=kill@before-rename REFSYNC_FAULT_DIR=/path/of/the/bib/folder \\
        python tests/tools/crash_at.py sync --author ... --bib refs.bib --yes

A test harness, not part of refsync: it wraps the operating-system calls that
``refsync.bibfile`` makes (``tempfile.mkstemp``, ``os.fdopen``, ``os.fsync``,
``os.replace``, and the file lock) and acts when one touches a file in
``REFSYNC_FAULT_DIR``. ``kill`` is a real crash: no cleanup, no ``finally``, no
flush. ``hold`` creates ``$REFSYNC_FAULT_CONTROL/reached`` and waits until
``$REFSYNC_FAULT_CONTROL/go`` exists, so a test can act (edit the file, start a
second run) at exactly that point.

Points, in the order a write passes them:
``lock`` (about to take the lock), ``before-temp``, ``temp-created`` (empty temp
file), ``mid-write`` (half the new bytes written and flushed), ``before-fsync``,
``before-rename`` (new file complete and synced), ``after-rename``, ``after-dir-fsync``.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import filelock

ACTION, _, POINT = os.environ["REFSYNC_FAULT"].partition("@")
FOLDER = os.path.realpath(os.environ["REFSYNC_FAULT_DIR"])
CONTROL = Path(os.environ.get("REFSYNC_FAULT_CONTROL", "."))
POINTS = ("lock", "before-temp", "temp-created", "mid-write", "before-fsync", "before-rename", "after-rename",
          "after-dir-fsync")
assert ACTION in ("kill", "hold") and POINT in POINTS, os.environ["REFSYNC_FAULT"]


def act(point: str) -> None:
    if point != POINT:
        return
    if ACTION == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    (CONTROL / "reached").touch()
    deadline = time.monotonic() + 30
    while not (CONTROL / "go").exists():
        if time.monotonic() > deadline:
            sys.exit("crash_at: nobody said go")
        time.sleep(0.01)


def ours(path: str | os.PathLike[str] | int) -> bool:
    """Is ``path`` (or the file behind a descriptor) in the watched folder?"""
    if isinstance(path, int):
        path = os.readlink(f"/proc/self/fd/{path}")
    real = os.path.realpath(path)
    return real == FOLDER or os.path.dirname(real) == FOLDER


def wrap(owner: Any, name: str, around: Callable[..., Any]) -> None:
    real = getattr(owner, name)
    setattr(owner, name, lambda *args, **kwargs: around(real, *args, **kwargs))


def mkstemp(real: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    watched = ours(os.path.join(kwargs.get("dir") or tempfile.gettempdir(), "x"))
    if watched:
        act("before-temp")
    result = real(*args, **kwargs)
    if watched:
        act("temp-created")
    return result


class HalfWriter:
    """A file object whose first write stops halfway, flushed, then crashes or holds."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        act("mid-write")
        return self._handle.write(data[len(data) // 2 :]) + len(data) // 2

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def fdopen(real: Callable[..., Any], fd: int, *args: Any, **kwargs: Any) -> Any:
    handle = real(fd, *args, **kwargs)
    return HalfWriter(handle) if ours(fd) and POINT == "mid-write" else handle


def fsync(real: Callable[[int], None], fd: int) -> None:
    target = os.readlink(f"/proc/self/fd/{fd}")
    if os.path.realpath(target) == FOLDER:
        real(fd)
        act("after-dir-fsync")
        return
    if ours(fd):
        act("before-fsync")
    real(fd)


def replace(real: Callable[..., None], src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
    watched = ours(dst)
    if watched:
        act("before-rename")
    real(src, dst, *args, **kwargs)
    if watched:
        act("after-rename")


def acquire(real: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    act("lock")
    return real(*args, **kwargs)


wrap(tempfile, "mkstemp", mkstemp)
wrap(os, "fdopen", fdopen)
wrap(os, "fsync", fsync)
wrap(os, "replace", replace)
wrap(filelock.FileLock, "acquire", acquire)

if __name__ == "__main__":
    from refsync.cli import cli

    cli(sys.argv[1:], prog_name="refsync")
