"""End to end, the Tegmark seed scenario: one `sync --update` brings his published preprints up to date.

The library (tests/data/bib/tegmark_preprints.bib) holds four Tegmark papers as refsync
wrote them while they were preprints, the user's own fields, a book refsync does not know and
comment text; arXiv (the stand-in serving tests/data/arxiv/tegmark_published.xml, see its
provenance note) lists three with a journal reference, in its compact physics style, one of
them under an old-style id, and gives the fourth a DOI alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARXIV_DATA, BIB_DATA, run_cli
from tests.e2e.test_cli_update import entries, outside_entries
from tests.servers.arxiv import ArxivStandIn, entries_from

AUTHOR = '--author "Max Tegmark"'
PREPRINTS = (BIB_DATA / "tegmark_preprints.bib").read_bytes()
PUBLISHED = {"wuAIPhysicistUnsupervised2018", "tegmarkMathematicalUniverse2007", "tegmarkTheoryEverythingMerely1997"}
UPDATED = PUBLISHED | {"liuMachineLearningNonConservativeDynamics2021"}
TOE_UPDATED = """@article{tegmarkTheoryEverythingMerely1997,
  title         = {Is "the theory of everything'' merely the ultimate ensemble theory?},
  author        = {Tegmark, Max},
  year          = {1998},
  eprint        = {gr-qc/9704009},
  archivePrefix = {arXiv},
  url           = {https://arxiv.org/abs/gr-qc/9704009},
  file          = {papers/tegmark1997toe.pdf},
  journal       = {Annals Phys.},
  volume        = {270},
  pages         = {1--51},
  doi           = {10.1006/aphy.1998.5855}
}"""


@pytest.fixture
def tegmark(arxiv: ArxivStandIn) -> ArxivStandIn:
    arxiv.add_query("au:Tegmark,M", entries_from(ARXIV_DATA / "tegmark_published.xml"))
    return arxiv


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_bytes(PREPRINTS)
    return path


def test_diff_lists_each_published_preprint_with_its_journal_volume_pages_and_year(
    tegmark: ArxivStandIn, config_file: Path, bib: Path
) -> None:
    report = run_cli(f"diff {AUTHOR} --bib {bib} --json").json()
    updates = {p["arxiv_id"]: {u["field"]: u["new"] for u in p["updates"]} for p in report["papers"]}
    assert updates["0704.0646"] == {"type": "article", "journal": "Found. Phys.", "volume": "38",
                                    "pages": "101--150", "year": "2008"}
    assert updates["1810.10525"]["journal"] == "Phys. Rev. E" and updates["1810.10525"]["pages"] == "033311"
    assert updates["gr-qc/9704009"]["doi"] == "10.1006/aphy.1998.5855"
    assert updates["2106.00026"] == {"doi": "10.1103/PhysRevE.104.055302"}  # a DOI alone keeps the type
    assert report["summary"]["present"] == 4 and report["summary"]["new"] == 0
    assert bib.read_bytes() == PREPRINTS


def test_one_sync_update_rewrites_only_those_four_entries_and_a_second_run_changes_nothing(
    tegmark: ArxivStandIn, config_file: Path, bib: Path
) -> None:
    result = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --json")
    assert result.exit_code == 0, result.stderr
    assert set(result.json()["applied"]["updated"]) == UPDATED
    after = bib.read_text("utf-8")
    assert entries(after)["tegmarkTheoryEverythingMerely1997"] == TOE_UPDATED
    assert all(entries(after)[key].startswith("@article{") for key in PUBLISHED)
    assert entries(after)["liuMachineLearningNonConservativeDynamics2021"].startswith("@misc{")
    assert outside_entries(after, UPDATED) == outside_entries(PREPRINTS.decode("utf-8"), UPDATED)

    again = run_cli(f"sync {AUTHOR} --bib {bib} --yes --update --json")
    assert again.json()["applied"] == {"added": [], "updated": [], "failed": []}
    assert bib.read_text("utf-8") == after
