"""Shared fixtures: an isolated home for every test, loopback servers, a CLI runner."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from click.testing import CliRunner
from keyring.backends import fail

from refsync.cli import cli
from tests.servers.arxiv import ArxivStandIn, entries_from
from tests.servers.zotero import ZoteroEmulator

DATA = Path(__file__).parent / "data"
ARXIV_DATA = DATA / "arxiv"
BIB_DATA = DATA / "bib"
MICHAUD_FEED = ARXIV_DATA / "michaud_listing.xml"
MICHAUD_QUERY = "au:Michaud,E"
ZOTERO_USER = 4242
ZOTERO_KEY = "Zk7Qm2Wx9Lp4Rt6Yv8Bn3Hs5"
"""A read/write key of ZOTERO_USER in the ``zotero`` emulator; tests grep output for it."""


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's config, cache, state or keyring."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state"), ("XDG_DATA_HOME", "data")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    for var in ("REFSYNC_CONFIG", "REFSYNC_ARXIV_URL", "REFSYNC_ZOTERO_URL", "ZOTERO_API_KEY", "PYTHON_KEYRING_BACKEND"):
        monkeypatch.delenv(var, raising=False)
    keyring.set_keyring(fail.Keyring())  # never the real user's keyring; tests that need one set their own
    return home


@pytest.fixture(scope="session")
def arxiv_server() -> Iterator[ArxivStandIn]:
    server = ArxivStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def arxiv(arxiv_server: ArxivStandIn) -> ArxivStandIn:
    """The arXiv stand-in, emptied, serving the Michaud listing for ``au:Michaud,E``."""
    arxiv_server.reset()
    arxiv_server.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED))
    return arxiv_server


def write_config(path: Path, arxiv_url: str, extra: str = "", **arxiv: Any) -> Path:
    """A config pointing at the stand-in, with waits near zero."""
    settings = {"api_url": arxiv_url, "delay": 0, "backoff": 0, "retries": 3, "timeout": 5, **arxiv}
    lines = ["[arxiv]"] + [f"{k} = {json.dumps(v)}" for k, v in settings.items()]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture
def config_file(tmp_path: Path, arxiv: ArxivStandIn, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = write_config(tmp_path / "config.toml", arxiv.api_url)
    monkeypatch.setenv("REFSYNC_CONFIG", str(path))
    return path


@pytest.fixture
def zotero(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoteroEmulator]:
    """A fresh Zotero emulator with one user and a read/write key, and refsync pointed at both."""
    with ZoteroEmulator() as emulator:
        emulator.add_user(ZOTERO_USER, "michaud-lab")
        emulator.add_key(ZOTERO_KEY, ZOTERO_USER)
        monkeypatch.setenv("REFSYNC_ZOTERO_URL", emulator.url)
        monkeypatch.setenv("ZOTERO_API_KEY", ZOTERO_KEY)
        yield emulator


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(args: str | list[str], input: str | None = None) -> Run:
    """Run ``refsync`` in-process, as a user would type it."""
    argv = shlex.split(args) if isinstance(args, str) else args
    result = CliRunner().invoke(cli, argv, input=input, prog_name="refsync")
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def partial_bib(tmp_path: Path) -> Path:
    """A copy of a library that holds 7 of the 17 Michaud papers, in 7 different forms."""
    path = tmp_path / "refs.bib"
    path.write_bytes((BIB_DATA / "michaud_partial.bib").read_bytes())
    return path


SLOW_FILES = frozenset({"test_faults.py", "test_security.py", "test_bib_safety.py"})
"""End-to-end files that run real subprocesses, SIGKILLs or whole fault matrices."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Quality suites (benchmarks, fuzzing, properties, TeX) and the heaviest e2e files are ``slow``."""
    for item in items:
        if item.path.parent.name == "quality" or item.path.name in SLOW_FILES:
            item.add_marker(pytest.mark.slow)
