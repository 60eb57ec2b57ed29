"""Inputs the fuzzers broke refsync with, each now a clear outcome (regressions, end to end where possible)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from refsync.bibfile.parse import parses_as_one_entry
from refsync.errors import FeedError
from refsync.arxiv.feed import parse_feed
from refsync.model import Paper
from refsync.bibfile.render import render_entry
from tests.conftest import MICHAUD_FEED, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from

AUTHOR = '--author "Eric J. Michaud"'


def test_an_undefined_string_macro_reads_as_empty_as_in_bibtex(config_file: Path, tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@article{x, title = {The Quantization Model of Neural Scaling}, author = {Michaud, Eric J.},\n"
                   "  journal = prl, year = 2023}\n")
    report = run_cli(f"diff {AUTHOR} --bib {bib} --json").json()
    assert {p["arxiv_id"]: p["status"] for p in report["papers"]}["2303.13506"] == "present"


def test_a_bib_error_is_one_line_on_a_real_terminal_without_bibtexparser_noise(config_file: Path,
                                                                               tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@misc{ok, title = {Fine}}\n\n@misc{bad, title = {x} junk junk = {y}}\n")
    argv = [sys.executable, "-m", "refsync", "diff", "--author", "Eric J. Michaud", "--bib", str(bib)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert result.stderr == f"refsync: error: {bib}:3: entry 'bad' cannot be parsed\n"


def test_feedparser_crashing_on_a_namespace_is_a_feed_error() -> None:
    data = b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:o="a\xc2\xa0b"><o:t>1</o:t></feed>'
    with pytest.raises(FeedError, match="not an arXiv Atom feed"):
        parse_feed(data, source="page")


def test_such_a_page_is_retried_like_any_broken_page(config_file: Path, tmp_path: Path, arxiv: ArxivStandIn) -> None:
    arxiv.inject(body='<feed xmlns="http://www.w3.org/2005/Atom" xmlns:o="a\u00a0b"><o:t>1</o:t></feed>')
    bib = tmp_path / "refs.bib"
    bib.write_text("")
    assert run_cli(f"diff {AUTHOR} --bib {bib} --json").json()["summary"]["new"] == 17


def test_tabs_and_line_breaks_from_arxiv_never_reach_the_file(config_file: Path, tmp_path: Path,
                                                            arxiv: ArxivStandIn) -> None:
    entry = next(e for e in entries_from(MICHAUD_FEED) if "2402.05110" in e)
    arxiv.add_query("au:Michaud,E", [entry.replace("<title>", "<title>Tab\tand\r\nnext\n line: ", 1)])
    bib = tmp_path / "refs.bib"
    bib.write_text("")
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0
    text = bib.read_text("utf-8")
    assert "title         = {Tab and next line: Opening" in text
    assert run_cli(f"diff {AUTHOR} --bib {bib} --json").json()["summary"]["new"] == 0


def test_control_characters_are_never_rendered_since_a_nul_makes_a_file_unreadable() -> None:
    paper = Paper(arxiv_id="2303.13506", version=1, title="A\x00B\x1bC\x85D", authors=("Eric\x07 Michaud",))
    entry = render_entry(paper, "k")
    assert not [c for c in entry if unicodedata.category(c) == "Cc" and c != "\n"]
    assert parses_as_one_entry(entry)["author"] == "Michaud, Eric"


@pytest.mark.parametrize(
    ("arxiv", "message"),
    [
        ({"delay": float("inf")}, "'delay' must be at most 3600 seconds"),
        ({"timeout": 1e300}, "'timeout' must be at most 3600 seconds"),
        ({"api_url": "http://[::1/api"}, "'api_url' must be an http(s) URL, not 'http://[::1/api'"),
        ({"api_url": "export.arxiv.org/api/query"}, "'api_url' must be an http(s) URL"),
        ({"author_feed_url": "https://arxiv.org/a/{author}.atom2"}, "'author_feed_url' must be a URL with {id}"),
        ({"author_feed_url": "https://arxiv.org/a/michaud.atom2"}, "'author_feed_url' must be a URL with {id}"),
    ],
)
def test_arxiv_settings_that_would_fail_mid_run_are_config_errors(arxiv: dict, message: str, tmp_path: Path,
                                                                   partial_bib: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[arxiv]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in arxiv.items()))
    result = run_cli(f"--config {path} diff {AUTHOR} --bib {partial_bib}")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"refsync: error: {path} [arxiv]: {message}") and result.stderr.count("\n") == 1


def _toml(value: object) -> str:
    if isinstance(value, float) and value == float("inf"):
        return "inf"
    return repr(value) if not isinstance(value, str) else f'"{value}"'


def test_a_malformed_arxiv_url_in_the_environment_is_a_config_error(arxiv: ArxivStandIn, tmp_path: Path,
                                                                     partial_bib: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFSYNC_ARXIV_URL", "http://[::1")
    result = run_cli(f"--config {write_config(tmp_path / 'c.toml', arxiv.api_url)} diff {AUTHOR} --bib {partial_bib}")
    assert result.exit_code == 2
    assert result.stderr == "refsync: error: environment: 'REFSYNC_ARXIV_URL' must be an http(s) URL, not 'http://[::1'\n"


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        ('since = 2020-01-01T10:00:00', "'since' must be a date like 2020-01-01, without a time"),
        ('bib = "refs\\u0000.bib"', "'bib' must be a file path, not a string with a NUL character"),
    ],
)
def test_profile_values_that_would_fail_mid_run_are_config_errors(profile: str, message: str, tmp_path: Path,
                                                                  arxiv: ArxivStandIn) -> None:
    path = write_config(tmp_path / "c.toml", arxiv.api_url, f'[profiles.m]\nauthor = "Eric J. Michaud"\n{profile}\n')
    result = run_cli(f"--config {path} diff m")
    assert result.exit_code == 2
    assert result.stderr == f"refsync: error: {path} [profiles.m]: {message}\n"
