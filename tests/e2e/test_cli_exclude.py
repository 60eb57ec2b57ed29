"""Remembered decisions: ``refsync exclude`` / ``include`` edit one profile's list and nothing else."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest

from tests.conftest import MICHAUD_FEED, run_cli

CONFIG = """\
# refsync settings -- hand-written, keep my notes
[bibtex]
citekey = "google"   # like Scholar

[profiles.michaud]   # Eric, the lab's PI
author = "Eric J. Michaud"
# papers that are not his
exclude = [
    "2010.13871",  # a workshop talk
]
bib = "refs.bib"

[profiles.tegmark]
author = "Max Tegmark"
"""
TODAY = dt.date.today().isoformat()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def only_insertions(before: str, after: str) -> list[str]:
    """The text ``after`` adds to ``before``; fails if a byte of ``before`` changed or went."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    assert all(op in ("equal", "insert") for op, *_ in matcher.get_opcodes()), after
    return [after[j1:j2] for op, _, _, j1, j2 in matcher.get_opcodes() if op == "insert"]


def test_exclude_adds_the_id_with_reason_and_date_and_keeps_every_other_byte(config: Path) -> None:
    run = run_cli(["--config", str(config), "exclude", "arXiv:2509.02565v2", "--profile", "michaud",
                   "--why", "not my paper"])
    assert run.exit_code == 0
    added = "".join(only_insertions(CONFIG, config.read_text(encoding="utf-8")))
    assert added.strip() == f'{{id = "2509.02565", why = "not my paper", date = {TODAY}}},'


def test_include_undoes_exclude_byte_for_byte(config: Path) -> None:
    run_cli(["--config", str(config), "exclude", "2509.02565", "--profile", "michaud", "--why", "x"])
    assert run_cli(["--config", str(config), "include", "2509.02565", "--profile", "michaud"]).exit_code == 0
    assert config.read_text(encoding="utf-8") == CONFIG


def test_exclude_starts_the_list_in_a_profile_that_has_none(config: Path) -> None:
    run_cli(["--config", str(config), "exclude", "2401.00001", "--profile", "tegmark"])
    added = only_insertions(CONFIG, config.read_text(encoding="utf-8"))
    assert "".join(added).strip() == f'exclude = [{{id = "2401.00001", date = {TODAY}}}]'


def test_excluding_twice_changes_nothing(config: Path) -> None:
    run = run_cli(["--config", str(config), "exclude", "2010.13871v1", "--profile", "michaud"])
    assert "already excluded" in run.stdout and config.read_text(encoding="utf-8") == CONFIG


def test_without_profile_a_config_with_several_is_a_usage_error(config: Path) -> None:
    run = run_cli(["--config", str(config), "exclude", "2509.02565"])
    assert run.exit_code == 2 and "--profile" in run.stderr and config.read_text(encoding="utf-8") == CONFIG


def test_an_unknown_profile_is_an_error_and_writes_nothing(config: Path) -> None:
    run = run_cli(["--config", str(config), "exclude", "2509.02565", "--profile", "nobody"])
    assert run.exit_code == 2 and "nobody" in run.stderr and config.read_text(encoding="utf-8") == CONFIG


def test_a_bad_id_is_an_error_and_writes_nothing(config: Path) -> None:
    run = run_cli(["--config", str(config), "exclude", "not-an-id", "--profile", "michaud"])
    assert run.exit_code == 2 and "not an arXiv id" in run.stderr and config.read_text(encoding="utf-8") == CONFIG


def test_including_an_id_that_is_not_excluded_is_an_error(config: Path) -> None:
    run = run_cli(["--config", str(config), "include", "2509.02565", "--profile", "michaud"])
    assert run.exit_code == 2 and "not in the exclude list" in run.stderr


def test_diff_shows_the_recorded_reason_and_date(config: Path, tmp_path: Path) -> None:
    run_cli(["--config", str(config), "exclude", "2509.02565", "--profile", "michaud", "--why", "not my paper"])
    bib = tmp_path / "refs.bib"
    bib.write_text("", encoding="utf-8")
    report = run_cli(["--config", str(config), "diff", "michaud", "--feed", str(MICHAUD_FEED), "--bib", str(bib),
                      "--json"]).json()
    paper = next(p for p in report["papers"] if p["arxiv_id"] == "2509.02565")
    assert paper["status"] == "excluded" and paper["reason"] == f"listed in exclude (on {TODAY}: not my paper)"
    older = next(p for p in report["papers"] if p["arxiv_id"] == "2010.13871")
    assert older["reason"] == "listed in exclude"


def test_an_exclude_table_with_an_unknown_key_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[profiles.x]\nauthor = "A"\nexclude = [{id = "2509.02565", reason = "typo"}]\n', encoding="utf-8")
    run = run_cli(["--config", str(path), "diff", "x", "--feed", str(MICHAUD_FEED), "--bib", "refs.bib"])
    assert run.exit_code == 2 and "'exclude' must list arXiv ids or tables {id, why, date}" in run.stderr
