"""End to end: `sync --update` brings preprint entries up to date, entry by entry, and nothing else.

The library holds the Michaud papers refsync added while they were preprints; arXiv
now lists two as published (2410.19750 in Entropy, 2403.19647 at ICLR 2025).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from refsync.bibfile.parse import split_blocks
from tests.conftest import BIB_DATA, run_cli
from tests.e2e.test_bib_safety import AFTER_RENAME, BEFORE_RENAME, CHANGED, needs_proc, release, start, wait_until_reached

AUTHOR = '--author "Eric J. Michaud"'
PREPRINTS = (BIB_DATA / "michaud_preprints.bib").read_bytes()
UPDATED = {"liGeometryConceptsSparse2024", "marksSparseFeatureCircuits2024"}
LI_UPDATED = """@article{liGeometryConceptsSparse2024,
  title         = {The Geometry of Concepts: Sparse Autoencoder Feature Structure},
  author        = {Li, Yuxiao and Michaud, Eric J. and Baek, David D. and Engels, Joshua and Sun, Xiaoqing and Tegmark, Max},
  year          = {2025},
  eprint        = {2410.19750},
  archivePrefix = {arXiv},
  primaryClass  = {q-bio.NC},
  url           = {https://arxiv.org/abs/2410.19750},
  keywords      = {sparse autoencoders, interpretability},
  file          = {papers/li2024geometry.pdf},
  institution   = mit,
  journal       = {Entropy},
  volume        = {27},
  number        = {4},
  pages         = {344}
}"""


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "refs.bib"
    path.write_bytes(PREPRINTS)
    return path


def entries(text: str) -> dict[str, str]:
    return {b.key: b.text for b in split_blocks(text) if b.is_entry}


def outside_entries(text: str, keys: set[str]) -> list[str]:
    """The text of the file with the named entries cut out: what an update must leave alone."""
    pieces, last = [], 0
    for block in split_blocks(text):
        if block.key in keys:
            pieces.append(text[last:block.start])
            last = block.end
    return [*pieces, text[last:]]


def test_diff_shows_the_field_changes_of_out_of_date_entries_and_writes_nothing(config_file: Path, bib: Path) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {bib} --json").json()
    updates = {p["arxiv_id"]: p["updates"] for p in report["papers"] if p.get("updates")}
    assert updates["2403.19647"] == [
        {"field": "type", "old": "misc", "new": "inproceedings"},
        {"field": "booktitle", "old": "", "new": "International Conference on Learning Representations"},
        {"field": "year", "old": "2024", "new": "2025"},
    ]
    assert set(updates) == {"2410.19750", "2403.19647"}
    assert report["summary"]["present"] == 3  # the statuses are unchanged: updated papers are present
    assert bib.read_bytes() == PREPRINTS


def test_show_updates_prints_a_unified_diff_of_each_entry_to_rewrite(config_file: Path, bib: Path) -> None:
    out = run_cli(f"diff {AUTHOR} --bib {bib} --show-updates").stdout
    assert "-@misc{liGeometryConceptsSparse2024,\n+@article{liGeometryConceptsSparse2024," in out
    assert "+  booktitle     = {International Conference on Learning Representations}\n" in out
    assert "michaudQuantizationModelNeural2023 (updated)" not in out
    assert bib.read_bytes() == PREPRINTS


def test_sync_update_rewrites_only_the_published_entries_and_a_second_run_changes_nothing(
    config_file: Path, bib: Path
) -> None:
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --json")
    assert result.exit_code == 0, result.stderr
    assert set(result.json()["applied"]["updated"]) == UPDATED
    after = bib.read_text("utf-8")
    before = PREPRINTS.decode("utf-8")
    assert entries(after)["liGeometryConceptsSparse2024"] == LI_UPDATED
    assert entries(after)["marksSparseFeatureCircuits2024"].startswith("@inproceedings{marksSparseFeatureCircuits2024,")
    kept, appended = outside_entries(after, UPDATED), outside_entries(before, UPDATED)
    assert kept[:-1] == appended[:-1] and kept[-1].startswith(appended[-1])  # new papers are appended after

    again = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --json")
    assert again.json()["applied"] == {"added": [], "updated": [], "failed": []}
    assert bib.read_text("utf-8") == after


def test_sync_without_update_leaves_present_entries_alone(config_file: Path, bib: Path) -> None:
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0
    assert bib.read_bytes().startswith(PREPRINTS)


def test_update_in_the_bibtex_config_section_is_the_same_as_the_option(config_file: Path, bib: Path) -> None:
    config_file.write_text(config_file.read_text() + "[bibtex]\nupdate = true\n")
    assert set(run_cli(f"sync {AUTHOR} --bib {bib} --yes --json").json()["applied"]["updated"]) == UPDATED


def test_exit_code_updates_fails_while_entries_are_out_of_date(config_file: Path, bib: Path) -> None:
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes").exit_code == 0  # only the updates are left
    assert run_cli(f"diff {AUTHOR} --bib {bib} --exit-code").exit_code == 0
    assert run_cli(f"diff {AUTHOR} --bib {bib} --exit-code=updates").exit_code == 1
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes --update").exit_code == 0
    assert run_cli(f"diff {AUTHOR} --bib {bib} --exit-code=updates").exit_code == 0


def test_a_user_value_is_reported_as_a_conflict_and_kept_unless_overwritten(config_file: Path, bib: Path) -> None:
    bib.write_bytes(PREPRINTS.replace(b"  year          = {2024},\n  eprint        = {2410.19750}",
                                      b"  year          = {2026},\n  eprint        = {2410.19750}"))
    report = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --json").json()
    li = next(p for p in report["papers"] if p["arxiv_id"] == "2410.19750")
    assert li["conflicts"] == [{"field": "year", "old": "2026", "new": "2025"}]
    assert "year          = {2026}" in entries(bib.read_text("utf-8"))["liGeometryConceptsSparse2024"]

    run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --overwrite year")
    assert "year          = {2025}" in entries(bib.read_text("utf-8"))["liGeometryConceptsSparse2024"]


@pytest.mark.parametrize("odd", ["crlf-bom", "latin-1"])
def test_every_byte_outside_the_updated_entries_stays_identical_in_odd_files(
    odd: str, config_file: Path, bib: Path
) -> None:
    if odd == "crlf-bom":
        old, encoding = b"\xef\xbb\xbf" + PREPRINTS.replace(b"\n", b"\r\n"), "utf-8-sig"
    else:
        old = PREPRINTS + "\n@misc{mueller, author = {M\xfcller, J\xfcrgen}, title = {\xdcber Alles}}\n".encode("latin-1")
        encoding = "latin-1"
    bib.write_bytes(old)
    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes --update").exit_code == 0
    after = bib.read_bytes()
    before_text, after_text = old.decode(encoding), after.decode(encoding)
    kept, was = outside_entries(after_text, UPDATED), outside_entries(before_text, UPDATED)
    assert kept[:-1] == was[:-1] and kept[-1].startswith(was[-1])
    assert after.startswith(old[: old.index(b"@misc{liGeometry")])
    li = entries(after_text)["liGeometryConceptsSparse2024"]
    assert li == (LI_UPDATED.replace("\n", "\r\n") if odd == "crlf-bom" else LI_UPDATED)


@needs_proc
@pytest.mark.parametrize("point", BEFORE_RENAME + AFTER_RENAME)
def test_a_crash_while_rewriting_leaves_the_old_entries_or_the_new_ones_never_a_mix(
    point: str, config_file: Path, bib: Path, tmp_path: Path
) -> None:
    clean = tmp_path / "clean.bib"
    clean.write_bytes(PREPRINTS)
    assert run_cli(f"sync {AUTHOR} --bib {clean} --yes --update").exit_code == 0

    process = start(bib, f"kill@{point}", tmp_path / "control", "--update")
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, f"never reached {point}"
    assert bib.read_bytes() == (PREPRINTS if point in BEFORE_RENAME else clean.read_bytes())

    assert run_cli(f"sync {AUTHOR} --bib {bib} --yes --update").exit_code == 0
    assert bib.read_bytes() == clean.read_bytes()
    assert os.listdir(bib.parent) == ["refs.bib"]


@needs_proc
def test_an_entry_edited_while_refsync_rewrites_it_is_kept_and_nothing_written(
    config_file: Path, bib: Path, tmp_path: Path
) -> None:
    process = start(bib, "hold@before-fsync", tmp_path / "control", "--update")
    wait_until_reached(process, tmp_path / "control")
    edited = PREPRINTS.replace(b"{papers/li2024geometry.pdf}", b"{papers/li2024-annotated.pdf}")
    bib.write_bytes(edited)

    assert release(process, tmp_path / "control") == (3, f"refsync: error: {bib} {CHANGED}\n")
    assert bib.read_bytes() == edited


def test_update_in_a_profile_is_the_same_as_the_option(config_file: Path, bib: Path) -> None:
    config_file.write_text(config_file.read_text()
                           + f'[profiles.michaud]\nauthor = "Eric J. Michaud"\nbib = "{bib}"\nupdate = true\n')
    assert set(run_cli("sync michaud --yes --json").json()["applied"]["updated"]) == UPDATED


def test_the_table_names_each_field_an_update_would_change(config_file: Path, bib: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    out = run_cli(f"diff {AUTHOR} --bib {bib}").stdout
    assert ("update: @misc -> @inproceedings, booktitle +'International Conference on Learning Representations', "
            "year '2024' -> '2025'") in out
    assert "(2 present with updates)" in out


def test_default_diff_lists_present_entries_with_a_pending_update(config_file: Path, bib: Path) -> None:
    out = run_cli(f"diff {AUTHOR} --bib {bib}").stdout
    listed = [line.split()[1] for line in out.splitlines() if line.startswith("present ")]
    assert listed == ["2410.19750v2", "2403.19647v2"]
    assert "journal +'Entropy'" in out
    assert "not listed: 1 present, 2 excluded" in out
