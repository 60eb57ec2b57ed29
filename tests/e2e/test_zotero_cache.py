"""The Zotero copy: read a library in full once, then only what changed since its version."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from refsync import paths, textnorm
from refsync.errors import TargetError
from refsync.retry import RetryPolicy
from refsync.model import Record
from refsync.zotero import ZoteroSettings, ZoteroTarget, library_cache
from tests.conftest import ZOTERO_KEY, ZOTERO_USER, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn
from tests.servers.zotero import Library, ZoteroEmulator

COLLECTION = "Michaud papers"
ITEMS = 230


@pytest.fixture
def library(zotero: ZoteroEmulator) -> Library:
    library = zotero.library("user", ZOTERO_USER)
    library.add_collection(COLLECTION)
    for n in range(ITEMS):
        parent = library.add_item({"itemType": "preprint", "title": f"Paper {n}", "archiveID": f"arXiv:2401.{n:05d}",
                                   "creators": [{"creatorType": "author", "firstName": "Eric", "lastName": "Michaud"}]})
        if n % 50 == 0:
            library.add_item({"itemType": "note", "note": "<p>a note</p>"}, parent=parent)
    return library


def target(zotero: ZoteroEmulator, *, cache: bool = True, refresh: bool = False, **settings: object) -> ZoteroTarget:
    options = {"api_url": zotero.url, "collection": COLLECTION, "retry": RetryPolicy(attempts=2, backoff=0),
               **settings}
    return ZoteroTarget(ZoteroSettings(**options), ZOTERO_KEY,  # type: ignore[arg-type]
                        cache=library_cache(refresh=refresh) if cache else None)


def read(zotero: ZoteroEmulator, **options: object) -> tuple[list[Record], int]:
    """The records a run sees, and the requests it took."""
    zotero.clear_log()
    records = target(zotero, **options).records()
    return records, len(zotero.requests)


def truth(zotero: ZoteroEmulator) -> list[Record]:
    """What a run without any cache reads."""
    return sorted(target(zotero, cache=False).records(), key=lambda r: r.key)


def test_a_first_read_costs_one_request_per_100_items_and_three_more_at_most(zotero: ZoteroEmulator,
                                                                              library: Library) -> None:
    records, requests = read(zotero)
    assert len(records) == ITEMS
    assert requests <= math.ceil(ITEMS / 100) + 3


def test_an_unchanged_library_costs_at_most_two_requests(zotero: ZoteroEmulator, library: Library) -> None:
    cold, _ = read(zotero)
    warm, requests = read(zotero)
    assert warm == cold
    assert requests <= 2
    (top,) = zotero.find_requests("GET", r"/items/top$")
    assert top.param("since") == str(library.version)


def test_with_the_library_named_an_unchanged_library_costs_one_request(zotero: ZoteroEmulator,
                                                                       library: Library) -> None:
    read(zotero, library_id=ZOTERO_USER)
    _, requests = read(zotero, library_id=ZOTERO_USER)
    assert requests == 1


def test_only_changed_items_are_fetched_and_the_copy_matches_a_full_read(zotero: ZoteroEmulator,
                                                                         library: Library) -> None:
    read(zotero)
    read_at = library.version
    keys = sorted(key for key, data in library.items.items() if data["itemType"] == "preprint")
    library.add_item({"itemType": "journalArticle", "title": "Added elsewhere", "DOI": "10.1234/x"})
    library.modify_item(keys[0], {"title": "Renamed in the desktop app"})
    library.modify_item(keys[1], {"deleted": 1})
    library.delete_item(keys[2])
    records, requests = read(zotero)
    (top,) = zotero.find_requests("GET", r"/items/top$")
    assert top.param("since") == str(read_at)  # one page of what changed, not three of the library
    assert len(zotero.find_requests("GET", r"/deleted$")) == 1
    assert requests <= 4
    assert sorted(records, key=lambda r: r.key) == truth(zotero)
    assert {"Added elsewhere", "Renamed in the desktop app"} <= {r.title for r in records}
    assert keys[2] not in {r.key for r in records}
    assert next(r for r in records if r.key == keys[1]).trashed


def test_a_copy_whose_titles_another_latex_parser_folded_is_not_used(zotero: ZoteroEmulator, library: Library,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _, cold = read(zotero)
    monkeypatch.setattr(textnorm, "LATEX_PARSER", "pylatexenc 0.0")
    _, again = read(zotero)
    assert again == cold


def test_a_deleted_collection_leaves_the_items_that_were_in_it(zotero: ZoteroEmulator, library: Library) -> None:
    other = library.add_collection("Reading list")
    key = library.add_item({"itemType": "preprint", "title": "Filed", "archiveID": "arXiv:2402.00001"},
                           collections=[other])
    read(zotero)
    library.delete_collection(other)
    records, _ = read(zotero)
    assert next(r for r in records if r.key == key).collections == frozenset()
    assert sorted(records, key=lambda r: r.key) == truth(zotero)


def test_a_collection_created_since_the_last_run_is_found(zotero: ZoteroEmulator, library: Library) -> None:
    with pytest.raises(TargetError, match="no collection 'Created meanwhile'"):
        target(zotero, collection="Created meanwhile").records()
    library.add_collection("Created meanwhile")
    assert len(target(zotero, collection="Created meanwhile").records()) == ITEMS


def test_refresh_reads_the_whole_library_again(zotero: ZoteroEmulator, library: Library) -> None:
    read(zotero)
    _, requests = read(zotero, refresh=True)
    assert len(zotero.find_requests("GET", r"/items/top$")) == math.ceil(ITEMS / 100)
    assert requests >= math.ceil(ITEMS / 100)


def test_a_damaged_copy_is_ignored_and_the_library_read_in_full(zotero: ZoteroEmulator, library: Library) -> None:
    read(zotero)
    (path,) = (paths.cache_dir() / "zotero").glob("*.json")
    path.write_bytes(path.read_bytes()[:1000])
    records, _ = read(zotero)
    assert len(records) == ITEMS
    assert len(zotero.find_requests("GET", r"/items/top$")) == math.ceil(ITEMS / 100)


def test_the_copy_holds_no_api_key(zotero: ZoteroEmulator, library: Library) -> None:
    read(zotero)
    for path in paths.cache_dir().rglob("*"):
        if path.is_file():
            assert ZOTERO_KEY.encode() not in path.read_bytes()


def test_diff_twice_against_an_unchanged_library_asks_zotero_twice_at_most(
    zotero: ZoteroEmulator, library: Library, arxiv: ArxivStandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REFSYNC_CONFIG", str(write_config(tmp_path / "config.toml", arxiv.api_url)))
    command = f'diff --author "Eric J. Michaud" --zotero --collection "{COLLECTION}" --json'
    first = run_cli(command)
    assert first.exit_code == 0, first.stderr
    zotero.clear_log()
    assert run_cli(command).json() == first.json()
    assert len(zotero.requests) <= 2
    zotero.clear_log()
    run_cli(command + " --refresh")
    assert len(zotero.find_requests("GET", r"/items/top$")) == math.ceil(ITEMS / 100)
