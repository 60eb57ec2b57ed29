"""A repeat diff of an unchanged library shows the stored plan; an edit, an exclusion or --refresh plans afresh."""

from __future__ import annotations

from pathlib import Path

from refsync import paths
from tests.conftest import run_cli

AUTHOR = '--author "Eric J. Michaud"'
ADDED = "\n@misc{added2025,\n  title = {Added by hand},\n  eprint = {2505.15811}\n}\n"


def diff(bib: Path, extra: str = "") -> dict:  # type: ignore[type-arg]
    return run_cli(f"diff {AUTHOR} --bib {bib} --json {extra}").json()  # type: ignore[no-any-return]


def stored_plans() -> list[Path]:
    return sorted((paths.cache_dir() / "plans").glob("*.json"))


def test_a_repeat_diff_shows_the_stored_plan_unchanged(config_file: Path, partial_bib: Path) -> None:
    first = diff(partial_bib)
    [stored] = stored_plans()
    written = stored.stat().st_mtime_ns
    assert diff(partial_bib) == first
    assert stored.stat().st_mtime_ns == written  # read, not made and written again


def test_an_entry_added_to_the_file_is_planned_afresh(config_file: Path, partial_bib: Path) -> None:
    assert diff(partial_bib)["summary"]["new"] == 10
    with partial_bib.open("a", encoding="utf-8") as handle:
        handle.write(ADDED)
    report = diff(partial_bib)
    assert report["summary"] == {"new": 9, "present": 8, "uncertain": 0, "excluded": 2}


def test_an_exclusion_on_the_command_line_is_planned_afresh(config_file: Path, partial_bib: Path) -> None:
    diff(partial_bib)
    report = diff(partial_bib, "--exclude 2505.15811")
    assert report["summary"] == {"new": 9, "present": 7, "uncertain": 0, "excluded": 3}


def test_refresh_plans_afresh_and_stores_the_new_plan(config_file: Path, partial_bib: Path) -> None:
    first = diff(partial_bib)
    [stored] = stored_plans()
    written = stored.stat().st_mtime_ns
    assert diff(partial_bib, "--refresh") == first
    assert stored.stat().st_mtime_ns != written
