"""``refsync init``: a new profile from questions on a terminal, or from options in a script."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import MICHAUD_FEED, ZOTERO_USER, run_cli
from tests.servers.zotero import ZoteroEmulator
from tests.e2e.terminal import run_in_terminal

EXISTING = "# my settings\n[bibtex]\ncitekey = \"google\"  # like Scholar\n"


def test_on_a_terminal_it_asks_shows_the_name_forms_and_appends_the_profile(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(EXISTING, encoding="utf-8")
    bib = tmp_path / "refs.bib"
    screen = run_in_terminal(
        ["--config", str(config), "init", "--feed", str(MICHAUD_FEED)], columns=120,
        answers=[("Author, as on arXiv", "Eric J. Michaud\r"), ("Is Eric K. Michaud (1 papers)", "y\r"),
                 ("Is Etienne J. Michaud", "\r"), ("arXiv ids never to add", "2010.13871, 2012.05862v1\r"),
                 ("Library:", f"{bib}\r"), ("Profile name [michaud]", "\r")])
    assert screen.code == 0, screen.lines
    assert any("Etienne J. Michaud" in line and "namesake" in line for line in screen.lines)
    text = config.read_text(encoding="utf-8")
    assert text.startswith(EXISTING)
    assert tomllib.loads(text)["profiles"]["michaud"] == {
        "author": "Eric J. Michaud", "aliases": ["Eric K. Michaud"], "exclude": ["2010.13871", "2012.05862"],
        "bib": str(bib)}


def test_the_written_profile_runs(tmp_path: Path) -> None:
    config, bib = tmp_path / "config.toml", tmp_path / "refs.bib"
    bib.write_text("", encoding="utf-8")
    run_cli(["--config", str(config), "init", "lab", "--author", "Eric J. Michaud", "--bib", str(bib), "--yes"])
    report = run_cli(["--config", str(config), "diff", "lab", "--feed", str(MICHAUD_FEED), "--json"]).json()
    assert report["summary"]["new"] == 17


def test_with_yes_the_options_are_the_profile(tmp_path: Path) -> None:
    config = tmp_path / "new" / "config.toml"
    run = run_cli(["--config", str(config), "init", "--author", "Eric J. Michaud", "--alias", "E. Michaud",
                   "--exclude", "arXiv:2010.13871v1", "--bib", "refs.bib", "--yes"])
    assert run.exit_code == 0 and "Wrote profile michaud" in run.stdout
    assert tomllib.loads(config.read_text(encoding="utf-8"))["profiles"]["michaud"] == {
        "author": "Eric J. Michaud", "aliases": ["E. Michaud"], "exclude": ["2010.13871"], "bib": "refs.bib"}


def test_a_zotero_profile_is_written_once_zotero_accepts_the_key(tmp_path: Path, zotero: ZoteroEmulator) -> None:
    config = tmp_path / "config.toml"
    run = run_cli(["--config", str(config), "init", "lab", "--author", "Eric J. Michaud",
                   "--collection", "Michaud papers", "--yes"])
    assert run.exit_code == 0 and f"Key of Zotero user {ZOTERO_USER}" in run.stdout
    assert tomllib.loads(config.read_text(encoding="utf-8"))["profiles"]["lab"]["collection"] == "Michaud papers"


def test_a_zotero_key_zotero_refuses_writes_no_profile(tmp_path: Path, zotero: ZoteroEmulator,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOTERO_API_KEY", "X" * 24)
    config = tmp_path / "config.toml"
    run = run_cli(["--config", str(config), "init", "lab", "--author", "Eric J. Michaud",
                   "--collection", "Michaud papers", "--yes"])
    assert run.exit_code == 3 and not config.exists()


def test_an_existing_profile_is_not_overwritten(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    args = ["--config", str(config), "init", "--author", "Eric J. Michaud", "--bib", "refs.bib", "--yes"]
    run_cli(args)
    before = config.read_bytes()
    run = run_cli(args)
    assert run.exit_code == 2 and "exists already" in run.stderr and config.read_bytes() == before


def test_without_a_terminal_or_options_it_says_what_to_give(tmp_path: Path) -> None:
    run = run_cli(["--config", str(tmp_path / "c.toml"), "init", "--author", "Eric J. Michaud"])
    assert run.exit_code == 2 and "--bib or --collection" in run.stderr
