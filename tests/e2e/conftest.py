"""Fixtures of the end-to-end tests that talk to the Semantic Scholar stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.servers.arxiv import ArxivStandIn
from tests.servers.semanticscholar import SemanticScholarStandIn, recorded_papers


@pytest.fixture(scope="session")
def s2_server() -> Iterator[SemanticScholarStandIn]:
    server = SemanticScholarStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def s2(s2_server: SemanticScholarStandIn) -> SemanticScholarStandIn:
    """The stand-in, emptied, serving the recorded published versions of Michaud's papers."""
    s2_server.papers.clear()
    s2_server.faults.clear()
    s2_server.requests.clear()
    s2_server.api_key, s2_server.budget = None, None
    for paper in recorded_papers():
        s2_server.add(paper)
    return s2_server


@pytest.fixture
def s2_config(tmp_path: Path, arxiv: ArxivStandIn, s2: SemanticScholarStandIn, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config whose arXiv and ``[published]`` point at the stand-ins, with no waiting."""
    extra = f'[published]\napi_url = "{s2.url}"\ndelay = 0\nbackoff = 0\nretries = 3\ntimeout = 5\n'
    path = write_config(tmp_path / "config.toml", arxiv.api_url, extra)
    monkeypatch.setenv("REFSYNC_CONFIG", str(path))
    return path
