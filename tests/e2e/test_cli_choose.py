"""On a terminal, sync asks paper by paper (yes, no, never, all, quit), typed into a real pseudo-terminal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import bibtexparser

from tests.conftest import MICHAUD_FEED
from tests.e2e.terminal import run_in_terminal

SYNC = ["sync", "--author", "Eric J. Michaud", "--feed", str(MICHAUD_FEED)]
NEWEST, SECOND, THIRD = "2509.02565", "2505.15811", "2501.16496"


def added_ids(bib: Path) -> set[str]:
    text = bib.read_text(encoding="utf-8")
    return {e["eprint"] for e in bibtexparser.loads(text).entries if "eprint" in e}


def empty_bib(tmp_path: Path) -> Path:
    bib = tmp_path / "refs.bib"
    bib.write_text("", encoding="utf-8")
    return bib


def test_yes_no_and_quit_add_only_the_papers_said_yes_to(tmp_path: Path) -> None:
    bib = empty_bib(tmp_path)
    screen = run_in_terminal([*SYNC, "--bib", str(bib)], columns=80,
                             answers=[("(1/17)", "y\r"), ("(2/17)", "n\r"), ("(3/17)", "y\r"), ("(4/17)", "q\r")])
    assert screen.code == 0
    assert added_ids(bib) == {NEWEST, THIRD}
    assert "added 2" in "\n".join(screen.lines)


def test_all_adds_this_paper_and_every_remaining_one(tmp_path: Path) -> None:
    bib = empty_bib(tmp_path)
    screen = run_in_terminal([*SYNC, "--bib", str(bib)], columns=80, answers=[("(1/17)", "n\r"), ("(2/17)", "a\r")])
    assert screen.code == 0 and len(added_ids(bib)) == 16 and NEWEST not in added_ids(bib)


def test_quit_at_the_first_paper_writes_nothing(tmp_path: Path) -> None:
    bib = empty_bib(tmp_path)
    screen = run_in_terminal([*SYNC, "--bib", str(bib)], columns=80, answers=[("(1/17)", "q\r")])
    assert screen.code == 0 and bib.read_text(encoding="utf-8") == "" and "nothing written" in screen.lines[-1]


def test_each_question_shows_the_paper_on_one_line_that_fits(tmp_path: Path) -> None:
    screen = run_in_terminal([*SYNC, "--bib", str(empty_bib(tmp_path))], columns=80, answers=[("(1/17)", "q\r")])
    paper = screen.lines[screen.lines.index(next(line for line in screen.lines if line.startswith("(1/17)"))) - 2]
    assert paper.startswith(f"new  {NEWEST}v2  2025  Understanding sparse") and len(paper) <= 80


def test_a_question_mark_explains_the_answers_and_asks_again(tmp_path: Path) -> None:
    screen = run_in_terminal([*SYNC, "--bib", str(empty_bib(tmp_path))], columns=80,
                             answers=[("(1/17)", "?\r"), ("q - add none", "q\r")])
    assert "a - add it and all remaining" in screen.lines and screen.code == 0


def test_never_records_the_paper_in_the_profile_and_later_diffs_show_it_excluded(tmp_path: Path) -> None:
    bib = empty_bib(tmp_path)
    config = tmp_path / "config.toml"
    before = f'# lab profile\n[profiles.michaud]\nauthor = "Eric J. Michaud"  # PI\nbib = "{bib}"\n'
    config.write_text(before, encoding="utf-8")
    screen = run_in_terminal(["--config", str(config), "sync", "michaud", "--feed", str(MICHAUD_FEED)], columns=120,
                             answers=[("(1/17) Add this paper [y,n,e,a,q,?]", "e\r"), ("(2/17)", "y\r"),
                                      ("(3/17)", "q\r")])
    assert screen.code == 0 and added_ids(bib) == {SECOND}
    after = config.read_text(encoding="utf-8")
    assert after.startswith(before) and after[len(before):] == (
        f'exclude = [{{id = "{NEWEST}", why = "never, at the sync prompt", date = {dt.date.today().isoformat()}}}]\n')
    again = run_in_terminal(["--config", str(config), "diff", "michaud", "--feed", str(MICHAUD_FEED),
                             "--show", "excluded"], columns=120)
    assert any(line.startswith(f"excluded  {NEWEST}v2") for line in again.lines)
    assert f"listed in exclude (on {dt.date.today().isoformat()}: never, at the sync prompt)" in "\n".join(again.lines)


def test_without_a_profile_never_is_not_offered(tmp_path: Path) -> None:
    screen = run_in_terminal([*SYNC, "--bib", str(empty_bib(tmp_path))], columns=80, answers=[("(1/17)", "q\r")])
    assert any(line.startswith("(1/17) Add this paper [y,n,a,q,?]") for line in screen.lines)


def test_updates_are_listed_and_confirmed_once_after_the_papers_are_chosen(tmp_path: Path) -> None:
    from tests.conftest import BIB_DATA

    bib = tmp_path / "refs.bib"
    bib.write_bytes((BIB_DATA / "michaud_preprints.bib").read_bytes())
    screen = run_in_terminal([*SYNC, "--bib", str(bib), "--update"], columns=100,
                             answers=[("(1/14)", "q\r"), ("Write 2 changes", "y\r")])
    assert screen.code == 0
    assert any(line.startswith(f"2410.19750 in {bib}: update: @misc -> @article, journal +'Entropy'")
               for line in screen.lines)
    text = bib.read_text(encoding="utf-8")
    assert "@article{liGeometryConceptsSparse2024," in text and NEWEST not in added_ids(bib)
