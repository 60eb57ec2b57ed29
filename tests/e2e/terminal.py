"""Run the real ``refsync`` command in a pseudo-terminal of a given size, as a user's shell does."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


@dataclass
class Screen:
    raw: str
    """Everything the terminal received, escape codes included."""
    code: int
    stdout: str = ""
    """With ``stdout_to_pipe``, what went to stdout (then ``raw`` is stderr's terminal)."""

    @property
    def lines(self) -> list[str]:
        """What a person sees, line by line, without colours."""
        return ANSI.sub("", self.raw).replace("\r\n", "\n").rstrip("\n").split("\n")


def run_in_terminal(args: Sequence[str], *, columns: int, answers: Sequence[tuple[str, str]] = (),
                    env: dict[str, str] | None = None, timeout: float = 60.0, stdout_to_pipe: bool = False) -> Screen:
    """Run ``python -m refsync ARGS`` on a pty ``columns`` wide; for each (prompt, reply), wait and type.

    ``stdout_to_pipe`` sends stdout to a pipe, as in ``refsync diff | less``, and leaves stderr on the terminal.
    """
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    environment = {k: v for k, v in (env or os.environ).items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    environment["TERM"] = "xterm-256color"
    process = subprocess.Popen([sys.executable, "-m", "refsync", *args], stdin=slave,
                               stdout=subprocess.PIPE if stdout_to_pipe else slave, stderr=slave,
                               env=environment, close_fds=True)
    os.close(slave)
    received = b""
    pending = list(answers)
    answered_at = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                received += chunk
            if pending and pending[0][0] in ANSI.sub("", received[answered_at:].decode("utf-8", "replace")):
                os.write(master, pending.pop(0)[1].encode())
                answered_at = len(received)
            if not ready and process.poll() is not None:
                break
        else:
            process.kill()
            raise AssertionError(f"refsync did not finish; it printed:\n{received.decode('utf-8', 'replace')}")
    finally:
        os.close(master)
    stdout = process.stdout.read().decode("utf-8") if process.stdout else ""
    return Screen(received.decode("utf-8", "replace"), process.wait(timeout=10), stdout)
