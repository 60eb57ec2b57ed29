"""The sync prompts on a real terminal (a pty): Ctrl-D or Ctrl-C exits 130, nothing written."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import BIB_DATA

OLD = (BIB_DATA / "michaud_partial.bib").read_bytes()


def at_the_prompt(bib: Path) -> tuple[subprocess.Popen[bytes], int]:
    """``refsync sync`` with a terminal for stdin, stopped at the first paper's "Add this paper" prompt."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "refsync", "sync", "--author", "Eric J. Michaud", "--bib", str(bib)],
                               stdin=follower, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 30
    while b"Add this paper" not in seen:
        assert time.monotonic() < deadline and process.poll() is None, seen
        seen += os.read(leader, 4096)
    return process, leader


def rest_of(leader: int) -> str:
    text = b""
    try:
        while chunk := os.read(leader, 4096):
            text += chunk
    except OSError:  # the terminal closed with the process
        pass
    os.close(leader)
    return text.decode("utf-8", "replace")


@pytest.mark.parametrize("how", ["ctrl-d", "ctrl-c"])
def test_ctrl_d_or_ctrl_c_at_the_prompt_exits_130_and_writes_nothing(how: str, config_file: Path,
                                                                     tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_bytes(OLD)
    process, leader = at_the_prompt(bib)
    if how == "ctrl-d":
        os.write(leader, b"\x04")
    else:
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            process.send_signal(signal.SIGINT)  # one landing before the prompt's read waits for the next press
            time.sleep(0.5)
    assert process.wait(timeout=30) == 130
    said = rest_of(leader)
    assert "refsync: interrupted; nothing written" in said and "Aborted!" not in said
    assert bib.read_bytes() == OLD
