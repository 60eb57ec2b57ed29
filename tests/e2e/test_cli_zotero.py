"""End to end: an author's arXiv list against a Zotero library, over real HTTP to the emulator."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, ZOTERO_KEY, ZOTERO_USER, Run, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from
from tests.servers.zotero import Library, ZoteroEmulator

AUTHOR = '--author "Eric J. Michaud"'
COLLECTION = "Michaud papers"
ZOTERO = f'--zotero --collection "{COLLECTION}"'
WAITS_NEAR_ZERO = "[zotero]\nretries = 4\nbackoff = 0\nmax_wait = 5\ntimeout = 5\n"
ITEMS = r"^/users/\d+/items$"
WRITES = ("POST", "PUT", "PATCH", "DELETE")

PRESENT = {"2303.13506", "2410.19750", "2210.13447", "2402.05110", "2205.10343"}
MICHAUDS = {"2509.02565", "2505.15811", "2501.16496", "2501.12391", "2410.19750", "2410.08201", "2405.17420",
            "2405.14860", "2403.19647", "2402.05110", "2307.15217", "2303.13506", "2210.13447", "2210.01117",
            "2205.10343", "2012.05862", "2010.13871"}
NEW = MICHAUDS - PRESENT


@pytest.fixture
def config(tmp_path: Path, arxiv: ArxivStandIn, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The stand-in serves the Michaud listing, with the published DOI arXiv shows for 2410.19750."""
    entries = [e.replace("<arxiv:journal_ref>Entropy", "<arxiv:doi>10.3390/e27040344</arxiv:doi>\n"
                         "    <arxiv:journal_ref>Entropy") for e in entries_from(MICHAUD_FEED)]
    arxiv.add_query(MICHAUD_QUERY, entries)
    path = write_config(tmp_path / "config.toml", arxiv.api_url, WAITS_NEAR_ZERO)
    monkeypatch.setenv("REFSYNC_CONFIG", str(path))
    return path


def seed(library: Library) -> dict[str, str]:
    """A library holding five of the papers, each recorded differently, plus things that are not papers."""
    target = library.add_collection(COLLECTION)
    elsewhere = library.add_collection("Interpretability")
    keys = {"target": target, "elsewhere": elsewhere}
    keys["2303.13506"] = library.add_item({
        "itemType": "preprint", "title": "The Quantization Model of Neural Scaling", "archiveID": "arXiv:2303.13506",
        "creators": [{"creatorType": "author", "firstName": "Eric J.", "lastName": "Michaud"}], "date": "2023-03-23",
    }, collections=[target])
    keys["2410.19750"] = library.add_item({
        "itemType": "journalArticle", "title": "The geometry of concepts: sparse autoencoder feature structure",
        "publicationTitle": "Entropy", "volume": "27", "issue": "4", "DOI": "10.3390/e27040344", "date": "2025",
        "creators": [{"creatorType": "author", "firstName": "Yuxiao", "lastName": "Li"}],
    }, collections=[target])
    keys["2210.13447"] = library.add_item({
        "itemType": "journalArticle", "title": "Precision machine learning", "extra": "arXiv: 2210.13447",
        "creators": [{"creatorType": "author", "firstName": "Eric", "lastName": "Michaud"}],
    }, collections=[target])
    keys["2402.05110"] = library.add_item({
        "itemType": "preprint", "title": "Opening the AI black box", "url": "https://arxiv.org/abs/2402.05110v1",
    }, collections=[elsewhere])
    keys["2205.10343"] = library.add_item({
        "itemType": "conferencePaper",
        "title": "Towards Understanding Grokking: An Effective Theory of Representation Learning",
        "proceedingsTitle": "Advances in Neural Information Processing Systems", "date": "2022",
        "creators": [{"creatorType": "author", "firstName": "Ziming", "lastName": "Liu"},
                     {"creatorType": "author", "firstName": "Eric J.", "lastName": "Michaud"}],
    }, collections=[target])
    library.add_item({"itemType": "note", "note": "<p>arXiv:2303.13506 is the quantization paper</p>"},
                     parent=keys["2303.13506"])
    library.add_item({"itemType": "attachment", "linkMode": "linked_url", "title": "PDF",
                      "url": "https://arxiv.org/pdf/2501.12391"}, parent=keys["2402.05110"])
    library.add_item({"itemType": "note", "note": "<p>Read arXiv:2501.12391 next</p>"})
    keys["trashed"] = library.add_item({"itemType": "preprint", "title": "Open Problems in Mechanistic Interpretability",
                                        "archiveID": "arXiv:2501.16496"}, collections=[target], deleted=True)
    return keys


def by_status(report: dict[str, Any], status: str) -> set[str]:
    return {p["arxiv_id"] for p in report["papers"] if p["status"] == status}


def arxiv_ids_in(library: Library) -> Counter[str]:
    """How many live items carry each arXiv id (in archiveID, as refsync writes them)."""
    return Counter(d["archiveID"].removeprefix("arXiv:") for d in library.items.values()
                   if d.get("archiveID") and not d.get("deleted"))


def writes(emulator: ZoteroEmulator) -> list[Any]:
    return [r for r in emulator.requests if r.method in WRITES]


def sync(*extra: str) -> Run:
    return run_cli(f"sync {AUTHOR} {ZOTERO} --yes --json {' '.join(extra)}")


def test_diff_sees_papers_however_the_library_recorded_them(config: Path, zotero: ZoteroEmulator) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    result = run_cli(f"diff {AUTHOR} {ZOTERO} --json")
    assert result.exit_code == 0, result.stderr
    report = result.json()
    assert report["target"] == {"kind": "zotero", "library": f"users/{ZOTERO_USER}", "collection": COLLECTION}
    assert by_status(report, "present") == PRESENT
    assert by_status(report, "new") == NEW
    reasons = {p["arxiv_id"]: p["reason"] for p in report["papers"]}
    assert reasons["2303.13506"] == "archiveID = arXiv:2303.13506"
    assert reasons["2410.19750"] == "DOI = 10.3390/e27040344"
    assert reasons["2210.13447"] == "extra = arXiv: 2210.13447"
    assert reasons["2402.05110"] == "url = https://arxiv.org/abs/2402.05110v1"
    assert reasons["2205.10343"].startswith("same title")
    assert reasons["2501.16496"].startswith("only in the trash")
    assert writes(zotero) == []


def test_sync_creates_only_the_missing_items_and_files_the_one_kept_elsewhere(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    keys = seed(library)
    before = set(library.items)
    result = sync()
    assert result.exit_code == 0, result.stderr
    applied = result.json()["applied"]
    assert applied["failed"] == [] and applied["updated"] == [keys["2402.05110"]]
    created = {k: library.items[k] for k in set(library.items) - before}
    assert sorted(created) == sorted(applied["added"])
    assert {d["archiveID"].removeprefix("arXiv:") for d in created.values()} == NEW
    assert all(d["collections"] == [keys["target"]] and d["itemType"] == "preprint" for d in created.values())
    assert set(library.items[keys["2402.05110"]]["collections"]) == {keys["elsewhere"], keys["target"]}
    assert max(arxiv_ids_in(library).values()) == 1


def test_a_second_sync_changes_nothing(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    seed(library)
    sync()
    version = library.version
    zotero.clear_log()
    result = sync()
    assert result.exit_code == 0
    report = result.json()
    assert report["summary"] == {"new": 0, "present": 17, "uncertain": 0, "excluded": 2}
    assert report["applied"] == {"added": [], "updated": [], "failed": []}
    assert writes(zotero) == [] and library.version == version


def test_sync_without_yes_refuses_to_file_items_when_not_on_a_terminal(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    keys = seed(library)
    sync()
    library.modify_item(keys["2402.05110"], {"collections": [keys["elsewhere"]]})  # someone took it out again
    version = library.version
    result = run_cli(f"sync {AUTHOR} {ZOTERO}")
    assert result.exit_code == 2 and "refusing to write without --yes" in result.stderr
    assert library.version == version


def test_items_are_written_like_zoteros_own_arxiv_import(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    sync("--create-collection")
    (item,) = library.find_items(archiveID="arXiv:2303.13506")
    assert item["url"] == "http://arxiv.org/abs/2303.13506"
    assert item["DOI"] == "10.48550/arXiv.2303.13506" and item["repository"] == "arXiv"
    assert item["extra"] == "arXiv:2303.13506 [cs.LG]" and item["libraryCatalog"] == "arXiv.org"
    assert item["date"] == "2024-01-13" and item["title"] == "The Quantization Model of Neural Scaling"
    assert item["creators"][0] == {"creatorType": "author", "firstName": "Eric J.", "lastName": "Michaud"}
    (geometry,) = library.find_items(archiveID="arXiv:2410.19750")
    assert geometry["extra"].splitlines()[1:] == ["DOI: 10.3390/e27040344", "Journal reference: Entropy 2025, 27(4), 344"]
    assert geometry["shortTitle"] == "The Geometry of Concepts"


def test_tags_notes_and_attachments_when_configured(config: Path, zotero: ZoteroEmulator) -> None:
    config.write_text(config.read_text() + "tags = true\nnotes = true\nattachments = true\ncreate_collection = true\n")
    library = zotero.library("user", ZOTERO_USER)
    assert sync().exit_code == 0
    (item,) = library.find_items(archiveID="arXiv:2303.13506")
    assert item["tags"] == [{"tag": "Computer Science - Machine Learning", "type": 1},
                            {"tag": "Condensed Matter - Disordered Systems and Neural Networks", "type": 1}]
    children = {c["itemType"]: c for c in library.children_of(item["key"])}
    assert children["note"]["note"] == "Comment: 24 pages, 18 figures, NeurIPS 2023"
    assert children["attachment"]["linkMode"] == "linked_url"
    assert children["attachment"]["url"] == "http://arxiv.org/pdf/2303.13506v3"


def test_published_papers_become_journal_articles_when_configured(config: Path, zotero: ZoteroEmulator) -> None:
    config.write_text(config.read_text() + 'item_type = "published"\ncreate_collection = true\n')
    library = zotero.library("user", ZOTERO_USER)
    assert sync().exit_code == 0
    (article,) = library.find_items(DOI="10.3390/e27040344")
    assert article["itemType"] == "journalArticle" and article["publicationTitle"] == "Entropy"
    assert (article["volume"], article["issue"], article["pages"], article["date"]) == ("27", "4", "344", "2025")
    (paper,) = [d for d in library.items.values() if d.get("extra", "").startswith("arXiv:2403.19647")]
    assert paper["itemType"] == "conferencePaper"
    assert paper["proceedingsTitle"] == "International Conference on Learning Representations"
    assert run_cli(f"diff {AUTHOR} {ZOTERO} --json").json()["summary"]["new"] == 0


# --- collections ------------------------------------------------------------------------------


def test_a_missing_collection_is_an_error_listing_the_existing_ones(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    library.add_collection("Reading list")
    version = library.version
    result = run_cli(f"sync {AUTHOR} {ZOTERO} --yes")
    assert result.exit_code == 3
    assert result.stderr == (f"refsync: error: no collection 'Michaud papers' in Zotero library users/{ZOTERO_USER} "
                             "(collections: 'Reading list'); use --create-collection to create it\n")
    assert writes(zotero) == [] and library.version == version


def test_create_collection_makes_it_once(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    assert sync("--create-collection").exit_code == 0
    assert sync("--create-collection").exit_code == 0
    (collection,) = library.collections.values()
    assert collection["name"] == COLLECTION
    assert len(library.items_in(collection["key"])) == len(MICHAUDS)


def test_the_collection_can_be_named_by_its_key(config: Path, zotero: ZoteroEmulator) -> None:
    library = zotero.library("user", ZOTERO_USER)
    key = library.add_collection(COLLECTION)
    report = run_cli(f"sync {AUTHOR} --collection {key} --yes --json").json()
    assert report["target"]["collection"] == COLLECTION
    assert len(library.items_in(key)) == len(MICHAUDS)


def test_a_group_library(config: Path, zotero: ZoteroEmulator) -> None:
    group = zotero.add_group(777, "Lab")
    zotero.add_key(ZOTERO_KEY, ZOTERO_USER, groups={777: True})
    report = run_cli(f"sync {AUTHOR} {ZOTERO} --group 777 --create-collection --yes --json").json()
    assert report["target"]["library"] == "groups/777"
    assert len(group.items) == len(MICHAUDS)
    assert zotero.library("user", ZOTERO_USER).items == {}


# --- faults -------------------------------------------------------------------------------------


def test_a_retry_after_beyond_max_wait_is_not_waited(config: Path, zotero: ZoteroEmulator) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    zotero.inject(method="POST", path=ITEMS, status=429, headers={"Retry-After": "3600"})
    result = sync()
    assert result.exit_code == 3 and "asked to wait 3600 s" in result.stderr


def test_120_new_papers_go_in_three_batches(tmp_path: Path, arxiv: ArxivStandIn, zotero: ZoteroEmulator) -> None:
    arxiv.add_query("au:Writer,P", constructed_entries(120))
    config = write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO)
    result = run_cli(f'--config {config} sync --author "Prolific Writer" {ZOTERO} --create-collection --yes --json')
    assert result.exit_code == 0, result.stderr
    assert [len(r.json) for r in zotero.find_requests("POST", ITEMS)] == [50, 50, 20]
    assert len(result.json()["applied"]["added"]) == 120
    assert len(zotero.library("user", ZOTERO_USER).items) == 120


def test_a_refused_item_is_reported_and_makes_the_exit_code_4(tmp_path: Path, arxiv: ArxivStandIn,
                                                               zotero: ZoteroEmulator) -> None:
    entries = constructed_entries(3)
    entries[1] = entries[1].replace("</author>", f"</author>\n    <author><name>{'Long ' * 60}Name</name></author>", 1)
    arxiv.add_query("au:Writer,P", entries)
    config = write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO)
    result = run_cli(f'--config {config} sync --author "Prolific Writer" {ZOTERO} --create-collection --yes --json')
    assert result.exit_code == 4
    applied = result.json()["applied"]
    assert len(applied["added"]) == 2
    assert [f["arxiv_id"] for f in applied["failed"]] == ["2401.10001"]
    assert applied["failed"][0]["error"].startswith("Zotero refused the item (HTTP 413: ")
    assert len(zotero.library("user", ZOTERO_USER).items) == 2


def test_an_invalid_key_is_one_line_and_no_write(config: Path, zotero: ZoteroEmulator,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOTERO_API_KEY", "NotAValidKeyAtAll0000000")
    result = run_cli(f"sync {AUTHOR} {ZOTERO} --yes")
    assert result.exit_code == 3
    assert result.stderr == ("refsync: error: Zotero rejected the API key (HTTP 403 Invalid key); "
                             "run `refsync auth login` or fix ZOTERO_API_KEY\n")
    assert writes(zotero) == []


def test_a_read_only_key_is_one_line_and_no_write(config: Path, zotero: ZoteroEmulator,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    library = zotero.library("user", ZOTERO_USER)
    seed(library)
    version = library.version
    zotero.add_key("ReadOnlyKey0000000000000", ZOTERO_USER, write=False)
    monkeypatch.setenv("ZOTERO_API_KEY", "ReadOnlyKey0000000000000")
    assert run_cli(f"diff {AUTHOR} {ZOTERO}").exit_code == 0
    result = run_cli(f"sync {AUTHOR} {ZOTERO} --yes")
    assert result.exit_code == 3
    assert result.stderr == (f"refsync: error: the Zotero API key can read users/{ZOTERO_USER} but not write to it; "
                             "nothing written (give the key write access at https://www.zotero.org/settings/keys)\n")
    assert writes(zotero) == [] and library.version == version


def test_a_library_the_key_cannot_read_is_one_line(config: Path, zotero: ZoteroEmulator) -> None:
    zotero.add_user(99, "someone-else")
    result = run_cli(f"diff {AUTHOR} {ZOTERO} --library-id 99")
    assert result.exit_code == 3
    assert result.stderr == "refsync: error: the Zotero API key may not read users/99 (HTTP 403 Forbidden)\n"


def test_zotero_unreachable_is_one_line(config: Path, zotero: ZoteroEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    url = zotero.url
    zotero.stop()
    result = run_cli(f"diff {AUTHOR} {ZOTERO}")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"refsync: error: cannot reach Zotero at {url}: ConnectError")
    assert result.stderr.count("\n") == 1


def test_no_key_at_all_says_how_to_give_one(config: Path, zotero: ZoteroEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZOTERO_API_KEY")
    result = run_cli(f"diff {AUTHOR} {ZOTERO}")
    assert result.exit_code == 2
    assert "set ZOTERO_API_KEY" in result.stderr and result.stderr.count("\n") == 1


# --- a profile with a .bib and a collection ----------------------------------------------------------


def test_a_profile_with_bib_and_collection_writes_both_from_one_fetch(tmp_path: Path, arxiv: ArxivStandIn,
                                                                      zotero: ZoteroEmulator, partial_bib: Path) -> None:
    arxiv.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED))
    profile = f'[profiles.michaud]\nauthor = "Eric J. Michaud"\nbib = "{partial_bib}"\ncollection = "{COLLECTION}"\n'
    config = write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO + "create_collection = true\n" + profile)
    result = run_cli(f"--config {config} sync michaud --yes --json")
    assert result.exit_code == 0, result.stderr
    bib, zot = result.json()
    assert bib["target"] == {"kind": "bibtex", "path": str(partial_bib)}
    assert zot["target"]["kind"] == "zotero" and len(zot["applied"]["added"]) == len(MICHAUDS)
    assert len(bib["applied"]["added"]) == 10
    assert len(arxiv.requests) == 1
    diff = run_cli(f"--config {config} diff michaud --json").json()
    assert [report["summary"]["new"] for report in diff] == [0, 0]


def test_the_command_line_picks_one_target_of_such_a_profile(tmp_path: Path, arxiv: ArxivStandIn,
                                                             zotero: ZoteroEmulator, partial_bib: Path) -> None:
    arxiv.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED))
    profile = f'[profiles.michaud]\nauthor = "Eric J. Michaud"\nbib = "{partial_bib}"\ncollection = "{COLLECTION}"\n'
    config = write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO + profile)
    assert run_cli(f"--config {config} diff michaud --bib {partial_bib} --json").json()["target"]["kind"] == "bibtex"
    assert writes(zotero) == [] and zotero.requests == []


# --- secrets ---------------------------------------------------------------------------------------


def test_the_key_never_appears_in_any_output(config: Path, zotero: ZoteroEmulator, caplog: pytest.LogCaptureFixture,
                                             isolated_home: Path) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    caplog.set_level("DEBUG")
    runs = [run_cli(f"-v diff {AUTHOR} {ZOTERO} --json"), run_cli(f"-v sync {AUTHOR} {ZOTERO} --yes --json"),
            run_cli(f"-v sync {AUTHOR} {ZOTERO} --yes")]
    zotero.inject(method="POST", path=ITEMS, status=500, times=None)
    runs.append(run_cli(f"-v sync {AUTHOR} --zotero --collection Other --create-collection --yes"))
    assert runs[-1].exit_code == 3
    for run in runs:
        assert ZOTERO_KEY not in run.stdout + run.stderr
    assert ZOTERO_KEY not in caplog.text
    for path in isolated_home.rglob("*"):
        if path.is_file():
            assert ZOTERO_KEY.encode() not in path.read_bytes(), path


def constructed_entries(count: int) -> list[str]:
    """``count`` distinct papers by "Prolific Writer", in the 2025 Atom dialect."""
    return [f"""<entry>
    <id>http://arxiv.org/abs/2401.{10000 + n:05d}v1</id>
    <title>Constructed paper number {n} about {json.dumps(n * 7919 % 1000)} things</title>
    <updated>2024-01-15T12:00:00Z</updated>
    <summary>A paper made up for the batching test.</summary>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <published>2024-01-15T12:00:00Z</published>
    <arxiv:primary_category term="cs.LG"/>
    <author>
      <name>Prolific Writer</name>
    </author>
  </entry>""" for n in range(count)]


def test_a_bib_entry_takes_the_key_pinned_in_zotero(tmp_path: Path, arxiv: ArxivStandIn, zotero: ZoteroEmulator,
                                                    partial_bib: Path) -> None:
    library = zotero.library("user", ZOTERO_USER)
    keys = seed(library)
    library.modify_item(keys["2402.05110"], {"citationKey": "michaud2024mips"})
    arxiv.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED))
    profile = f'[profiles.michaud]\nauthor = "Eric J. Michaud"\nbib = "{partial_bib}"\ncollection = "{COLLECTION}"\n'
    config = write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO + profile)
    bib, _ = run_cli(f"--config {config} sync michaud --yes --json").json()
    assert "michaud2024mips" in bib["applied"]["added"]
    assert "@misc{michaud2024mips," in partial_bib.read_text("utf-8")
