"""`sync --update --published`: present preprint entries become the published versions an index names.

The library (tests/data/bib/michaud_index_preprints.bib) holds Michaud papers added while
they were preprints; arXiv names no venue for them, the Semantic Scholar stand-in does
(NeurIPS 2023, ICLR 2025, NeurIPS 2022, after the arXiv comments). Their entries are
rewritten, every other byte of the file is kept, and a second run changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refsync.arxiv.feed import parse_feed
from refsync.zotero.items import ItemOptions, build_item
from tests.conftest import BIB_DATA, MICHAUD_FEED, ZOTERO_USER, run_cli
from tests.e2e.test_cli_zotero import COLLECTION, WAITS_NEAR_ZERO, ZOTERO, writes
from tests.e2e.test_cli_update import entries
from tests.e2e.test_cli_update import outside_entries as outside
from tests.servers.semanticscholar import SemanticScholarStandIn
from tests.servers.zotero import ZoteroEmulator

AUTHOR = '--author "Eric J. Michaud"'
PUBLISHED = "--published semanticscholar"
LIBRARY = (BIB_DATA / "michaud_index_preprints.bib").read_text("utf-8")
NEURIPS_ICLR = {"2405.14860", "2303.13506", "2205.10343"}
UPGRADED = {"engelsNotAllLanguage2024", "michaudQuantizationModelNeural2023", "liuUnderstandingGrokkingEffective2022"}
ENGELS = """@inproceedings{engelsNotAllLanguage2024,
  title         = {Not All Language Model Features Are One-Dimensionally Linear},
  author        = {Engels, Joshua and Michaud, Eric J. and Liao, Isaac and Gurnee, Wes and Tegmark, Max},
  year          = {2025},
  eprint        = {2405.14860},
  archivePrefix = {arXiv},
  primaryClass  = {cs.LG},
  url           = {https://arxiv.org/abs/2405.14860},
  keywords      = {features, interpretability},
  file          = {papers/engels2024.pdf},
  booktitle     = {International Conference on Learning Representations}
}"""
QUANTIZATION = """@inproceedings{michaudQuantizationModelNeural2023,
  title         = {The Quantization Model of Neural Scaling},
  author        = {Michaud, Eric J. and Liu, Ziming and Girit, Uzay and Tegmark, Max},
  year          = {2023},
  eprint        = {2303.13506},
  archivePrefix = {arXiv},
  primaryClass  = {cs.LG},
  url           = {https://arxiv.org/abs/2303.13506},
  note          = {Quanta of skill},
  booktitle     = {Advances in Neural Information Processing Systems}
}"""
GROKKING = """@inproceedings{liuUnderstandingGrokkingEffective2022,
  title       = {Towards Understanding Grokking: An Effective Theory of Representation Learning},
  author      = {Liu, Ziming and Kitouni, Ouail and Nolte, Niklas and Michaud, Eric J. and Tegmark, Max and Williams, Mike},
  date        = {2022},
  eprint      = {2205.10343},
  eprinttype  = {arxiv},
  eprintclass = {cs.LG},
  booktitle   = {Advances in Neural Information Processing Systems}
}"""


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "library" / "refs.bib"
    path.parent.mkdir()
    path.write_bytes(LIBRARY.encode("utf-8"))
    return path


def sync_update(bib: Path, *options: str) -> dict:
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update {PUBLISHED} --json {' '.join(options)}")
    assert result.exit_code == 0, result.stderr
    report: dict = result.json()
    return report


def test_diff_shows_the_published_versions_of_present_preprints_and_writes_nothing(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {bib} {PUBLISHED} --json").json()
    updates = {p["arxiv_id"]: p["updates"] for p in report["papers"] if p.get("updates")}
    assert updates["2405.14860"] == [
        {"field": "type", "old": "misc", "new": "inproceedings"},
        {"field": "booktitle", "old": "", "new": "International Conference on Learning Representations"},
        {"field": "year", "old": "2024", "new": "2025"},
    ]
    assert set(updates) == {"2405.14860", "2303.13506", "2205.10343"}
    assert bib.read_text("utf-8") == LIBRARY


def test_present_entries_that_are_already_published_are_not_sent_to_the_index(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    run_cli(f"diff {AUTHOR} --bib {bib} {PUBLISHED} --json")
    (request,) = s2.requests
    assert "arXiv:2505.15811" not in request.ids  # an @inproceedings already
    assert {"arXiv:2405.14860", "arXiv:2303.13506", "arXiv:2205.10343", "arXiv:2012.05862"} <= set(request.ids)


def test_sync_update_rewrites_only_the_upgraded_entries_and_a_second_run_changes_nothing(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    report = sync_update(bib)
    assert set(report["applied"]["updated"]) == UPGRADED
    after = bib.read_text("utf-8")
    upgraded = entries(after)
    assert (upgraded["engelsNotAllLanguage2024"], upgraded["michaudQuantizationModelNeural2023"],
            upgraded["liuUnderstandingGrokkingEffective2022"]) == (ENGELS, QUANTIZATION, GROKKING)
    kept, before = outside(after, UPGRADED), outside(LIBRARY, UPGRADED)
    assert kept[:-1] == before[:-1] and kept[-1].startswith(before[-1])  # new papers are appended after

    assert (len(s2.requests), len(s2.requests[0].ids), len(report["applied"]["added"])) == (1, 14, 12)

    again = sync_update(bib)
    assert again["applied"] == {"added": [], "updated": [], "failed": []}
    assert bib.read_text("utf-8") == after
    assert len(s2.requests) == 1  # the day's answers are cached, and the upgraded entries are no preprints


def test_crlf_and_a_byte_order_mark_survive_the_rewrite_byte_for_byte(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    original = b"\xef\xbb\xbf" + LIBRARY.replace("\n", "\r\n").encode("utf-8")
    bib.write_bytes(original)
    sync_update(bib)
    after = bib.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") and b"\n" not in after.replace(b"\r\n", b"")
    text, before = after.decode("utf-8-sig"), original.decode("utf-8-sig")
    assert entries(text)["michaudQuantizationModelNeural2023"] == QUANTIZATION.replace("\n", "\r\n")
    kept, expected = outside(text, UPGRADED), outside(before, UPGRADED)
    assert kept[:-1] == expected[:-1] and kept[-1].startswith(expected[-1])


def test_a_workshop_preprint_the_index_files_under_arxiv_is_left_alone(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    sync_update(bib)
    assert entries(bib.read_text("utf-8"))["michaudUnderstandingLearnedReward2020"] == entries(LIBRARY)[
        "michaudUnderstandingLearnedReward2020"]


def test_without_published_the_update_has_nothing_to_go_on_for_these_entries(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --json")
    assert result.json()["applied"]["updated"] == [] and s2.requests == []
    assert bib.read_text("utf-8").startswith(LIBRARY)


def test_an_index_linking_a_present_paper_to_its_sequel_leaves_the_entry_a_preprint(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    sequel = {"paperId": "f" * 40, "externalIds": {"ArXiv": "2303.13506"}, "year": 2025,
              "title": "The Quantization Model of Neural Scaling II",
              "authors": [{"name": "Eric J. Michaud"}, {"name": "Max Tegmark"}],
              "venue": "Neural Information Processing Systems",
              "publicationVenue": {"name": "Neural Information Processing Systems", "type": "conference"}}
    s2.add(sequel, arxiv_id="2303.13506")
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update {PUBLISHED} --json")
    assert "michaudQuantizationModelNeural2023" not in result.json()["applied"]["updated"]
    assert "2303.13506: Semantic Scholar links it to 'The Quantization Model of Neural Scaling II'" in result.stderr
    assert entries(bib.read_text("utf-8"))["michaudQuantizationModelNeural2023"] == entries(LIBRARY)[
        "michaudQuantizationModelNeural2023"]


def test_exit_code_updates_fails_on_a_published_version_to_apply_and_passes_once_applied(
        s2_config: Path, s2: SemanticScholarStandIn, bib: Path) -> None:
    assert run_cli(f"diff {AUTHOR} --bib {bib} {PUBLISHED} --exit-code=updates").exit_code == 1
    sync_update(bib)
    assert run_cli(f"diff {AUTHOR} --bib {bib} {PUBLISHED} --exit-code=updates").exit_code == 0


def test_zotero_preprint_items_become_the_published_conference_papers_in_place(
        s2_config: Path, s2: SemanticScholarStandIn, zotero: ZoteroEmulator) -> None:
    s2_config.write_text(s2_config.read_text() + WAITS_NEAR_ZERO)
    library = zotero.library("user", ZOTERO_USER)
    collection = library.add_collection(COLLECTION)
    keys = {paper.arxiv_id: library.add_item(build_item(paper, ItemOptions()).item, collections=[collection])
            for paper in parse_feed(MICHAUD_FEED.read_bytes()).papers if paper.arxiv_id in NEURIPS_ICLR}
    sync = f"sync {AUTHOR} {ZOTERO} --yes --update {PUBLISHED} --json"
    result = run_cli(sync)
    assert result.exit_code == 0, result.stderr
    assert sorted(result.json()["applied"]["updated"]) == sorted(keys.values())
    held = {arxiv_id: library.item(key) for arxiv_id, key in keys.items()}
    assert {i["itemType"] for i in held.values()} == {"conferencePaper"}
    assert held["2405.14860"]["proceedingsTitle"] == "International Conference on Learning Representations"
    assert held["2303.13506"]["proceedingsTitle"] == "Advances in Neural Information Processing Systems"
    assert [held[i]["date"][:4] for i in ("2405.14860", "2303.13506", "2205.10343")] == ["2025", "2023", "2022"]
    assert all(f"arXiv:{arxiv_id}" in i["extra"] for arxiv_id, i in held.items())

    zotero.clear_log()
    again = run_cli(sync).json()
    assert again["applied"]["updated"] == [] and writes(zotero) == []
