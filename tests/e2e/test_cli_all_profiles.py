"""``--all-profiles``: every profile in one run, sources fetched once, shared libraries read and written once."""

from __future__ import annotations

from pathlib import Path

import bibtexparser

from tests.conftest import MICHAUD_FEED, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn


def profiles(bib: Path, *extra: str) -> str:
    return "\n".join([
        f'[profiles.michaud]\nauthor = "Eric J. Michaud"\nbib = "{bib}"\n',
        f'[profiles.michaud-recent]\nauthor = "Eric J. Michaud"\nsince = 2024-01-01\nbib = "{bib}"\n',
        *extra,
    ])


def setup(tmp_path: Path, arxiv: ArxivStandIn, *extra: str) -> tuple[Path, Path]:
    bib = tmp_path / "refs.bib"
    bib.write_text("", encoding="utf-8")
    return write_config(tmp_path / "config.toml", arxiv.api_url, profiles(bib, *extra)), bib


def test_profiles_with_the_same_author_query_fetch_it_once(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    config, _ = setup(tmp_path, arxiv)
    run_cli(["--config", str(config), "diff", "michaud", "--refresh"])
    alone = len(arxiv.requests)
    arxiv.requests.clear()
    assert run_cli(["--config", str(config), "diff", "--all-profiles", "--refresh"]).exit_code == 0
    assert len(arxiv.requests) == alone


def test_each_profile_gets_a_summary_and_the_run_a_total(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    config, _ = setup(tmp_path, arxiv)
    out = run_cli(["--config", str(config), "diff", "--all-profiles"]).stdout
    assert out.startswith("profile michaud\n") and "\nprofile michaud-recent\n" in out
    assert out.count("Eric J. Michaud: 19 papers on arXiv") == 2
    assert out.rstrip().splitlines()[-1].startswith("total of 2 profiles, 2 plans: ")


def test_json_is_an_array_of_every_profiles_report(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    config, bib = setup(tmp_path, arxiv)
    reports = run_cli(["--config", str(config), "diff", "--all-profiles", "--json"]).json()
    assert [r["target"]["path"] for r in reports] == [str(bib), str(bib)]
    assert reports[0]["summary"]["new"] == 17 and reports[1]["summary"]["new"] < 17


def test_a_paper_two_profiles_want_for_the_same_bib_is_added_once(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[profiles.michaud]\nauthor = "Eric J. Michaud"\nbib = "{bib}"\n'
                      f'[profiles.tegmark]\nauthor = "Max Tegmark"\nbib = "{bib}"\n', encoding="utf-8")
    run = run_cli(["--config", str(config), "sync", "--all-profiles", "--feed", str(MICHAUD_FEED), "--yes"])
    eprints = [e["eprint"] for e in bibtexparser.loads(bib.read_text(encoding="utf-8")).entries]
    assert run.exit_code == 0 and len(eprints) == len(set(eprints)) == 17
    assert "Max Tegmark: 19 papers on arXiv, 0 new, 12 present" in run.stdout


def test_the_exit_code_is_the_worst_and_a_failing_profile_does_not_stop_the_others(
        tmp_path: Path, arxiv: ArxivStandIn) -> None:
    config, _ = setup(tmp_path, arxiv, f'[profiles.lost]\nauthor = "Eric J. Michaud"\nbib = "{tmp_path / "gone.bib"}"\n')
    run = run_cli(["--config", str(config), "diff", "--all-profiles", "--exit-code"])
    assert run.exit_code == 3 and "refsync: error: profile lost:" in run.stderr
    assert run.stdout.count("Eric J. Michaud: 19 papers on arXiv") == 2


def test_new_papers_anywhere_make_exit_code_one(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    config, _ = setup(tmp_path, arxiv)
    assert run_cli(["--config", str(config), "diff", "--all-profiles", "--exit-code"]).exit_code == 1


def test_a_profile_and_all_profiles_together_is_a_usage_error(tmp_path: Path, arxiv: ArxivStandIn) -> None:
    config, _ = setup(tmp_path, arxiv)
    run = run_cli(["--config", str(config), "diff", "michaud", "--all-profiles"])
    assert run.exit_code == 2 and "not both" in run.stderr
