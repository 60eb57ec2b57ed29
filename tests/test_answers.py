"""Empty and partial answers are never reported as success (issue 11: wrong answers).

Each test runs ``refsync`` against the loopback arXiv stand-in (or real feed files) in a
case where a naive client would print "0 papers" or a shorter list and exit 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, run_cli
from tests.servers.arxiv import ArxivStandIn, entries_from, feed

PAPER = "2410.19750"


def test_an_empty_first_page_that_arxiv_counts_results_for_is_retried(config_file: Path, arxiv: ArxivStandIn,
                                                                      tmp_path: Path) -> None:
    arxiv.inject(empty=True)
    result = run_cli(f'diff --author "Eric J. Michaud" --bib {tmp_path / "none.bib"} --create --exit-code --json')
    assert result.exit_code == 1, result.stderr
    assert len(result.json()["papers"]) == 19
    assert [r.params["start"] for r in arxiv.requests] == [["0"], ["0"]]


def test_an_empty_first_page_every_time_is_an_error_not_zero_papers(config_file: Path, arxiv: ArxivStandIn,
                                                                    tmp_path: Path) -> None:
    arxiv.inject(empty=True, times=99)
    result = run_cli(f'diff --author "Eric J. Michaud" --bib {tmp_path / "none.bib"} --create --exit-code')
    assert result.exit_code == 3 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("refsync: error: arXiv did not give a usable answer after 3 attempts: "
                           "arXiv returned an empty page at 127.0.0.1")
    assert line.endswith("(start=0) although its total says 19")


def test_an_empty_first_page_for_id_is_retried(config_file: Path, arxiv: ArxivStandIn, tmp_path: Path) -> None:
    arxiv.inject(empty=True)
    result = run_cli(f"diff --id {PAPER} --bib {tmp_path / 'none.bib'} --create --json")
    assert result.exit_code == 0, result.stderr
    assert [p["arxiv_id"] for p in result.json()["papers"]] == [PAPER]


def test_an_empty_first_page_for_show_is_retried_not_no_such_paper(config_file: Path, arxiv: ArxivStandIn) -> None:
    arxiv.inject(empty=True)
    result = run_cli(f"show {PAPER}")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@")


def test_an_empty_first_page_for_authors_is_retried(config_file: Path, arxiv: ArxivStandIn) -> None:
    arxiv.inject(empty=True)
    report = run_cli('authors "Eric J. Michaud" --json').json()
    assert report["papers"] == 19


def test_an_empty_author_feed_that_counts_results_is_retried(config_file: Path, arxiv: ArxivStandIn,
                                                             tmp_path: Path) -> None:
    arxiv.add_author_feed("michaud_e_1", entries_from(MICHAUD_FEED))
    arxiv.inject(empty=True, path=r"^/a/")
    result = run_cli(f"diff --arxiv-author-id michaud_e_1 --bib {tmp_path / 'none.bib'} --create --json")
    assert result.exit_code == 0, result.stderr
    assert len(result.json()["papers"]) == 19
