"""What people see from ``diff``: the papers that need attention, fitted to the terminal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.e2e.terminal import run_in_terminal

EXAMPLES = Path(__file__).parents[2] / "examples"
README_DIFF = ["diff", "--author", "Eric J. Michaud", "--feed", str(EXAMPLES / "michaud.atom"),
               "--bib", str(EXAMPLES / "refs.bib")]
LONG_TITLE = "Understanding sparse autoencoder scaling in the presence of feature manifolds"
PAPER_LINE = re.compile(r"^(new|present|uncertain|excluded) +\d{4}\.\d{5}v\d+ ")


@pytest.mark.parametrize("columns", [80, 120])
def test_on_a_terminal_every_line_fits_the_width(columns: int) -> None:
    screen = run_in_terminal(README_DIFF, columns=columns)
    assert screen.code == 0
    assert max(len(line) for line in screen.lines) <= columns


@pytest.mark.parametrize("columns", [80, 120])
def test_on_a_terminal_each_paper_is_one_line_with_its_reason_below(columns: int) -> None:
    lines = run_in_terminal(README_DIFF, columns=columns).lines
    papers = [i for i, line in enumerate(lines) if PAPER_LINE.match(line)]
    assert len(papers) == 15  # the new ones; present and excluded are only counted
    assert all(lines[i + 1].startswith("     no entry with this arXiv id") for i in papers)


def test_at_80_columns_a_long_title_ends_in_an_ellipsis() -> None:
    lines = run_in_terminal(README_DIFF, columns=80).lines
    line = next(line for line in lines if "2509.02565v2" in line)
    assert line.endswith("…") and LONG_TITLE.startswith(line.split("2025  ")[1][:-1])


def test_at_120_columns_the_same_title_is_whole() -> None:
    lines = run_in_terminal(README_DIFF, columns=120).lines
    assert any(line.endswith(LONG_TITLE) for line in lines)


def test_on_a_terminal_the_status_is_coloured() -> None:
    assert "\x1b[" in run_in_terminal(README_DIFF, columns=80).raw


def test_in_a_pipe_nothing_is_shortened_or_coloured() -> None:
    out = run_cli(README_DIFF).stdout
    assert "\x1b[" not in out and "…" not in out
    assert f"new  2509.02565v2  2025  {LONG_TITLE}\n" in out


def test_by_default_present_and_excluded_are_counted_not_listed() -> None:
    out = run_cli(README_DIFF).stdout
    assert "2303.13506" not in out and "2311.04417" not in out
    assert "not listed: 2 present, 2 excluded (--show present,excluded or --all-papers)" in out
    assert "15 new, 2 present, 0 uncertain, 2 excluded" in out


def test_show_lists_the_named_statuses_with_their_reasons() -> None:
    out = run_cli([*README_DIFF, "--show", "excluded"]).stdout
    assert "excluded  2311.04417v1  2023  Magnetic anisotropy of thin cobalt films on vicinal copper" in out
    assert "namesake: Etienne J. Michaud has a different forename than Eric J. Michaud" in out
    assert "2303.13506" not in out and "not listed: 2 present" in out


def test_all_papers_lists_every_paper_and_leaves_nothing_out() -> None:
    out = run_cli([*README_DIFF, "--all-papers"]).stdout
    assert len([line for line in out.splitlines() if PAPER_LINE.match(line)]) == 19
    assert "not listed" not in out


def test_an_unknown_status_for_show_is_a_usage_error() -> None:
    run = run_cli([*README_DIFF, "--show", "presnt"])
    assert run.exit_code == 2 and "'presnt' is not one of new, present, uncertain, excluded" in run.stderr


def test_json_lists_every_paper_whatever_the_view() -> None:
    assert len(run_cli([*README_DIFF, "--json"]).json()["papers"]) == 19
