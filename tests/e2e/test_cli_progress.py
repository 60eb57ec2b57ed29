"""While arXiv pages come in, a progress bar on stderr's terminal; never on stdout, never under --json."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import MICHAUD_FEED, write_config
from tests.servers.arxiv import ArxivStandIn
from tests.e2e.terminal import Screen, run_in_terminal

DIFF = ["diff", "--author", "Eric J. Michaud", "--create"]


def run(tmp_path: Path, arxiv: ArxivStandIn, *extra: str) -> Screen:
    config = write_config(tmp_path / "config.toml", arxiv.api_url, page_size=5)
    env = {**os.environ, "REFSYNC_CONFIG": str(config)}
    return run_in_terminal([*DIFF, "--bib", str(tmp_path / "refs.bib"), *extra], columns=80, env=env,
                           stdout_to_pipe=True)


def test_paging_through_arxiv_shows_a_bar_on_stderr_and_nothing_of_it_on_stdout(
        tmp_path: Path, arxiv: ArxivStandIn) -> None:
    screen = run(tmp_path, arxiv)
    assert screen.code == 0 and len([r for r in arxiv.requests if "search_query" in r.params]) > 1
    assert "fetching papers from arXiv" in screen.raw
    assert "fetching" not in screen.stdout and "19 papers on arXiv" in screen.stdout


def test_json_shows_no_progress(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    screen = run(tmp_path, arxiv, "--json")
    assert screen.code == 0 and "fetching" not in screen.raw and screen.stdout.startswith("{")


def test_a_saved_feed_shows_no_progress(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    screen = run(tmp_path, arxiv, "--feed", str(MICHAUD_FEED))
    assert screen.code == 0 and "fetching" not in screen.raw
