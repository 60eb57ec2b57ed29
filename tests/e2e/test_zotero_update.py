"""End to end: `sync --update` brings preprint items of a Zotero library up to date, in place.

The library holds every Michaud paper as the preprint item refsync (or Zotero's own arXiv
import) made while it was one; arXiv now lists two as published: 2410.19750 in Entropy
(with its DOI) and 2403.19647 at ICLR 2025. The Tegmark seed (tests/data/arxiv/tegmark_published.xml)
adds an old-style id and a paper arXiv gives a DOI alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from refsync.arxiv.feed import parse_feed
from refsync.zotero.items import ItemOptions, build_item
from tests.conftest import ARXIV_DATA, MICHAUD_FEED, ZOTERO_USER, run_cli, write_config
from tests.e2e.test_cli_zotero import AUTHOR, COLLECTION, WAITS_NEAR_ZERO, ZOTERO, config, writes  # noqa: F401  (config: a fixture)
from tests.servers.arxiv import entries_from
from tests.servers.zotero import Library, ZoteroEmulator

ENTROPY, ICLR = "2410.19750", "2403.19647"
PUBLISHED = {ENTROPY, ICLR}
PAPERS = parse_feed(MICHAUD_FEED.read_bytes()).papers


def hold_preprints(library: Library) -> dict[str, str]:
    """Every paper as the preprint item made before it was published, with what users add to items."""
    collection = library.add_collection(COLLECTION)
    elsewhere = library.add_collection("Reading group")
    keys = {}
    for paper in PAPERS:
        item = build_item(replace(paper, journal_ref=None, dois=()), ItemOptions(tags=True)).item
        item["tags"] = [*item["tags"], {"tag": "to read"}]
        item["citationKey"] = f"michaud{paper.arxiv_id.replace('.', '')}"
        item["relations"] = {"dc:relation": "http://zotero.org/users/1/items/AAAAAAAA"}
        keys[paper.arxiv_id] = library.add_item(item, collections=[collection, elsewhere])
        library.add_item({"itemType": "note", "note": "<p>my notes</p>"}, parent=keys[paper.arxiv_id])
    return keys


@pytest.fixture
def library(config: Path, zotero: ZoteroEmulator) -> Library:  # noqa: F811
    held = zotero.library("user", ZOTERO_USER)
    hold_preprints(held)
    return held


def item(library: Library, arxiv_id: str) -> dict[str, Any]:
    (found,) = [d for d in library.items.values() if f"arXiv:{arxiv_id}" in (d.get("extra") or "")
                and d["itemType"] != "note"]
    return found


def sync(*extra: str) -> Any:
    return run_cli(f"sync {AUTHOR} {ZOTERO} --yes --json {' '.join(extra)}")


def test_diff_shows_the_field_changes_of_out_of_date_items_and_writes_nothing(library: Library,
                                                                             zotero: ZoteroEmulator) -> None:
    report = run_cli(f"diff {AUTHOR} {ZOTERO} --json").json()
    updates = {p["arxiv_id"]: p["updates"] for p in report["papers"] if p.get("updates")}
    assert set(updates) == PUBLISHED
    assert {"field": "type", "old": "preprint", "new": "journalArticle"} in updates[ENTROPY]
    assert {"field": "DOI", "old": f"10.48550/arXiv.{ENTROPY}", "new": "10.3390/e27040344"} in updates[ENTROPY]
    assert {"field": "publicationTitle", "old": "", "new": "Entropy"} in updates[ENTROPY]
    assert {"field": "type", "old": "preprint", "new": "conferencePaper"} in updates[ICLR]
    assert writes(zotero) == []


def test_show_updates_prints_each_items_changed_fields_before_and_after(library: Library) -> None:
    out = run_cli(f"diff {AUTHOR} {ZOTERO} --show-updates").stdout
    key = item(library, ENTROPY)["key"]
    assert f"--- Zotero item {key} (preprint)" in out and f"+++ Zotero item {key} (updated)" in out
    assert "-itemType: preprint\n+itemType: journalArticle\n" in out
    assert "+volume: 27\n" in out


def test_sync_update_makes_the_published_preprints_published_items_in_place_and_a_second_run_changes_nothing(
    library: Library, zotero: ZoteroEmulator
) -> None:
    before = {k: dict(v) for k, v in library.items.items()}
    result = sync("--update")
    assert result.exit_code == 0, result.stderr
    entropy, iclr = item(library, ENTROPY), item(library, ICLR)
    assert sorted(result.json()["applied"]["updated"]) == sorted([entropy["key"], iclr["key"]])
    assert result.json()["applied"]["added"] == []
    assert len(library.items) == len(before)
    for updated in (entropy, iclr):
        old = before[updated["key"]]
        for kept in ("title", "creators", "collections", "relations", "citationKey", "abstractNote", "url",
                     "accessDate", "shortTitle", "libraryCatalog", "dateAdded"):
            assert updated.get(kept) == old.get(kept), kept
        assert {t["tag"] for t in updated["tags"]} == {t["tag"] for t in old["tags"]}
        assert updated["extra"].startswith(old["extra"].splitlines()[0])  # the arXiv: line
        assert [c["key"] for c in library.children_of(updated["key"])] == [c["key"] for c in library.children_of(old["key"])]
    assert entropy["itemType"] == "journalArticle"
    assert (entropy["publicationTitle"], entropy["volume"], entropy["issue"], entropy["pages"], entropy["DOI"]) == (
        "Entropy", "27", "4", "344", "10.3390/e27040344")
    assert iclr["itemType"] == "conferencePaper"
    assert iclr["proceedingsTitle"] == "International Conference on Learning Representations"
    assert all(library.items[k] == v for k, v in before.items() if k not in (entropy["key"], iclr["key"]))

    zotero.clear_log()
    again = sync("--update")
    assert again.exit_code == 0 and again.json()["applied"]["updated"] == []
    assert writes(zotero) == []
    assert not any(p.get("updates") for p in again.json()["papers"])


def test_sync_without_update_leaves_present_items_alone(library: Library, zotero: ZoteroEmulator) -> None:
    before = {k: dict(v) for k, v in library.items.items()}
    assert sync().exit_code == 0
    assert library.items == before


def test_exit_code_updates_fails_while_items_are_out_of_date(library: Library) -> None:
    assert run_cli(f"diff {AUTHOR} {ZOTERO} --exit-code").exit_code == 0
    assert run_cli(f"diff {AUTHOR} {ZOTERO} --exit-code=updates").exit_code == 1
    assert sync("--update").exit_code == 0
    assert run_cli(f"diff {AUTHOR} {ZOTERO} --exit-code=updates").exit_code == 0


def test_a_users_value_is_a_conflict_and_kept_unless_the_field_is_overwritten(library: Library) -> None:
    key = item(library, ENTROPY)["key"]
    library.modify_item(key, {"date": "2031"})
    report = sync("--update").json()
    (entropy,) = [p for p in report["papers"] if p["arxiv_id"] == ENTROPY]
    assert {"field": "date", "old": "2031", "new": "2025"} in entropy["conflicts"]
    assert library.item(key)["date"] == "2031" and library.item(key)["itemType"] == "journalArticle"
    assert sync("--update --overwrite date").exit_code == 0
    assert library.item(key)["date"] == "2025"


def test_fields_the_published_type_lacks_stay_in_extra_with_the_arxiv_id(config: Path,  # noqa: F811
                                                                        zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    collection = library.add_collection(COLLECTION)
    key = library.add_item({"itemType": "preprint", "title": "The geometry of concepts: sparse autoencoder feature "
                            "structure", "archiveID": f"arXiv:{ENTROPY}", "genre": "Working paper",
                            "seriesNumber": "7", "repository": "arXiv"}, collections=[collection])
    assert sync("--update").exit_code == 0
    updated = library.item(key)
    assert updated["itemType"] == "journalArticle" and updated["publicationTitle"] == "Entropy"
    assert updated["extra"].splitlines() == [f"arXiv:{ENTROPY} [q-bio.NC]", "genre: Working paper", "seriesNumber: 7"]
    assert not updated.get("publisher")  # "arXiv" was the preprint's repository, not the journal's publisher
    again = run_cli(f"diff {AUTHOR} {ZOTERO} --json").json()
    (paper,) = [p for p in again["papers"] if p["arxiv_id"] == ENTROPY]
    assert paper["status"] == "present" and not paper.get("updates")


def test_update_in_the_zotero_config_section_is_the_same_as_the_option(config: Path, library: Library) -> None:  # noqa: F811
    config.write_text(config.read_text().replace("[zotero]\n", "[zotero]\nupdate = true\n"))
    assert len(sync().json()["applied"]["updated"]) == len(PUBLISHED)
    assert item(library, ENTROPY)["itemType"] == "journalArticle"


def test_the_tegmark_seed_on_zotero_is_brought_up_to_date_in_one_run_old_style_id_included(
    tmp_path: Path, arxiv: Any, zotero: ZoteroEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    tegmark = parse_feed((ARXIV_DATA / "tegmark_published.xml").read_bytes()).papers
    arxiv.add_query("au:Tegmark,M", entries_from(ARXIV_DATA / "tegmark_published.xml"))
    monkeypatch.setenv("REFSYNC_CONFIG", str(write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO)))
    library = zotero.library("user", ZOTERO_USER)
    collection = library.add_collection(COLLECTION)
    keys = {p.arxiv_id: library.add_item(build_item(replace(p, journal_ref=None, dois=())).item,
                                         collections=[collection]) for p in tegmark}
    tegmark_sync = f'sync --author "Max Tegmark" {ZOTERO} --update --yes --json'

    result = run_cli(tegmark_sync)
    assert result.exit_code == 0, result.stderr
    assert sorted(result.json()["applied"]["updated"]) == sorted(keys.values())
    toe = library.item(keys["gr-qc/9704009"])
    assert (toe["itemType"], toe["publicationTitle"], toe["volume"], toe["pages"], toe["DOI"]) == (
        "journalArticle", "Annals Phys.", "270", "1-51", "10.1006/aphy.1998.5855")
    assert toe["extra"].splitlines()[0] == "arXiv:gr-qc/9704009"
    doi_only = library.item(keys["2106.00026"])
    assert doi_only["itemType"] == "preprint" and doi_only["DOI"].startswith("10.48550/")
    assert "DOI: 10.1103/PhysRevE.104.055302" in doi_only["extra"].splitlines()
    zotero.clear_log()
    again = run_cli(tegmark_sync)
    assert again.exit_code == 0 and again.json()["applied"]["updated"] == [] and writes(zotero) == []
