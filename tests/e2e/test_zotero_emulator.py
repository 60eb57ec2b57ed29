"""Tests of the Zotero Web API v3 emulator (tests/servers/zotero.py).

They drive the emulator over real HTTP through an unmodified pyzotero 1.16.0
(each Zotero instance with its own httpx2 client, ``endpoint`` pointed at the
emulator), and with raw httpx2 requests for behaviour pyzotero cannot reach.
"""

from __future__ import annotations

import json
import re
import threading
import time

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyzotero import zotero
from pyzotero import zotero_errors as ze

from tests.servers.zotero import KEY_ALPHABET, ZoteroEmulator

USER_ID = 4242
KEY = "RWKEY0000000000000000001"
RO_KEY = "ROKEY0000000000000000002"
GROUP_ID = 777
KEY_RE = rf"^[{KEY_ALPHABET}]{{8}}$"


# --------------------------------------------------------------------------
# Fixtures and helpers
# --------------------------------------------------------------------------


@pytest.fixture
def emu():
    with ZoteroEmulator(seed=1234) as emulator:
        emulator.add_user(USER_ID, "alice")
        emulator.add_key(KEY, USER_ID)
        emulator.add_key(RO_KEY, USER_ID, write=False)
        yield emulator
        assert emulator.errors == [], "the emulator raised unexpected exceptions"


@pytest.fixture
def lib(emu):
    return emu.library("user", USER_ID)


def make_zot(emu: ZoteroEmulator, key: str | None = KEY, library_id: int = USER_ID,
             library_type: str = "user") -> zotero.Zotero:
    """A pyzotero client on the emulator. Never share an httpx2 client between instances."""
    client = httpx2.Client(trust_env=False, follow_redirects=True, timeout=10)
    zot = zotero.Zotero(library_id, library_type, key, client=client)
    zot.endpoint = emu.url
    return zot


@pytest.fixture
def zot(emu):
    return make_zot(emu)


@pytest.fixture
def raw(emu):
    """A raw httpx2 client for requests pyzotero cannot make."""
    with httpx2.Client(base_url=emu.url, trust_env=False, timeout=10) as client:
        yield client


def auth(key: str = KEY, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Zotero-API-Version": "3", **extra}


def preprint(title: str = "A paper", **fields) -> dict:
    item = {"itemType": "preprint", "title": title,
            "creators": [{"creatorType": "author", "firstName": "Ada", "lastName": "Lovelace"}]}
    item.update(fields)
    return item


def client_key(n: int) -> str:
    """A deterministic valid object key."""
    digits = []
    for _ in range(8):
        n, r = divmod(n, len(KEY_ALPHABET))
        digits.append(KEY_ALPHABET[r])
    return "".join(reversed(digits))


ITEMS = f"/users/{USER_ID}/items"
COLLECTIONS = f"/users/{USER_ID}/collections"


# --------------------------------------------------------------------------
# Creating items
# --------------------------------------------------------------------------


def test_create_items_returns_successful_and_success_with_keys(zot, lib):
    result = zot.create_items([preprint("First"), preprint("Second")])

    assert set(result) == {"successful", "success", "unchanged", "failed"}
    assert result["failed"] == {} and result["unchanged"] == {}
    assert set(result["success"]) == {"0", "1"}
    for idx in ("0", "1"):
        key = result["success"][idx]
        assert re.match(KEY_RE, key)
        obj = result["successful"][idx]
        assert obj["key"] == key and obj["data"]["key"] == key
        assert set(obj) == {"key", "version", "library", "links", "meta", "data"}
    assert lib.items[result["success"]["0"]]["title"] == "First"
    assert lib.items[result["success"]["1"]]["title"] == "Second"


def test_each_object_in_a_batch_bumps_the_library_version(zot, lib):
    result = zot.create_items([preprint("a"), preprint("b"), preprint("c")])

    lmv = int(zot.request.headers["Last-Modified-Version"])
    versions = [result["successful"][str(i)]["version"] for i in range(3)]
    assert versions == [lmv - 2, lmv - 1, lmv]
    assert lib.version == lmv == 3


def test_created_item_data_has_dates_and_all_type_fields(zot):
    obj = zot.create_items([preprint("Dated")])["successful"]["0"]
    data = obj["data"]

    assert data["dateAdded"].endswith("Z") and data["dateModified"].endswith("Z")
    assert data["repository"] == "" and data["archiveID"] == ""  # empty fields are present
    assert data["tags"] == [] and data["collections"] == [] and data["relations"] == {}
    assert obj["meta"]["creatorSummary"] == "Lovelace"


def test_client_key_with_version_zero_twice_fails_412_without_duplicate(zot, lib):
    key = client_key(1)
    item = preprint("Idempotent", key=key, version=0)

    first = zot.create_items([dict(item)])
    second = zot.create_items([dict(item)])

    assert first["success"] == {"0": key}
    assert second["success"] == {}
    assert second["failed"]["0"]["code"] == 412
    assert second["failed"]["0"]["key"] == key
    assert "modified since specified version" in second["failed"]["0"]["message"]
    assert [d["key"] for d in lib.items.values()] == [key]


def test_create_items_over_50_raises_too_many_items_before_any_request(emu, zot):
    emu.clear_log()
    with pytest.raises(ze.TooManyItemsError):
        zot.create_items([preprint(f"p{i}") for i in range(51)])
    assert emu.requests == []


def test_raw_post_of_51_items_is_413(raw, lib):
    body = [preprint(f"p{i}") for i in range(51)]
    resp = raw.post(ITEMS, json=body, headers=auth())

    assert resp.status_code == 413
    assert resp.text == "Cannot add more than 50 items at a time"
    assert lib.items == {}


def test_post_body_that_is_not_an_array_is_400(raw):
    resp = raw.post(ITEMS, json=preprint(), headers=auth())
    assert resp.status_code == 400
    assert resp.text == "Uploaded data must be a JSON array"


def test_field_not_valid_for_item_type_fails_that_object_with_400(zot, lib):
    result = zot.create_items([preprint("ok"), preprint("bad", publicationTitle="J. Foo")])

    assert result["success"] == {"0": result["success"]["0"]}
    assert result["failed"]["1"]["code"] == 400
    assert result["failed"]["1"]["message"] == "'publicationTitle' is not a valid field for type 'preprint'"
    assert "key" not in result["failed"]["1"]  # no key was sent
    assert len(lib.items) == 1


def test_base_field_name_is_rejected_type_specific_name_accepted(zot):
    result = zot.create_items([preprint("base", publisher="arXiv"),
                               preprint("mapped", repository="arXiv", archiveID="arXiv:2101.00001")])

    assert result["failed"]["0"]["code"] == 400
    assert result["successful"]["1"]["data"]["repository"] == "arXiv"
    assert result["successful"]["1"]["data"]["archiveID"] == "arXiv:2101.00001"


def test_unknown_property_fails_with_invalid_property(zot):
    result = zot.create_items([preprint("x", foo="bar")])
    assert result["failed"]["0"] == {"code": 400, "message": "Invalid property 'foo'"}


def test_missing_item_type_and_invalid_item_type_fail_400(zot):
    result = zot.create_items([{"title": "no type"}, {"itemType": "paper", "title": "x"}])

    assert result["failed"]["0"]["message"] == "'itemType' property not provided"
    assert result["failed"]["1"]["message"] == "'paper' is not a valid itemType"


def test_missing_collection_fails_409_with_data(zot):
    missing = client_key(99)
    result = zot.create_items([preprint("x", collections=[missing])])

    failure = result["failed"]["0"]
    assert failure["code"] == 409
    assert failure["message"] == f"Collection {missing} not found"
    assert failure["data"] == {"collection": missing}


def test_malformed_collection_key_fails_400(zot):
    result = zot.create_items([preprint("x", collections=["nope"])])
    assert result["failed"]["0"]["code"] == 400
    assert result["failed"]["0"]["message"] == "'nope' is not a valid collection key"


def test_missing_parent_item_fails_409(zot):
    missing = client_key(98)
    result = zot.create_items([{"itemType": "note", "note": "<p>hi</p>"}], parentid=missing)
    assert result["failed"]["0"]["code"] == 409
    assert result["failed"]["0"]["message"] == f"Parent item {missing} not found"


def test_over_long_field_fails_413(zot):
    result = zot.create_items([preprint("x", abstractNote="a" * 70000)])
    assert result["failed"]["0"]["code"] == 413
    assert result["failed"]["0"]["data"]["field"] == "abstractNote"


def test_key_without_version_or_header_fails_428(zot):
    result = zot.create_items([preprint("x", key=client_key(5))])
    assert result["failed"]["0"]["code"] == 428
    assert "must be provided for 'key'-based writes" in result["failed"]["0"]["message"]


def test_key_without_version_is_accepted_with_if_unmodified_since_version(zot, lib):
    key = client_key(6)
    result = zot.create_items([preprint("x", key=key)], last_modified=lib.version)
    assert result["success"] == {"0": key}


def test_positive_version_for_unknown_key_fails_404(zot):
    result = zot.create_items([preprint("x", key=client_key(7), version=3)])
    assert result["failed"]["0"]["code"] == 404
    assert result["failed"]["0"]["message"] == "Item doesn't exist (expected version 3; use 0 instead)"


def test_post_with_existing_key_merges_like_patch(zot, lib):
    key = lib.add_item(preprint("Original", abstractNote="kept", extra="arXiv: 1"))
    version = lib.items[key]["version"]

    result = zot.create_items([{"key": key, "version": version, "title": "Renamed"}])

    assert result["success"] == {"0": key}
    data = lib.items[key]
    assert data["title"] == "Renamed"
    assert data["abstractNote"] == "kept" and data["extra"] == "arXiv: 1"
    assert data["creators"][0]["lastName"] == "Lovelace"
    assert data["version"] == version + 1


def test_post_with_identical_data_is_unchanged(zot, lib):
    key = lib.add_item(preprint("Same"))
    before = dict(lib.items[key])

    result = zot.create_items([{"key": key, "version": before["version"], "title": "Same"}])

    assert result["unchanged"] == {"0": key}
    assert result["success"] == {} and result["successful"] == {}
    assert lib.items[key] == before


def test_later_object_may_use_a_version_bumped_earlier_in_the_same_request(zot, lib):
    key = lib.add_item(preprint("v"))
    v = lib.items[key]["version"]

    result = zot.create_items([{"key": key, "version": v, "title": "one"},
                               {"key": key, "version": v, "extra": "two"}])

    assert result["failed"] == {}
    assert lib.items[key]["title"] == "one" and lib.items[key]["extra"] == "two"


def test_if_unmodified_since_version_stale_on_create_is_412(zot, lib):
    lib.add_item(preprint("someone else wrote this"))
    with pytest.raises(ze.PreConditionFailedError) as err:
        zot.create_items([preprint("mine")], last_modified=0)

    assert "Library has been modified since specified version (expected 0, found 1)" in str(err.value)
    assert zot.request.headers["Last-Modified-Version"] == "1"
    assert len(lib.items) == 1


def test_child_note_appears_in_items_but_not_top(zot, lib):
    parent = lib.add_item(preprint("Parent"))
    result = zot.create_items([{"itemType": "note", "note": "<p>child</p>"}], parentid=parent)
    child = result["success"]["0"]

    all_keys = {i["key"] for i in zot.items()}
    top_keys = {i["key"] for i in zot.top()}

    assert all_keys == {parent, child}
    assert top_keys == {parent}
    assert [c["key"] for c in zot.children(parent)] == [child]
    assert zot.item(parent)["meta"]["numChildren"] == 1
    assert "collections" not in lib.items[child]


def test_child_items_cannot_be_assigned_to_collections(zot, lib):
    parent = lib.add_item(preprint("Parent"))
    coll = lib.add_collection("C")
    result = zot.create_items([{"itemType": "note", "note": "x", "parentItem": parent,
                                "collections": [coll]}])
    assert result["failed"]["0"]["message"] == "Child items cannot be assigned to collections"


# --------------------------------------------------------------------------
# Reading: paging, filters, formats
# --------------------------------------------------------------------------


def test_everything_pages_through_230_items(emu, zot, lib):
    for i in range(230):
        lib.add_item(preprint(f"Paper {i}"))
    emu.clear_log()

    items = zot.everything(zot.items())

    assert len(items) == 230
    assert len({i["key"] for i in items}) == 230
    gets = emu.find_requests("GET", ITEMS)
    assert [r.param("start") for r in gets] == [None, "100", "200"]
    assert all(r.param("limit") == "100" and r.param("format") == "json" for r in gets)


def test_link_header_keeps_all_params_except_start(emu, raw, lib):
    for i in range(30):
        lib.add_item(preprint(f"P{i}"))
    resp = raw.get(ITEMS, params={"limit": "10", "start": "10", "since": "0", "q": "P",
                                  "format": "json", "includeTrashed": "1"}, headers=auth())

    links = resp.links
    assert resp.headers["Total-Results"] == "30"
    base = f"{emu.url}{ITEMS}?"
    for rel, start in (("first", None), ("prev", None), ("next", "20"), ("last", "20")):
        url = httpx2.URL(links[rel]["url"])
        assert str(url).startswith(base)
        params = dict(url.params)
        assert params.get("start") == start
        assert {k: params[k] for k in ("limit", "since", "q", "format", "includeTrashed")} == {
            "limit": "10", "since": "0", "q": "P", "format": "json", "includeTrashed": "1"}


def test_no_next_link_on_last_page(raw, lib):
    for i in range(5):
        lib.add_item(preprint(f"P{i}"))
    resp = raw.get(ITEMS, params={"limit": "5"}, headers=auth())
    assert "next" not in resp.links and "last" not in resp.links
    assert "alternate" in resp.links


def test_limit_defaults_to_25_and_is_clamped_to_100(raw, lib):
    for i in range(120):
        lib.add_item(preprint(f"P{i}"))
    default = raw.get(ITEMS, headers=auth())
    clamped = raw.get(ITEMS, params={"limit": "500"}, headers=auth())
    versions = raw.get(ITEMS, params={"format": "versions"}, headers=auth())

    assert len(default.json()) == 25
    assert len(clamped.json()) == 100
    assert len(versions.json()) == 120  # no limit for format=versions
    assert default.headers["Total-Results"] == clamped.headers["Total-Results"] == "120"


def test_item_versions_since_returns_only_newer_items(zot, lib):
    old = lib.add_item(preprint("old"))
    since = lib.version
    new1 = lib.add_item(preprint("new 1"))
    lib.modify_item(old, {"title": "old, edited"})
    new2 = lib.add_item(preprint("new 2"))

    versions = zot.item_versions(since=since)

    assert versions == {k: lib.items[k]["version"] for k in (new1, old, new2)}
    assert zot.item_versions(since=lib.version) == {}


def test_since_that_is_not_numeric_is_400(zot):
    with pytest.raises(ze.UnsupportedParamsError):
        zot.items(since="yesterday")


def test_format_keys_is_newline_separated_text(raw, lib):
    keys = {lib.add_item(preprint(f"P{i}")) for i in range(3)}
    resp = raw.get(ITEMS, params={"format": "keys"}, headers=auth())

    assert resp.headers["Content-Type"].startswith("text/plain")
    assert set(resp.text.split()) == keys
    assert resp.headers["Total-Results"] == "3"


def test_item_key_filter_ignores_invalid_keys(zot, lib):
    a = lib.add_item(preprint("a"))
    lib.add_item(preprint("b"))
    c = lib.add_item(preprint("c"))

    items = zot.items(itemKey=f"{a},bogus,{c}")

    assert {i["key"] for i in items} == {a, c}


def test_quick_search_matches_title_creator_and_year_but_not_doi(zot, lib):
    a = lib.add_item(preprint("Quantum widgets", date="2021-03-04", DOI="10.1/quux"))
    b = lib.add_item({"itemType": "preprint", "title": "Other",
                      "creators": [{"creatorType": "author", "firstName": "Grace", "lastName": "Hopper"}]})

    assert {i["key"] for i in zot.items(q="quantum")} == {a}
    assert {i["key"] for i in zot.items(q="grace hopper")} == {b}
    assert {i["key"] for i in zot.items(q='"Quantum widgets" 2021')} == {a}
    assert zot.items(q="quux") == []
    assert zot.items(q="quantum 1999") == []


def test_quick_search_on_top_returns_the_parent_of_a_matching_child_note(zot, lib):
    parent = lib.add_item(preprint("Unrelated title"))
    lib.add_item({"itemType": "note", "note": "<p>Zebra notes</p>"}, parent=parent)
    assert [i["key"] for i in zot.top(q="zebra")] == [parent]


def test_item_type_and_tag_filters(zot, lib):
    a = lib.add_item(preprint("a", tags=[{"tag": "arxiv"}, {"tag": "ml"}]))
    b = lib.add_item({"itemType": "journalArticle", "title": "b", "tags": [{"tag": "arxiv"}]})
    c = lib.add_item({"itemType": "book", "title": "c"})

    assert {i["key"] for i in zot.items(itemType="preprint")} == {a}
    assert {i["key"] for i in zot.items(itemType="-preprint")} == {b, c}
    assert {i["key"] for i in zot.items(itemType="preprint || book")} == {a, c}
    assert {i["key"] for i in zot.items(tag="arxiv")} == {a, b}
    assert {i["key"] for i in zot.items(tag=["arxiv", "ml"])} == {a}
    assert {i["key"] for i in zot.items(tag="-ml")} == {b, c}


def test_sort_and_direction(zot, lib):
    for title in ("Banana", "apple", "Cherry"):
        lib.add_item(preprint(title))

    asc = [i["data"]["title"] for i in zot.items(sort="title")]
    desc = [i["data"]["title"] for i in zot.items(sort="title", direction="desc")]
    default = [i["data"]["title"] for i in zot.items()]

    assert asc == ["apple", "Banana", "Cherry"]
    assert desc == ["Cherry", "Banana", "apple"]
    assert default == ["Cherry", "apple", "Banana"]  # dateModified desc (newest first)


def test_unknown_query_params_are_ignored(raw, lib):
    lib.add_item(preprint("x"))
    resp = raw.get(ITEMS, params={"locale": "fr-FR", "timeout": "30", "whatever": "1"},
                   headers=auth())
    assert resp.status_code == 200 and len(resp.json()) == 1


def test_json_responses_have_content_type_total_results_and_version(raw, lib):
    lib.add_item(preprint("x"))
    resp = raw.get(ITEMS, headers=auth())

    assert resp.headers["Content-Type"] == "application/json"
    assert resp.headers["Total-Results"] == "1"
    assert resp.headers["Last-Modified-Version"] == str(lib.version)
    assert resp.headers["Zotero-API-Version"] == "3"


def test_single_item_last_modified_version_is_the_item_version(zot, lib):
    key = lib.add_item(preprint("x"))
    lib.add_item(preprint("y"))

    obj = zot.item(key)

    assert zot.request.headers["Last-Modified-Version"] == str(obj["version"]) == "1"
    assert lib.version == 2


def test_count_and_num_items_read_total_results(zot, lib):
    parent = lib.add_item(preprint("p"))
    lib.add_item({"itemType": "note", "note": "n"}, parent=parent)
    assert zot.count_items() == 2
    assert zot.num_items() == 1
    assert zot.last_modified_version() == lib.version


def test_if_modified_since_version_gives_304_when_unchanged(raw, lib):
    lib.add_item(preprint("x"))
    current = lib.version

    unchanged = raw.get(ITEMS, headers=auth(**{"If-Modified-Since-Version": str(current)}))
    changed = raw.get(ITEMS, headers=auth(**{"If-Modified-Since-Version": str(current - 1)}))

    assert unchanged.status_code == 304 and unchanged.content == b""
    assert changed.status_code == 200 and len(changed.json()) == 1


def test_missing_item_is_404(zot):
    with pytest.raises(ze.ResourceNotFoundError):
        zot.item(client_key(3))


# --------------------------------------------------------------------------
# Trash and deletions
# --------------------------------------------------------------------------


def test_trashed_items_are_excluded_from_items_and_top_but_listed_in_trash(zot, lib):
    live = lib.add_item(preprint("live"))
    trashed = lib.add_item(preprint("trashed"), deleted=True)

    assert {i["key"] for i in zot.items()} == {live}
    assert {i["key"] for i in zot.top()} == {live}
    assert [i["key"] for i in zot.trash()] == [trashed]
    assert {i["key"] for i in zot.items(includeTrashed=1)} == {live, trashed}
    assert zot.item(trashed)["data"]["deleted"] is True


def test_moving_an_item_to_the_trash_via_patch(zot, lib):
    key = lib.add_item(preprint("bye"))
    item = zot.item(key)
    item["data"]["deleted"] = 1
    zot.update_item(item["data"])
    assert zot.items() == [] and [i["key"] for i in zot.trash()] == [key]


def test_deleted_lists_keys_deleted_since(zot, lib):
    keep = lib.add_item(preprint("keep"))
    gone_early = lib.add_item(preprint("gone early"))
    lib.delete_item(gone_early)
    since = lib.version
    gone_late = lib.add_item(preprint("gone late"))
    coll = lib.add_collection("C")
    zot.delete_item(zot.item(gone_late))
    zot.delete_collection(zot.collection(coll))

    deleted = zot.deleted(since=since)

    assert deleted["items"] == [gone_late]
    assert deleted["collections"] == [coll]
    assert set(zot.deleted(since=0)["items"]) == {gone_early, gone_late}
    assert keep in lib.items


def test_deleted_without_since_is_400(zot):
    with pytest.raises(ze.UnsupportedParamsError):
        zot.deleted()


def test_single_delete_needs_if_unmodified_since_version(raw, lib):
    key = lib.add_item(preprint("x"))
    resp = raw.delete(f"{ITEMS}/{key}", headers=auth())
    assert resp.status_code == 428
    assert key in lib.items


def test_single_delete_with_stale_version_is_412_with_object_version(raw, lib):
    key = lib.add_item(preprint("x"))
    lib.modify_item(key, {"title": "changed"})
    resp = raw.delete(f"{ITEMS}/{key}", headers=auth(**{"If-Unmodified-Since-Version": "1"}))

    assert resp.status_code == 412
    assert resp.headers["Last-Modified-Version"] == "2"
    assert key in lib.items


def test_multi_delete_with_item_key(zot, lib):
    keys = [lib.add_item(preprint(f"p{i}")) for i in range(3)]
    objs = [zot.item(k) for k in keys[:2]]

    assert zot.delete_item(objs, last_modified=lib.version) is True

    assert list(lib.items) == [keys[2]]
    assert zot.request.status_code == 204
    assert set(lib.deleted["items"]) == set(keys[:2])


def test_deleting_a_parent_deletes_its_children(zot, lib):
    parent = lib.add_item(preprint("p"))
    child = lib.add_item({"itemType": "note", "note": "n"}, parent=parent)
    zot.delete_item(zot.item(parent))
    assert lib.items == {}
    assert set(zot.deleted(since=0)["items"]) == {parent, child}


# --------------------------------------------------------------------------
# Single-object writes
# --------------------------------------------------------------------------


def test_update_item_patches_and_returns_204_with_new_version(zot, lib):
    key = lib.add_item(preprint("before", extra="keep me"))
    item = zot.item(key)
    item["data"]["title"] = "after"

    assert zot.update_item(item["data"]) is True

    assert zot.request.status_code == 204
    assert lib.items[key]["title"] == "after" and lib.items[key]["extra"] == "keep me"
    assert zot.request.headers["Last-Modified-Version"] == str(lib.version)
    assert lib.items[key]["version"] == lib.version


def test_update_item_with_stale_version_is_412(zot, lib):
    key = lib.add_item(preprint("x"))
    stale = zot.item(key)["data"]
    lib.modify_item(key, {"title": "someone else"})
    stale["title"] = "mine"

    with pytest.raises(ze.PreConditionFailedError) as err:
        zot.update_item(stale)
    assert "(expected 1, found 2)" in str(err.value)
    assert lib.items[key]["title"] == "someone else"


def test_update_item_header_and_body_versions_disagree_is_400(zot, lib):
    key = lib.add_item(preprint("x"))
    data = zot.item(key)["data"]
    with pytest.raises(ze.UnsupportedParamsError) as err:
        zot.update_item(data, last_modified=data["version"] + 5)
    assert "does not match JSON 'version' property" in str(err.value)


def test_update_items_posts_versioned_objects_without_a_write_token(emu, zot, lib):
    keys = [lib.add_item(preprint(f"p{i}")) for i in range(3)]
    datas = [zot.item(k)["data"] for k in keys]
    for d in datas:
        d["extra"] = "arXiv: updated"

    assert zot.update_items(datas) is True

    assert all(lib.items[k]["extra"] == "arXiv: updated" for k in keys)
    (post,) = emu.find_requests("POST", ITEMS)
    assert "Zotero-Write-Token" not in post.headers


def test_full_api_objects_are_accepted_in_place_of_their_data(raw, lib):
    key = lib.add_item(preprint("x"))
    full = raw.get(f"{ITEMS}/{key}", headers=auth()).json()
    full["data"]["title"] = "via full object"

    resp = raw.post(ITEMS, json=[full], headers=auth())

    assert resp.json()["success"] == {"0": key}
    assert lib.items[key]["title"] == "via full object"


def test_patch_without_any_version_is_428(raw, lib):
    key = lib.add_item(preprint("x"))
    resp = raw.patch(f"{ITEMS}/{key}", json={"title": "y"}, headers=auth())
    assert resp.status_code == 428
    assert lib.items[key]["title"] == "x"


def test_patch_of_a_missing_item(raw):
    key = client_key(11)
    no_version = raw.patch(f"{ITEMS}/{key}", json={"title": "y"}, headers=auth())
    positive = raw.patch(f"{ITEMS}/{key}", json={"title": "y", "version": 4}, headers=auth())
    created = raw.patch(f"{ITEMS}/{key}", json={"itemType": "preprint", "title": "y", "version": 0},
                        headers=auth())

    assert no_version.status_code == 404
    assert positive.status_code == 412 and positive.text == "Item not found (expected version 4)"
    assert created.status_code == 204


def test_patch_replaces_arrays_whole(raw, lib):
    key = lib.add_item(preprint("x", tags=[{"tag": "a"}, {"tag": "b"}]))
    resp = raw.patch(f"{ITEMS}/{key}", json={"tags": [{"tag": "c"}]},
                     headers=auth(**{"If-Unmodified-Since-Version": str(lib.items[key]["version"])}))
    assert resp.status_code == 204
    assert lib.items[key]["tags"] == [{"tag": "c"}]


def test_date_added_cannot_change(raw, lib):
    key = lib.add_item(preprint("x"))
    resp = raw.patch(f"{ITEMS}/{key}", json={"dateAdded": "2001-01-01T00:00:00Z", "version": 1},
                     headers=auth())
    assert resp.status_code == 400


# --------------------------------------------------------------------------
# Collections
# --------------------------------------------------------------------------


def test_addto_collection_then_stale_item_dict_is_412(zot, lib):
    coll = zot.create_collections([{"name": "arXiv"}])["success"]["0"]
    item = zot.create_items([preprint("x")])["successful"]["0"]

    assert zot.addto_collection(coll, item) is True
    assert lib.items[item["key"]]["collections"] == [coll]
    with pytest.raises(ze.PreConditionFailedError):
        zot.addto_collection(coll, item)  # item["version"] is now stale
    assert [i["key"] for i in zot.collection_items(coll)] == [item["key"]]


def test_create_collections_and_meta_counts(zot, lib):
    parent = zot.create_collections([{"name": "Parent"}])["success"]["0"]
    child = zot.create_collections([{"name": "Child", "parentCollection": parent}])["success"]["0"]
    lib.add_item(preprint("in parent"), collections=[parent])

    top = zot.collections_top()
    assert [c["key"] for c in top] == [parent]
    assert top[0]["meta"] == {"numCollections": 1, "numItems": 1}
    assert {c["key"] for c in zot.all_collections()} == {parent, child}
    assert zot.collection(child)["data"]["parentCollection"] == parent


def test_update_collection_puts_the_whole_collection(zot, lib):
    coll = lib.add_collection("Old name")
    data = zot.collection(coll)["data"]
    data["name"] = "New name"

    assert zot.update_collection(data) is True

    assert lib.collections[coll]["name"] == "New name"
    assert lib.collections[coll]["version"] == lib.version == 2


def test_collection_validation_failures(zot):
    missing = client_key(50)
    result = zot.create_collections([{"name": ""}, {"name": "x", "parentCollection": missing},
                                     {"name": "y", "colour": "red"}])

    assert result["failed"]["0"]["code"] == 400
    assert result["failed"]["1"]["code"] == 409
    assert result["failed"]["2"]["message"] == "Invalid property 'colour'"


def test_collection_items_of_missing_collection_is_404(zot):
    with pytest.raises(ze.ResourceNotFoundError):
        zot.collection_items(client_key(51))


def test_deleting_a_collection_removes_membership_without_bumping_item_versions(zot, lib):
    coll = lib.add_collection("C")
    key = lib.add_item(preprint("x"), collections=[coll])
    item_version = lib.items[key]["version"]

    zot.delete_collection(zot.collection(coll))

    assert lib.items[key]["collections"] == []
    assert lib.items[key]["version"] == item_version
    assert lib.collections == {}


# --------------------------------------------------------------------------
# Write tokens
# --------------------------------------------------------------------------


def test_write_token_reuse_after_success_is_412(raw, lib):
    headers = auth(**{"Zotero-Write-Token": "a" * 32})
    first = raw.post(ITEMS, json=[preprint("once")], headers=headers)
    second = raw.post(ITEMS, json=[preprint("once")], headers=headers)

    assert first.status_code == 200
    assert second.status_code == 412
    assert second.text == "Write token already used"
    assert len(lib.items) == 1


def test_write_token_is_not_stored_when_the_request_fails(raw, lib):
    lib.add_item(preprint("bump"))
    token = {"Zotero-Write-Token": "b" * 32}
    failed = raw.post(ITEMS, json=[preprint("x")],
                      headers=auth(**token, **{"If-Unmodified-Since-Version": "0"}))
    retried = raw.post(ITEMS, json=[preprint("x")], headers=auth(**token))

    assert failed.status_code == 412
    assert retried.status_code == 200


def test_write_tokens_are_per_api_key(emu, raw):
    emu.add_key("OTHERKEY", USER_ID)
    token = {"Zotero-Write-Token": "c" * 32}
    assert raw.post(ITEMS, json=[preprint("x")], headers=auth(**token)).status_code == 200
    assert raw.post(ITEMS, json=[preprint("x")], headers=auth("OTHERKEY", **token)).status_code == 200


def test_write_token_of_bad_length_is_400(raw):
    resp = raw.post(ITEMS, json=[preprint("x")], headers=auth(**{"Zotero-Write-Token": "abc"}))
    assert resp.status_code == 400


def test_pyzotero_sends_a_fresh_write_token_on_every_create(emu, zot):
    zot.create_items([preprint("a")])
    zot.create_items([preprint("b")])
    tokens = [r.headers["Zotero-Write-Token"] for r in emu.find_requests("POST", ITEMS)]
    assert len(tokens) == 2 and tokens[0] != tokens[1]


# --------------------------------------------------------------------------
# Authentication and keys
# --------------------------------------------------------------------------


def test_unknown_key_raises_user_not_authorised(emu):
    zot = make_zot(emu, key="NOSUCHKEY")
    with pytest.raises(ze.UserNotAuthorisedError) as err:
        zot.items()
    assert "Invalid key" in str(err.value)


def test_read_only_key_can_read_but_not_write(emu, lib):
    lib.add_item(preprint("x"))
    zot = make_zot(emu, key=RO_KEY)

    assert len(zot.items()) == 1
    with pytest.raises(ze.UserNotAuthorisedError) as err:
        zot.create_items([preprint("y")])
    assert "Write access denied" in str(err.value)
    assert len(lib.items) == 1


def test_write_without_a_key_is_403(raw):
    resp = raw.post(ITEMS, json=[preprint("x")], headers={"Zotero-API-Version": "3"})
    assert resp.status_code == 403
    assert resp.text == "An API key is required for write requests."


def test_read_of_a_private_library_without_key_is_403(raw):
    assert raw.get(ITEMS).status_code == 403


def test_another_users_library_is_403(emu, raw):
    emu.add_user(9999, "bob")
    resp = raw.get("/users/9999/items", headers=auth())
    assert resp.status_code == 403 and resp.text == "Forbidden"


def test_key_accepted_in_zotero_api_key_header_and_query_param(raw, lib):
    lib.add_item(preprint("x"))
    by_header = raw.get(ITEMS, headers={"Zotero-API-Key": KEY})
    by_param = raw.get(ITEMS, params={"key": KEY})
    differing = raw.get(ITEMS, params={"key": RO_KEY}, headers={"Zotero-API-Key": KEY})

    assert by_header.status_code == 200 and by_param.status_code == 200
    assert differing.status_code == 400


def test_malformed_bearer_header_is_400(raw):
    resp = raw.get(ITEMS, headers={"Authorization": "Bearer not-a-valid-key!"})
    assert resp.status_code == 400
    assert resp.text == "Invalid Authorization header format"


def test_key_info(emu, zot):
    info = zot.key_info()
    assert info == {
        "key": KEY, "userID": USER_ID, "username": "alice", "displayName": "",
        "access": {"user": {"library": True, "files": True, "notes": True, "write": True}},
    }
    assert emu.requests[-1].path == f"/keys/{KEY}"


def test_keys_current_reports_the_key_sent(raw):
    resp = raw.get("/keys/current", headers=auth(RO_KEY))
    assert resp.status_code == 200
    assert resp.json()["key"] == RO_KEY
    assert resp.json()["access"]["user"]["write"] is False


def test_group_library_access_follows_the_key(emu, raw):
    group = emu.add_group(GROUP_ID, "Lab")
    emu.add_key("GROUPRO", USER_ID, groups={GROUP_ID: False})
    group.add_item(preprint("group paper"))
    zot_ro = make_zot(emu, key="GROUPRO", library_id=GROUP_ID, library_type="group")
    zot_none = make_zot(emu, key=KEY, library_id=GROUP_ID, library_type="group")

    assert len(zot_ro.items()) == 1
    with pytest.raises(ze.UserNotAuthorisedError):
        zot_ro.create_items([preprint("nope")])
    with pytest.raises(ze.UserNotAuthorisedError):
        zot_none.items()
    groups = raw.get(f"/users/{USER_ID}/groups", headers=auth("GROUPRO")).json()
    assert [g["id"] for g in groups] == [GROUP_ID]
    assert raw.get("/keys/GROUPRO").json()["access"]["groups"] == {
        str(GROUP_ID): {"library": True, "write": False}}


def test_api_version_header_and_v_param_must_agree(raw):
    resp = raw.get(ITEMS, params={"v": "2"}, headers=auth())
    assert resp.status_code == 400


def test_error_bodies_are_plain_text(raw):
    resp = raw.get(f"{ITEMS}/{client_key(2)}", headers=auth())
    assert resp.status_code == 404
    assert resp.headers["Content-Type"].startswith("text/plain")
    assert resp.text == "Not found"


def test_expect_header_is_417(raw):
    resp = raw.get(ITEMS, headers=auth(Expect="something"))
    assert resp.status_code == 417


# --------------------------------------------------------------------------
# Schema endpoints
# --------------------------------------------------------------------------


def test_item_template_preprint_has_repository_and_archive_id(zot):
    tpl = zot.item_template("preprint")
    keys = list(tpl)

    assert "repository" in tpl and "archiveID" in tpl
    assert keys[:3] == ["itemType", "title", "creators"]
    assert tpl["creators"] == [{"creatorType": "author", "firstName": "", "lastName": ""}]
    assert keys[-3:] == ["tags", "collections", "relations"]


def test_template_round_trips_through_create_items(zot):
    tpl = zot.item_template("preprint")
    tpl["title"] = "From template"
    result = zot.create_items([tpl])
    assert result["failed"] == {}
    assert result["successful"]["0"]["data"]["creators"] == []  # the empty creator is dropped


def test_attachment_template_needs_link_mode(zot, raw):
    tpl = zot.item_template("attachment", linkmode="imported_url")
    assert tpl["linkMode"] == "imported_url" and "url" in tpl and tpl["md5"] is None
    assert "creators" not in tpl and tpl["note"] == ""

    resp = raw.get("/items/new", params={"itemType": "attachment"})
    assert resp.status_code == 400
    assert resp.text == "linkMode required for itemType=attachment"


def test_note_template_and_unknown_type(zot):
    assert zot.item_template("note") == {"itemType": "note", "note": "", "tags": [],
                                         "collections": [], "relations": {}}
    with pytest.raises(ze.UnsupportedParamsError) as err:
        zot.item_template("nonsense")
    assert "Invalid item type 'nonsense'" in str(err.value)


def test_item_fields_item_types_and_item_type_fields(zot):
    fields = {f["field"] for f in zot.item_fields()}
    types = {t["itemType"] for t in zot.item_types()}
    preprint_fields = [f["field"] for f in zot.item_type_fields("preprint")]

    assert {"title", "repository", "archiveID", "DOI", "publisher"} <= fields
    assert {"preprint", "journalArticle", "note", "attachment"} <= types
    assert preprint_fields[:5] == ["title", "abstractNote", "genre", "repository", "archiveID"]


def test_check_items_uses_the_item_fields_endpoint(zot):
    with pytest.raises(ze.InvalidItemFieldsError):
        zot.check_items([{"itemType": "preprint", "notAField": "x"}])


# --------------------------------------------------------------------------
# Fault injection
# --------------------------------------------------------------------------


def test_injected_429_with_retry_after_0_on_a_read_is_retried(emu, zot, lib):
    lib.add_item(preprint("x"))
    fault = emu.inject(method="GET", path=rf"^{ITEMS}$", status=429, headers={"Retry-After": "0"})

    items = zot.items()

    assert len(items) == 1
    assert fault.fired == 1
    assert [r.status for r in emu.find_requests("GET", ITEMS)] == [429, 200]


def test_429_on_every_read_attempt_raises_too_many_retries(emu, zot):
    emu.inject(method="GET", path=ITEMS, status=429, headers={"Retry-After": "0"}, times=None)
    with pytest.raises(ze.TooManyRetriesError):
        zot.items()
    assert len(emu.find_requests("GET", ITEMS)) == 3  # pyzotero's MAX_RETRY_ATTEMPTS


def test_429_without_retry_after_raises_too_many_retries_at_once(emu, zot):
    emu.inject(method="GET", path=ITEMS, status=429)
    with pytest.raises(ze.TooManyRetriesError):
        zot.items()
    assert len(emu.find_requests("GET", ITEMS)) == 1


def test_injected_429_on_create_items_is_not_retried_and_surfaces_as_json_decode_error(emu, zot, lib):
    # pyzotero 1.16.0 records the backoff, then calls .json() on the text/plain 429 body.
    emu.inject(method="POST", path=ITEMS, status=429, headers={"Retry-After": "0"})
    with pytest.raises(json.JSONDecodeError):
        zot.create_items([preprint("x")])
    assert lib.items == {}
    assert len(emu.find_requests("POST", ITEMS)) == 1


def test_injected_429_on_update_item_is_retried(emu, zot, lib):
    key = lib.add_item(preprint("x"))
    data = zot.item(key)["data"]
    data["title"] = "y"
    emu.inject(method="PATCH", path=rf"{ITEMS}/{key}", status=429, headers={"Retry-After": "0"})

    assert zot.update_item(data) is True
    assert lib.items[key]["title"] == "y"


def test_injected_500_raises_http_error(emu, zot):
    emu.inject(method="GET", path=ITEMS, status=500)
    with pytest.raises(ze.HTTPError) as err:
        zot.items()
    assert "Code: 500" in str(err.value)


def test_fault_after_lets_requests_through_first(emu, zot):
    fault = emu.inject(method="GET", path=ITEMS, status=503, after=2)
    zot.items()
    zot.items()
    with pytest.raises(ze.HTTPError):
        zot.items()
    zot.items()  # times=1: the fault is spent
    assert fault.fired == 1 and fault.seen == 3


def test_backoff_header_on_a_successful_read_sets_pyzotero_backoff(emu, zot):
    emu.inject(method="GET", path=ITEMS, status=200, headers={"Backoff": "5"})
    before = time.time()
    zot.items()
    assert zot.backoff_until >= before + 4
    zot.backoff_until = 0  # do not wait in the test


def test_commit_then_drop_on_post_items_commits_but_client_sees_transport_error(emu, zot, lib):
    key = client_key(77)
    emu.inject(method="POST", path=ITEMS, commit_then_drop=True)

    with pytest.raises(httpx2.TransportError):
        zot.create_items([preprint("dropped", key=key, version=0)])
    assert lib.items[key]["title"] == "dropped"
    assert emu.find_requests("POST", ITEMS)[0].status is None

    # The idempotent retry pattern: the same client key with version 0 fails with 412
    retry = zot.create_items([preprint("dropped", key=key, version=0)])
    assert retry["failed"]["0"]["code"] == 412
    assert len(lib.items) == 1


def test_drop_fault_closes_without_committing(emu, zot, lib):
    emu.inject(method="POST", path=ITEMS, drop=True)
    with pytest.raises(httpx2.TransportError):
        zot.create_items([preprint("lost")])
    assert lib.items == {}


def test_delay_fault_slows_the_response(emu, zot):
    emu.inject(method="GET", path=ITEMS, delay=0.15)
    started = time.monotonic()
    zot.items()
    assert time.monotonic() - started >= 0.15


# --------------------------------------------------------------------------
# Request log and concurrency
# --------------------------------------------------------------------------


def test_request_log_records_method_path_query_headers_and_body(emu, zot):
    emu.clear_log()
    zot.create_items([preprint("logged")], last_modified=0)

    (req,) = emu.requests
    assert req.method == "POST" and req.path == ITEMS
    assert req.headers["if-unmodified-since-version"] == "0"
    assert req.headers["Authorization"] == f"Bearer {KEY}"
    assert len(req.headers["Zotero-Write-Token"]) == 32
    assert req.json == [preprint("logged")]
    assert req.status == 200


def test_concurrent_creates_from_many_clients_are_consistent(emu, lib):
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            zot = make_zot(emu)
            for j in range(5):
                result = zot.create_items([preprint(f"w{n}-{j}"), preprint(f"w{n}-{j}b")])
                assert len(result["success"]) == 2
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert errors == []
    assert len(lib.items) == 80
    assert lib.version == 80
    assert sorted(d["version"] for d in lib.items.values()) == list(range(1, 81))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.tuples(st.sampled_from(["add", "edit", "delete"]), st.integers(0, 5)),
                    min_size=1, max_size=12),
       cut=st.integers(0, 12))
def test_versions_since_always_match_the_modified_items(emu, ops, cut):
    """Whatever the write history, ?since=V lists exactly the live items written after V,
    and /deleted?since=V exactly the items deleted after V."""
    lib = emu.add_group(len(emu._groups) + 1000, "scratch")
    emu.add_key(f"G{lib.id}", USER_ID, groups={lib.id: True})
    zot = make_zot(emu, key=f"G{lib.id}", library_id=lib.id, library_type="group")
    written_at: dict[str, int] = {}
    deleted_at: dict[str, int] = {}
    keys: list[str] = []
    for op, n in ops:
        live = [k for k in keys if k in lib.items]
        if op == "add" or not live:
            k = lib.add_item(preprint(f"t{n}"))
            keys.append(k)
            written_at[k] = lib.version
        elif op == "edit":
            k = live[n % len(live)]
            lib.modify_item(k, {"extra": f"e{lib.version}"})
            written_at[k] = lib.version
        else:
            k = live[n % len(live)]
            lib.delete_item(k)
            deleted_at[k] = lib.version
            written_at.pop(k)
    since = min(cut, lib.version)

    assert zot.item_versions(since=since) == {k: v for k, v in written_at.items() if v > since}
    assert set(zot.deleted(since=since)["items"]) == {k for k, v in deleted_at.items() if v > since}


# --------------------------------------------------------------------------
# Single-item PATCH: versions and a change of item type
# --------------------------------------------------------------------------


def test_patch_with_the_item_version_updates_only_the_fields_sent(zot, lib):
    key = lib.add_item(preprint("x", DOI="10.48550/arXiv.2401.00001"))
    assert zot.update_item({"key": key, "version": lib.item(key)["version"], "title": "y"})
    assert zot.request.headers["Last-Modified-Version"] == str(lib.version)
    assert lib.item(key)["title"] == "y" and lib.item(key)["DOI"] == "10.48550/arXiv.2401.00001"


def test_patch_with_a_stale_item_version_is_412_with_the_item_version(raw, lib):
    key = lib.add_item(preprint("x"))
    lib.modify_item(key, {"title": "changed"})
    resp = raw.patch(f"{ITEMS}/{key}", json={"title": "mine"}, headers=auth(**{"If-Unmodified-Since-Version": "1"}))
    assert resp.status_code == 412
    assert resp.headers["Last-Modified-Version"] == "2"
    assert lib.item(key)["title"] == "changed"


def test_patch_without_a_version_is_428(raw, lib):
    key = lib.add_item(preprint("x"))
    resp = raw.patch(f"{ITEMS}/{key}", json={"title": "mine"}, headers=auth())
    assert resp.status_code == 428
    assert lib.item(key)["title"] == "x"


def test_patch_changing_the_item_type_moves_base_mapped_fields_and_drops_the_rest(zot, lib):
    key = lib.add_item(preprint("x", repository="arXiv", archiveID="arXiv:2401.00001", genre="Working paper",
                                citationKey="ada2024", DOI="10.48550/arXiv.2401.00001"))
    zot.update_item({"key": key, "version": lib.item(key)["version"], "itemType": "journalArticle",
                     "publicationTitle": "Entropy"})
    item = lib.item(key)
    assert item["itemType"] == "journalArticle" and item["publicationTitle"] == "Entropy"
    assert item["publisher"] == "arXiv"  # repository and publisher share the base field publisher
    assert item["citationKey"] == "ada2024" and item["DOI"] == "10.48550/arXiv.2401.00001"
    assert "archiveID" not in item and "genre" not in item and "repository" not in item


def test_patch_with_a_field_the_new_type_lacks_is_400_and_changes_nothing(raw, lib):
    key = lib.add_item(preprint("x"))
    resp = raw.patch(f"{ITEMS}/{key}", json={"itemType": "journalArticle", "archiveID": "arXiv:2401.00001"},
                     headers=auth(**{"If-Unmodified-Since-Version": str(lib.item(key)["version"])}))
    assert resp.status_code == 400
    assert lib.item(key)["itemType"] == "preprint"
