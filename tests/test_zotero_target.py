"""ZoteroTarget as a library: reading a whole library, and writing while others write too."""

from __future__ import annotations

from dataclasses import replace

import pytest

from refsync.errors import ConcurrentChangeError
from refsync.arxiv.feed import parse_feed
from refsync.http import RetryPolicy
from refsync.plan import Selection
from refsync.sync import apply, diff
from refsync.zotero import ZoteroSettings, ZoteroTarget
from tests.conftest import MICHAUD_FEED, ZOTERO_KEY, ZOTERO_USER
from tests.servers.zotero import ZoteroEmulator

PAPERS = parse_feed(MICHAUD_FEED.read_bytes()).papers
MICHAUD = Selection(author="Eric J. Michaud")
ITEMS = r"^/users/\d+/items$"


def target(emulator: ZoteroEmulator, **settings: object) -> ZoteroTarget:
    options = {"api_url": emulator.url, "collection": "Michaud papers", "create_collection": True,
               "retry": RetryPolicy(attempts=3, backoff=0, max_wait=1), **settings}
    return ZoteroTarget(ZoteroSettings(**options), ZOTERO_KEY)  # type: ignore[arg-type]


def test_the_whole_library_is_read_page_by_page_and_the_trash_is_marked(zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    for n in range(230):
        parent = library.add_item({"itemType": "book", "title": f"Book {n}"})
        if n % 50 == 0:
            library.add_item({"itemType": "note", "note": "<p>a note</p>"}, parent=parent)
    library.add_item({"itemType": "preprint", "title": "Gone", "archiveID": "arXiv:2303.13506"}, deleted=True)
    library.add_item({"itemType": "attachment", "linkMode": "linked_url", "title": "A link", "url": "https://x.org"})
    records = target(zotero).records()
    assert len(records) == 231
    assert [r.title for r in records if r.trashed] == ["Gone"]
    assert len(zotero.find_requests("GET", r"/items/top$")) == 3


def test_a_library_changed_by_someone_else_is_read_again_and_planned_again(zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    library.add_collection("Michaud papers")
    zotero_target = target(zotero)
    outcome = diff(PAPERS, zotero_target, MICHAUD, "Eric J. Michaud")
    assert "2501.12391" in {p.arxiv_id for p in outcome.plan.new}
    someone = library.add_item({"itemType": "preprint", "title": "Physics of Skill Learning",
                                "archiveID": "arXiv:2501.12391"})  # saved from the browser meanwhile
    outcome = apply(outcome, PAPERS, zotero_target, MICHAUD)
    assert [r.status for r in zotero.find_requests("POST", ITEMS)] == [412, 200]
    assert len(library.find_items(archiveID="arXiv:2501.12391")) == 1
    assert outcome.applied is not None and outcome.applied.updated == [someone]
    assert len(outcome.applied.added) == 16
    decision = next(d for d in outcome.plan.decisions if d.paper.arxiv_id == "2501.12391")
    assert decision.reason == "archiveID = arXiv:2501.12391"


def test_what_was_written_before_a_change_is_kept_and_reported(zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    library.add_collection("Michaud papers")
    zotero_target = target(zotero)
    extra = list(PAPERS) + [replace(p, arxiv_id=f"2401.{20000 + n}") for n, p in enumerate(PAPERS * 3)]
    outcome = diff(extra, zotero_target, MICHAUD, "Eric J. Michaud")
    zotero.inject(method="POST", path=ITEMS, status=412, after=1)  # the second batch finds the library changed
    outcome = apply(outcome, extra, zotero_target, MICHAUD)
    assert [r.status for r in zotero.find_requests("POST", ITEMS)] == [200, 412, 200]
    assert outcome.applied is not None and len(outcome.applied.added) == len(outcome.plan.decisions) - 8
    created = [d for d in library.items.values() if d.get("archiveID")]
    assert len(created) == len({d["archiveID"] for d in created}) == len(outcome.applied.added)


def test_a_library_that_keeps_changing_stops_the_run(zotero: ZoteroEmulator) -> None:
    zotero_target = target(zotero)
    outcome = diff(PAPERS, zotero_target, MICHAUD, "Eric J. Michaud")
    zotero.inject(method="POST", path=ITEMS, status=412, times=None)
    with pytest.raises(ConcurrentChangeError, match="changed since refsync read it, again after 2 fresh plans"):
        apply(outcome, PAPERS, zotero_target, MICHAUD)


def test_uncertain_papers_are_never_written(zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    library.add_item({"itemType": "preprint", "title": "Precision Machine Learning"})  # no authors to compare
    zotero_target = target(zotero)
    outcome = diff(PAPERS, zotero_target, MICHAUD, "Eric J. Michaud")
    uncertain = {d.paper.arxiv_id for d in outcome.plan.decisions if d.status.value == "uncertain"}
    assert uncertain == {"2210.13447"}
    apply(outcome, PAPERS, zotero_target, MICHAUD)
    assert library.find_items(archiveID="arXiv:2210.13447") == []


def test_the_key_is_not_in_the_targets_repr(zotero: ZoteroEmulator) -> None:
    assert ZOTERO_KEY not in repr(target(zotero))
