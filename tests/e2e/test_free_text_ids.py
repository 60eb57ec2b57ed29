"""An id that a note or an Extra line merely mentions is weak evidence (issue 11, item 2).

"Comment on arXiv:X", "Extended version of arXiv:X", "see also arXiv:X" cite another work:
they never outrank the record's own identifier, never make one record stand for several
papers, and make a record the paper only when its title and authors agree (else
``uncertain``). A DOI of another registrant whose suffix looks like an arXiv id is no id.
Both library paths: a real .bib file read by ``diff``, and Zotero items in the emulator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import (
    MICHAUD_FEED,
    MICHAUD_QUERY,
    ZOTERO_USER,
    run_cli,
    write_config,
)
from tests.servers.arxiv import ArxivStandIn, entries_from
from tests.servers.zotero import ZoteroEmulator

QUANTIZATION, GEOMETRY, GROKKING = "2303.13506", "2410.19750", "2205.10343"


def statuses(report: dict[str, Any]) -> dict[str, tuple[str, str | None, str]]:
    return {p["arxiv_id"]: (p["status"], (p["match"] or {}).get("by"), p["reason"]) for p in report["papers"]}


def bib_diff(tmp_path: Path, text: str) -> dict[str, tuple[str, str | None, str]]:
    bib = tmp_path / "refs.bib"
    bib.write_text(text, encoding="utf-8")
    result = run_cli(f'diff --author "Eric J. Michaud" --feed {MICHAUD_FEED} --bib {bib} --json')
    assert result.exit_code == 0, result.stderr
    return statuses(result.json())


def test_a_comment_citing_the_paper_with_its_own_eprint_is_another_work(tmp_path: Path) -> None:
    found = bib_diff(tmp_path, """@article{reply,
  title = {A reply on neural scaling},
  author = {Smith, Jane},
  year = {2024},
  eprint = {2401.00001},
  archivePrefix = {arXiv},
  note = {Comment on arXiv:2303.13506}
}
""")
    assert found[QUANTIZATION][0] == "new"


def test_an_id_only_mentioned_in_a_note_without_agreeing_title_is_uncertain_not_present(tmp_path: Path) -> None:
    found = bib_diff(tmp_path, """@misc{ext,
  title = {Scaling laws from quanta, revisited},
  author = {Doe, John},
  year = {2024},
  note = {Extended version of arXiv:2303.13506}
}
""")
    status, by, reason = found[QUANTIZATION]
    assert (status, by) == ("uncertain", "arxiv_id") and "only mentions this id" in reason


def test_one_entry_that_cites_several_ids_stands_for_none_of_them(tmp_path: Path) -> None:
    found = bib_diff(tmp_path, """@book{collected,
  title = {Collected notes on interpretability},
  author = {Doe, John},
  year = {2025},
  annote = {Includes arXiv:2303.13506, arXiv:2410.19750; see also arXiv:2205.10343}
}
""")
    assert {found[i][0] for i in (QUANTIZATION, GEOMETRY, GROKKING)} == {"uncertain"}


def test_a_mentioned_id_with_the_papers_title_and_authors_is_present_by_title(tmp_path: Path) -> None:
    found = bib_diff(tmp_path, """@article{q,
  title = {The Quantization Model of Neural Scaling},
  author = {Michaud, Eric J. and Liu, Ziming and Girit, Uzay and Tegmark, Max},
  year = {2023},
  note = {Extended version of arXiv:2303.13506}
}
""")
    assert found[QUANTIZATION][:2] == ("present", "title")


def test_the_own_id_in_a_note_still_counts(tmp_path: Path) -> None:
    found = bib_diff(tmp_path, "@misc{k, title = {Whatever}, note = {arXiv:2303.13506 [cs.LG]}}\n")
    assert found[QUANTIZATION][:2] == ("present", "arxiv_id")


def test_a_doi_of_another_registrant_that_looks_like_an_id_is_not_the_paper(tmp_path: Path) -> None:
    found = bib_diff(tmp_path, "@article{k, title = {Unrelated}, author = {Doe, J.}, doi = {10.5555/2010.13871}}\n")
    assert found["2010.13871"][0] == "new"


@pytest.fixture
def zotero_config(tmp_path: Path, arxiv: ArxivStandIn, monkeypatch: pytest.MonkeyPatch) -> Path:
    arxiv.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED))
    path = write_config(tmp_path / "config.toml", arxiv.api_url, "[zotero]\nretries = 2\nbackoff = 0\n")
    monkeypatch.setenv("REFSYNC_CONFIG", str(path))
    return path


def test_zotero_extra_lines_that_cite_ids_do_not_make_the_item_those_papers(
        zotero_config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    target = library.add_collection("Michaud papers")
    own = library.add_item({
        "itemType": "preprint", "title": "A reply on neural scaling", "archiveID": "arXiv:2401.00001",
        "creators": [{"creatorType": "author", "firstName": "Jane", "lastName": "Smith"}],
        "extra": "arXiv:2401.00001 [cs.LG]\nComment on arXiv:2303.13506",
    })
    library.add_item({
        "itemType": "journalArticle", "title": "Collected notes on interpretability", "DOI": "10.5555/2010.13871",
        "creators": [{"creatorType": "author", "firstName": "John", "lastName": "Doe"}],
        "extra": "Includes arXiv:2410.19750, arXiv:2205.10343",
    })
    before = dict(library.items)
    result = run_cli('sync --author "Eric J. Michaud" --collection "Michaud papers" --yes --json')
    assert result.exit_code == 0, result.stderr
    found = statuses(result.json())
    assert found[QUANTIZATION][0] == "new" and found["2010.13871"][0] == "new"
    assert found[GEOMETRY][0] == found[GROKKING][0] == "uncertain"
    assert target not in library.items[own]["collections"]
    assert all(target not in library.items[k]["collections"] for k in before)
