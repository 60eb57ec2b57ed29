"""The arXiv fault matrix, end to end: every fault ends in the clean result or a clean error.

Each case runs ``refsync sync --yes --json`` against the loopback stand-in with one
fault injected, paging five entries at a time so that faults can land mid-list. A run
either recovers, and then the report lists exactly the papers of a clean run (no
duplicates) and the .bib is byte-identical to the clean run's, or it stops with one
line on stderr, exit 3, no report, and the .bib untouched. Never a partial list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from, feed

AUTHOR = '--author "Eric J. Michaud"'
PAGE = 5
ALL_ENTRIES = 19


def truncated_first_page() -> str:
    """A real first page cut off mid-entry, as a dropped connection would leave it."""
    text = feed(entries_from(MICHAUD_FEED)[:PAGE], ALL_ENTRIES, 0, MICHAUD_QUERY)
    return text[: len(text) // 2]


@dataclass(frozen=True)
class Fault:
    """One row of the matrix: what goes wrong, and how the run must end."""

    name: str
    faults: tuple[dict[str, Any], ...]
    error: str | None = None
    """None: the run recovers. Else the start of the one-line error after ``refsync: error:``."""
    settings: dict[str, Any] = field(default_factory=dict)


GAVE_UP = "arXiv did not give a usable answer after 3 attempts: "
MATRIX = [
    Fault("429 plain-text body, once", ({"status": 429, "body": "Rate exceeded.", "headers": {"Retry-After": "0"}},)),
    Fault("429 plain-text body, mid-paging", ({"status": 429, "body": "Rate exceeded.", "after": 2},)),
    Fault("429 plain-text body, every time", ({"status": 429, "body": "Rate exceeded.", "times": 99},),
          GAVE_UP + "HTTP 429 from 127.0.0.1"),
    Fault("503 with Retry-After, once", ({"status": 503, "headers": {"Retry-After": "0"}},)),
    Fault("503 with Retry-After as an HTTP date", ({"status": 503, "headers": {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, "after": 1},)),
    Fault("503 with Retry-After beyond max_wait", ({"status": 503, "headers": {"Retry-After": "3600"}, "after": 1},),
          "server asked to wait 3600 s before retrying (more than the 300 s allowed)"),
    Fault("503 every time", ({"status": 503, "times": 99, "after": 3},), GAVE_UP + "HTTP 503 from 127.0.0.1"),
    Fault("500 with an HTML body", ({"status": 500, "body": "<html><body>Internal error</body></html>", "after": 1},)),
    Fault("empty page in the middle, once", ({"empty": True, "after": 1},)),
    Fault("empty page in the middle, every time", ({"empty": True, "after": 2, "times": 99},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("non-XML body with HTTP 200, once", ({"body": "<html>oops</html>", "after": 1},)),
    Fault("non-XML body with HTTP 200, every time", ({"body": "<html>oops</html>", "times": 99},),
          GAVE_UP + "127.0.0.1"),
    Fault("empty body with HTTP 200", ({"body": "", "after": 2},)),
    Fault("truncated XML page", ({"body": truncated_first_page()},)),
    Fault("truncated XML page, every time", ({"body": truncated_first_page(), "times": 99},), GAVE_UP + "127.0.0.1"),
    Fault("connection reset, once", ({"reset": True, "after": 1},)),
    Fault("connection reset, every time", ({"reset": True, "times": 99},), GAVE_UP + "cannot reach 127.0.0.1"),
    Fault("server slower than the timeout, once", ({"delay": 0.4, "after": 1},), settings={"timeout": 0.1}),
    Fault("server slower than the timeout, every time", ({"delay": 0.4, "times": 3},),
          GAVE_UP + "127.0.0.1", settings={"timeout": 0.1}),
    Fault("totalResults lies low", ({"total": 7, "times": 99},)),
    Fault("totalResults says zero", ({"total": 0, "times": 99},)),
    Fault("totalResults lies high", ({"total": 40, "times": 99},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("totalResults lies high on the first page only", ({"total": 40},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("server caps the page size", ()),
    Fault("Backoff header on a page", ({"headers": {"Backoff": "0"}, "after": 1},)),
    Fault("429, then reset, then empty page", ({"status": 429, "body": "Rate exceeded."}, {"reset": True, "after": 1},
                                                {"empty": True, "after": 3})),
]


_CLEAN: list[tuple[set[str], bytes]] = []


@pytest.fixture
def clean(tmp_path: Path, arxiv: ArxivStandIn, partial_bib: Path) -> tuple[set[str], bytes]:
    """The papers and the .bib bytes of a fault-free run on a copy of the same library (run once)."""
    if not _CLEAN:
        config = write_config(tmp_path / "clean.toml", arxiv.api_url, page_size=PAGE)
        copy = tmp_path / "clean.bib"
        copy.write_bytes(partial_bib.read_bytes())
        result = run_cli(f"--config {config} sync {AUTHOR} --bib {copy} --yes --json")
        assert result.exit_code == 0, result.stderr
        assert len(arxiv.requests) == 4
        arxiv.requests.clear()
        _CLEAN.append(({p["arxiv_id"] for p in result.json()["papers"]}, copy.read_bytes()))
    return _CLEAN[0]


@pytest.mark.parametrize("case", MATRIX, ids=[c.name for c in MATRIX])
def test_an_arxiv_fault_ends_in_the_clean_result_or_a_clean_error(
    case: Fault, clean: tuple[set[str], bytes], tmp_path: Path, arxiv: ArxivStandIn, partial_bib: Path
) -> None:
    clean_ids, clean_bib = clean
    config = write_config(tmp_path / "faulty.toml", arxiv.api_url, page_size=PAGE, **case.settings)
    if case.name == "server caps the page size":
        arxiv.max_page = 3
    for fault in case.faults:
        arxiv.inject(**fault)
    before = partial_bib.read_bytes()

    result = run_cli(f"--config {config} sync {AUTHOR} --bib {partial_bib} --yes --json")

    if case.error is None:
        assert result.exit_code == 0, result.stderr
        ids = [p["arxiv_id"] for p in result.json()["papers"]]
        assert len(ids) == len(set(ids)), "duplicated papers"
        assert set(ids) == clean_ids
        assert partial_bib.read_bytes() == clean_bib
    else:
        assert result.exit_code == 3
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"refsync: error: {case.error}"), result.stderr
        assert partial_bib.read_bytes() == before
        assert list(partial_bib.parent.glob("*.refsync-tmp")) == []


def test_the_matrix_faults_actually_reached_the_server(clean: tuple[set[str], bytes], tmp_path: Path,
                                                       arxiv: ArxivStandIn, partial_bib: Path) -> None:
    """A mid-paging fault is only a test if paging happens: the clean run pages in fives."""
    config = write_config(tmp_path / "faulty.toml", arxiv.api_url, page_size=PAGE)
    arxiv.inject(status=429, body="Rate exceeded.", after=2)
    run_cli(f"--config {config} diff {AUTHOR} --bib {partial_bib}")
    starts = [(r.params["start"][0], r.status) for r in arxiv.requests]
    assert starts == [("0", 200), ("5", 200), ("10", 429), ("10", 200), ("15", 200)]


def test_a_failed_run_leaves_nothing_for_the_next_run_to_trip_over(clean: tuple[set[str], bytes], tmp_path: Path,
                                                                    arxiv: ArxivStandIn, partial_bib: Path) -> None:
    config = write_config(tmp_path / "faulty.toml", arxiv.api_url, page_size=PAGE)
    arxiv.inject(reset=True, times=3, after=2)
    assert run_cli(f"--config {config} sync {AUTHOR} --bib {partial_bib} --yes").exit_code == 3
    result = run_cli(f"--config {config} sync {AUTHOR} --bib {partial_bib} --yes --json")
    assert result.exit_code == 0
    assert partial_bib.read_bytes() == clean[1]
