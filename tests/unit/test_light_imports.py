"""`refsync --help`, `--version` and loading the config stay light: no HTTP, Zotero, feed or BibTeX parser is imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pyzotero", "httpx2", "feedparser", "bibtexparser")
TEXT = ("ftfy", "pylatexenc", "rapidfuzz", "refsync.journalref")
"""What comparing and rendering text needs: a third of `refsync --version`'s time when it was imported."""


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


@pytest.mark.parametrize("code", [
    pytest.param("import refsync.cli", id="the CLI module"),
    pytest.param("from click.testing import CliRunner\nfrom refsync.cli import cli\n"
                 "assert CliRunner().invoke(cli, ['--help']).exit_code == 0", id="refsync --help"),
    pytest.param("from click.testing import CliRunner\nfrom refsync.cli import cli\n"
                 "assert CliRunner().invoke(cli, ['--version']).exit_code == 0", id="refsync --version"),
    pytest.param("from refsync import config\nconfig.parse({'arxiv': {'delay': 0}, 'zotero': {'collection': 'C'},"
                 " 'bibtex': {'style': 'biblatex'}})", id="loading the config"),
])
def test_imports_none_of_the_heavy_libraries(code: str) -> None:
    assert imported_after(code).isdisjoint(HEAVY)


def test_refsync_version_imports_nothing_that_reads_or_compares_text() -> None:
    code = "from click.testing import CliRunner\nfrom refsync.cli import cli\nCliRunner().invoke(cli, ['--version'])"
    assert imported_after(code).isdisjoint(TEXT)
