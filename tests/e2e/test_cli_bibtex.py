"""End to end: an author's arXiv list against a .bib file, as a user runs refsync."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bibtexparser
import pytest

from tests.conftest import BIB_DATA, MICHAUD_FEED, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn

ALREADY_THERE = {"2509.02565", "2405.14860", "2410.08201", "2303.13506", "2210.13447", "2012.05862", "2205.10343"}
MISSING = {"2505.15811", "2501.16496", "2501.12391", "2410.19750", "2410.08201", "2405.17420", "2403.19647",
           "2402.05110", "2307.15217", "2210.01117", "2010.13871"} - ALREADY_THERE
NAMESAKES = {"2311.04417", "2208.11205"}
AUTHOR = '--author "Eric J. Michaud"'


def by_status(report: dict, status: str) -> set[str]:
    return {p["arxiv_id"] for p in report["papers"] if p["status"] == status}


def test_diff_reports_exactly_the_missing_papers_as_new(config_file: Path, partial_bib: Path) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {partial_bib} --json").json()
    assert by_status(report, "new") == MISSING
    assert by_status(report, "present") == ALREADY_THERE
    assert report["summary"] == {"new": 10, "present": 7, "uncertain": 0, "excluded": 2}


def test_diff_finds_ids_in_every_field_a_library_hides_them_in(config_file: Path, partial_bib: Path) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {partial_bib} --json").json()
    reasons = {p["arxiv_id"]: (p["match"], p["reason"]) for p in report["papers"] if p["status"] == "present"}
    assert reasons["2509.02565"] == ({"key": "michaudUnderstandingSparseAutoencoder2025", "by": "arxiv_id"}, "eprint = 2509.02565")
    assert reasons["2405.14860"][1].startswith("url = ")
    assert reasons["2410.08201"][1].startswith("doi = ")
    assert reasons["2303.13506"][1] == "journal = arXiv preprint arXiv:2303.13506"
    assert reasons["2210.13447"][1].startswith("note = ")
    assert reasons["2012.05862"][1].startswith("howpublished = ")
    assert reasons["2205.10343"][0] == {"key": "liu2022grokking", "by": "title"}


def test_diff_never_writes(config_file: Path, partial_bib: Path) -> None:
    before = partial_bib.read_bytes()
    run_cli(f"diff {AUTHOR} --bib {partial_bib}")
    assert partial_bib.read_bytes() == before
    assert sorted(p.name for p in partial_bib.parent.iterdir()) == ["config.toml", "refs.bib"]


def test_sync_appends_missing_papers_and_keeps_every_original_byte(config_file: Path, partial_bib: Path) -> None:
    before = partial_bib.read_bytes()
    result = run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes --json")
    assert result.exit_code == 0
    after = partial_bib.read_bytes()
    assert after.startswith(before)
    added = result.json()["applied"]["added"]
    assert len(added) == 10 and "mudideEfficientDictionaryLearning2024" not in added
    database = bibtexparser.loads(after.decode("utf-8"))
    assert len(database.entries) == 9 + 10
    assert {e["ID"] for e in database.entries} >= set(added)


def test_second_diff_after_sync_reports_nothing_new(config_file: Path, partial_bib: Path) -> None:
    run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes")
    report = run_cli(f"diff {AUTHOR} --bib {partial_bib} --json").json()
    assert report["summary"]["new"] == 0
    assert by_status(report, "present") == ALREADY_THERE | MISSING


def test_sync_writes_entries_with_arxiv_fields(config_file: Path, partial_bib: Path) -> None:
    run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes")
    entries = {e["ID"]: e for e in bibtexparser.loads(partial_bib.read_text("utf-8")).entries}
    entry = entries["michaudOpeningAIBlack2024"]
    assert entry["ENTRYTYPE"] == "misc"
    assert entry["eprint"] == "2402.05110"
    assert entry["archiveprefix"] == "arXiv"
    assert entry["primaryclass"] == "cs.LG"
    assert entry["url"] == "https://arxiv.org/abs/2402.05110"
    assert entry["year"] == "2024"
    assert entry["title"] == "Opening the {AI} black box: program synthesis via mechanistic interpretability"
    assert entry["author"].startswith("Michaud, Eric J. and Liao, Isaac and Lad, Vedang")
    assert "Vukelić, Mateja" in entry["author"]
    published = entries["liGeometryConceptsSparse2025"]
    assert published["ENTRYTYPE"] == "article" and published["journal"] == "Entropy"
    assert (published["volume"], published["number"], published["pages"], published["year"]) == ("27", "4", "344", "2025")
    assert published["eprint"] == "2410.19750" and "note" not in published


def test_namesakes_with_a_conflicting_forename_or_initial_are_excluded(config_file: Path, partial_bib: Path) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {partial_bib} --json").json()
    excluded = {p["arxiv_id"]: p["reason"] for p in report["papers"] if p["status"] == "excluded"}
    assert set(excluded) == NAMESAKES
    assert "Etienne J. Michaud has a different forename" in excluded["2311.04417"]
    assert "Eric K. Michaud has a different middle name" in excluded["2208.11205"]


def test_a_paper_listed_in_exclude_is_excluded(config_file: Path, partial_bib: Path) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {partial_bib} --exclude arXiv:2010.13871v1 --json").json()
    paper = next(p for p in report["papers"] if p["arxiv_id"] == "2010.13871")
    assert paper["status"] == "excluded" and paper["reason"] == "listed in exclude"


def test_profile_from_the_config_file_runs_the_same_sync(tmp_path: Path, arxiv: ArxivStandIn, partial_bib: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    profile = f"""
[profiles.michaud]
author = "Eric J. Michaud"
exclude = ["2010.13871"]
bib = "{partial_bib}"
"""
    config = write_config(tmp_path / "config.toml", arxiv.api_url, profile)
    result = run_cli(f"--config {config} sync michaud --yes --json")
    assert result.exit_code == 0, result.stderr
    assert len(result.json()["applied"]["added"]) == 9
    assert run_cli(f"--config {config} diff michaud --json").json()["summary"]["new"] == 0


def test_diff_exit_code_is_one_when_papers_are_missing(config_file: Path, partial_bib: Path) -> None:
    assert run_cli(f"diff {AUTHOR} --bib {partial_bib} --exit-code").exit_code == 1
    run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes")
    assert run_cli(f"diff {AUTHOR} --bib {partial_bib} --exit-code").exit_code == 0


def test_sync_refuses_without_yes_when_stdin_is_not_a_terminal(config_file: Path, partial_bib: Path) -> None:
    before = partial_bib.read_bytes()
    result = run_cli(f"sync {AUTHOR} --bib {partial_bib}")
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    assert partial_bib.read_bytes() == before


def test_json_output_is_the_documented_contract(config_file: Path, partial_bib: Path) -> None:
    result = run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes --json")
    report = result.json()
    assert set(report) == {"author", "target", "papers", "summary", "applied"}
    assert report["author"] == "Eric J. Michaud"
    assert report["target"] == {"kind": "bibtex", "path": str(partial_bib)}
    assert set(report["applied"]) == {"added", "updated", "failed"}
    quantization = next(p for p in report["papers"] if p["arxiv_id"] == "2303.13506")
    assert quantization == {
        "arxiv_id": "2303.13506", "version": 3, "title": "The Quantization Model of Neural Scaling", "year": 2023,
        "status": "present", "match": {"key": "michaud2023quantization", "by": "arxiv_id"},
        "reason": "journal = arXiv preprint arXiv:2303.13506",
    }
    assert all(set(p) == {"arxiv_id", "version", "title", "year", "status", "match", "reason"} for p in report["papers"])


def test_diff_json_has_no_applied_section(config_file: Path, partial_bib: Path) -> None:
    assert "applied" not in run_cli(f"diff {AUTHOR} --bib {partial_bib} --json").json()


def test_human_output_has_a_table_and_a_summary_line(config_file: Path, partial_bib: Path) -> None:
    out = run_cli(f"diff {AUTHOR} --bib {partial_bib}").stdout
    assert "10 new, 7 present, 0 uncertain, 2 excluded" in out
    assert "2402.05110v1" in out


def test_malformed_bib_gives_one_line_error_naming_the_line(config_file: Path, tmp_path: Path) -> None:
    bib = tmp_path / "broken.bib"
    bib.write_text("@misc{ok, title={Fine}}\n\n@article{bad,\n  title = {Unbalanced,\n  year = 2020\n}\n", "utf-8")
    before = bib.read_bytes()
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        f"refsync: error: {bib}:3: entry 'bad' is not closed before the end of the file (unbalanced braces)"
    )
    assert bib.read_bytes() == before


def test_arxiv_error_feed_gives_a_clear_error(config_file: Path, partial_bib: Path, arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=400, body=(Path(__file__).parents[1] / "data/arxiv/2026_error_incorrect_id_format_http400.xml").read_text())
    result = run_cli(f"diff {AUTHOR} --bib {partial_bib}")
    assert result.exit_code == 3
    assert result.stderr.strip() == "refsync: error: arXiv API error: incorrect id format for abc"


def test_unreachable_server_gives_a_clear_error(tmp_path: Path, partial_bib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_config(tmp_path / "config.toml", "http://127.0.0.1:9/api/query")
    result = run_cli(f"--config {config} diff {AUTHOR} --bib {partial_bib}")
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("refsync: error: arXiv did not give a usable answer after 3 attempts: cannot reach")


def test_rate_limit_that_outlasts_the_retries_gives_a_clear_error(config_file: Path, partial_bib: Path,
                                                                   arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=429, body="Rate exceeded.", headers={"Retry-After": "0"}, times=5)
    result = run_cli(f"diff {AUTHOR} --bib {partial_bib}")
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        "refsync: error: arXiv did not give a usable answer after 3 attempts: HTTP 429 from 127.0.0.1"
    )


def test_missing_bib_is_an_error_unless_create_is_given(config_file: Path, tmp_path: Path) -> None:
    bib = tmp_path / "new.bib"
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes")
    assert result.exit_code == 3 and "--create" in result.stderr and not bib.exists()
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --create --json")
    assert result.exit_code == 0
    assert len(bibtexparser.loads(bib.read_text("utf-8")).entries) == 17


def test_saved_feed_works_offline(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_bytes((BIB_DATA / "michaud_partial.bib").read_bytes())
    report = run_cli(f"diff {AUTHOR} --feed {MICHAUD_FEED} --bib {bib} --json").json()
    assert report["summary"] == {"new": 10, "present": 7, "uncertain": 0, "excluded": 2}


def test_without_an_author_the_usage_error_says_what_to_give(tmp_path: Path) -> None:
    result = run_cli(f"diff --bib {tmp_path / 'x.bib'}")
    assert result.exit_code == 2
    assert "--author" in result.stderr


def test_console_script_and_module_report_the_version() -> None:
    module = subprocess.run([sys.executable, "-m", "refsync", "--version"], capture_output=True, text=True, check=True)
    assert module.stdout.startswith("refsync, version ")
