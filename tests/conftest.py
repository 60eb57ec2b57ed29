"""Shared fixtures: an isolated home for every test, loopback servers, a CLI runner."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from refsync.cli import cli
from tests.servers.arxiv import ArxivStandIn, entries_from

DATA = Path(__file__).parent / "data"
ARXIV_DATA = DATA / "arxiv"
BIB_DATA = DATA / "bib"
MICHAUD_FEED = ARXIV_DATA / "michaud_listing.xml"
MICHAUD_QUERY = "au:Michaud,E"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's config, cache, state or keyring."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state"), ("XDG_DATA_HOME", "data")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    for var in ("REFSYNC_CONFIG", "REFSYNC_ARXIV_URL", "REFSYNC_ZOTERO_URL", "ZOTERO_API_KEY"):
        monkeypatch.delenv(var, raising=False)
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
