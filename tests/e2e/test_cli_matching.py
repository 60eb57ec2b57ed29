"""End to end: `refsync authors` against the arXiv stand-in, and `diff --show-candidates`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, run_cli
from tests.servers.arxiv import ArxivStandIn


def forms(report: dict) -> dict[str, tuple[int, str]]:
    return {f["name"]: (f["papers"], f["status"]) for f in report["forms"]}


def test_authors_lists_the_persons_forms_and_the_namesakes_with_paper_counts(config_file: Path, arxiv: ArxivStandIn) -> None:
    report = run_cli('authors "Eric J. Michaud" --json').json()
    assert report["queries"] == [MICHAUD_QUERY] and report["papers"] == 19
    assert forms(report) == {"Eric J. Michaud": (17, "same"), "Eric K. Michaud": (1, "namesake"),
                             "Etienne J. Michaud": (1, "namesake")}
    etienne = next(f for f in report["forms"] if f["name"] == "Etienne J. Michaud")
    assert etienne["arxiv_ids"] == ["2311.04417"] and "different forename" in etienne["reason"]
    assert [r.params["search_query"] for r in arxiv.requests] == [[MICHAUD_QUERY]]


def test_authors_table_names_each_form_and_sums_up(config_file: Path) -> None:
    result = run_cli('authors "Eric J. Michaud"')
    assert result.exit_code == 0
    assert "Etienne J." in result.stdout and "namesake" in result.stdout
    assert "19 papers from au:Michaud,E; 1 form of the name, 2 namesakes" in result.stdout


def test_an_alias_turns_a_namesake_into_a_form_of_the_name() -> None:
    report = run_cli(f'authors "Eric J. Michaud" --alias "Etienne J. Michaud" --feed {MICHAUD_FEED} --json').json()
    assert forms(report)["Etienne J. Michaud"] == (1, "same")
    assert forms(report)["Eric K. Michaud"] == (1, "namesake")


def test_authors_works_offline_from_a_saved_feed() -> None:
    report = run_cli(f'authors "E. Michaud" --feed {MICHAUD_FEED} --json').json()
    assert report["queries"] == [] and set(forms(report)) == {"Eric J. Michaud", "Eric K. Michaud", "Etienne J. Michaud"}
    assert all(status == "same" for _, status in forms(report).values())


UNCERTAIN_BIB = """% a near miss: another spelling and an extra word
@article{close,
  title = {The Quantisation Model of Neural Scaling Laws},
  author = {Michaud, Eric},
  year = {2023}
}
"""


def test_show_candidates_prints_the_entry_beside_an_uncertain_paper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    bib = tmp_path / "refs.bib"
    bib.write_text(UNCERTAIN_BIB, encoding="utf-8")
    result = run_cli(f'diff --author "Eric J. Michaud" --feed {MICHAUD_FEED} --bib {bib} --show-candidates')
    assert result.exit_code == 0
    assert "library close" in result.stdout and "arXiv 2303.13506v3" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "Quantisation" in line and "title" in line)
    assert "The Quantization Model of Neural Scaling" in row and "The Quantisation Model of Neural Scaling Laws" in row
    assert f"{bib}:2 (article close)" in result.stdout


def test_without_show_candidates_diff_prints_no_candidate_table(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(UNCERTAIN_BIB, encoding="utf-8")
    result = run_cli(f'diff --author "Eric J. Michaud" --feed {MICHAUD_FEED} --bib {bib}')
    assert "library close" not in result.stdout and "uncertain" in result.stdout
