"""A repeat `diff --bib` answered from today's arXiv cache makes no HTTP client and loads no HTTP or Zotero library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import MICHAUD_QUERY

NOT_NEEDED = ("httpx2", "httpcore2", "pyzotero")

PROBE = """
import sys
from click.testing import CliRunner
from refsync.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:])
assert result.exit_code in (0, 1), result.output
print(' '.join(sorted(sys.modules)))
"""


def modules_of_a_diff(args: list[str]) -> set[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True, timeout=120)
    return set(result.stdout.split())


def test_a_warm_bib_diff_loads_no_http_or_zotero_library(config_file: Path, partial_bib: Path) -> None:
    args = ["diff", "--query", MICHAUD_QUERY, "--bib", str(partial_bib), "--json"]
    assert "httpx2" in modules_of_a_diff(args)  # the first run asks arXiv
    assert modules_of_a_diff(args).isdisjoint(NOT_NEEDED)
