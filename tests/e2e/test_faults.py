"""The arXiv fault matrix, end to end: every fault ends in the clean result or a clean error.

Each case runs ``refsync sync --yes --json`` against the loopback stand-in with one
fault injected, paging five entries at a time so that faults can land mid-list. A run
either recovers, and then the report lists exactly the papers of a clean run (no
duplicates) and the .bib is byte-identical to the clean run's, or it stops with one
line on stderr, exit 3, no report, and the .bib untouched. Never a partial list.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, ZOTERO_KEY, ZOTERO_USER, Run, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from, feed
from tests.servers.zotero import Library, ZoteroEmulator
from tests.e2e.test_cli_zotero import (COLLECTION, MICHAUDS, NEW, WAITS_NEAR_ZERO, arxiv_ids_in, constructed_entries,
                                   seed)

AUTHOR = '--author "Eric J. Michaud"'
PAGE = 5
ALL_ENTRIES = 19


def truncated_first_page() -> str:
    """A real first page cut off mid-entry, as a dropped connection would leave it."""
    text = feed(entries_from(MICHAUD_FEED)[:PAGE], ALL_ENTRIES, 0, MICHAUD_QUERY)
    return text[: len(text) // 2]


@dataclass(frozen=True)
class Fault:
    """One row of the matrix: what goes wrong, and how the run must end."""

    name: str
    faults: tuple[dict[str, Any], ...]
    error: str | None = None
    """None: the run recovers. Else the start of the one-line error after ``refsync: error:``."""
    settings: dict[str, Any] = field(default_factory=dict)


GAVE_UP = "arXiv did not give a usable answer after 3 attempts: "
MATRIX = [
    Fault("429 plain-text body, once", ({"status": 429, "body": "Rate exceeded.", "headers": {"Retry-After": "0"}},)),
    Fault("429 plain-text body, mid-paging", ({"status": 429, "body": "Rate exceeded.", "after": 2},)),
    Fault("429 plain-text body, every time", ({"status": 429, "body": "Rate exceeded.", "times": 99},),
          GAVE_UP + "HTTP 429 from 127.0.0.1"),
    Fault("503 with Retry-After, once", ({"status": 503, "headers": {"Retry-After": "0"}},)),
    Fault("503 with Retry-After as an HTTP date", ({"status": 503, "headers": {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, "after": 1},)),
    Fault("503 with Retry-After beyond max_wait", ({"status": 503, "headers": {"Retry-After": "3600"}, "after": 1},),
          "server asked to wait 3600 s before retrying (more than the 300 s allowed)"),
    Fault("503 every time", ({"status": 503, "times": 99, "after": 3},), GAVE_UP + "HTTP 503 from 127.0.0.1"),
    Fault("500 with an HTML body", ({"status": 500, "body": "<html><body>Internal error</body></html>", "after": 1},)),
    Fault("empty first page although the total counts results, once", ({"empty": True},)),
    Fault("empty first page although the total counts results, every time", ({"empty": True, "times": 99},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("empty first page right after a 429", ({"status": 429, "body": "Rate exceeded."}, {"empty": True})),
    Fault("empty page in the middle, once", ({"empty": True, "after": 1},)),
    Fault("empty page in the middle, every time", ({"empty": True, "after": 2, "times": 99},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("non-XML body with HTTP 200, once", ({"body": "<html>oops</html>", "after": 1},)),
    Fault("non-XML body with HTTP 200, every time", ({"body": "<html>oops</html>", "times": 99},),
          GAVE_UP + "127.0.0.1"),
    Fault("empty body with HTTP 200", ({"body": "", "after": 2},)),
    Fault("truncated XML page", ({"body": truncated_first_page()},)),
    Fault("truncated XML page, every time", ({"body": truncated_first_page(), "times": 99},), GAVE_UP + "127.0.0.1"),
    Fault("connection reset, once", ({"reset": True, "after": 1},)),
    Fault("connection reset, every time", ({"reset": True, "times": 99},), GAVE_UP + "cannot reach 127.0.0.1"),
    Fault("server slower than the timeout, once", ({"delay": 0.4, "after": 1},), settings={"timeout": 0.1}),
    Fault("server slower than the timeout, every time", ({"delay": 0.4, "times": 3},),
          GAVE_UP + "127.0.0.1", settings={"timeout": 0.1}),
    Fault("totalResults lies low", ({"total": 7, "times": 99},)),
    Fault("totalResults says zero", ({"total": 0, "times": 99},)),
    Fault("totalResults lies high", ({"total": 40, "times": 99},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("totalResults lies high on the first page only", ({"total": 40},),
          GAVE_UP + "arXiv returned an empty page at 127.0.0.1"),
    Fault("server caps the page size", ()),
    Fault("Backoff header on a page", ({"headers": {"Backoff": "0"}, "after": 1},)),
    Fault("429, then reset, then empty page", ({"status": 429, "body": "Rate exceeded."}, {"reset": True, "after": 1},
                                                {"empty": True, "after": 3})),
]


_CLEAN: list[tuple[set[str], bytes]] = []


@pytest.fixture
def clean(tmp_path: Path, arxiv: ArxivStandIn, partial_bib: Path) -> tuple[set[str], bytes]:
    """The papers and the .bib bytes of a fault-free run on a copy of the same library (run once)."""
    if not _CLEAN:
        config = write_config(tmp_path / "clean.toml", arxiv.api_url, page_size=PAGE)
        copy = tmp_path / "clean.bib"
        copy.write_bytes(partial_bib.read_bytes())
        result = run_cli(f"--config {config} sync {AUTHOR} --bib {copy} --yes --json")
        assert result.exit_code == 0, result.stderr
        assert len(arxiv.requests) == 4
        arxiv.requests.clear()
        _CLEAN.append(({p["arxiv_id"] for p in result.json()["papers"]}, copy.read_bytes()))
    return _CLEAN[0]


@pytest.mark.parametrize("case", MATRIX, ids=[c.name for c in MATRIX])
def test_an_arxiv_fault_ends_in_the_clean_result_or_a_clean_error(
    case: Fault, clean: tuple[set[str], bytes], tmp_path: Path, arxiv: ArxivStandIn, partial_bib: Path
) -> None:
    clean_ids, clean_bib = clean
    config = write_config(tmp_path / "faulty.toml", arxiv.api_url, page_size=PAGE, **case.settings)
    if case.name == "server caps the page size":
        arxiv.max_page = 3
    for fault in case.faults:
        arxiv.inject(**fault)
    before = partial_bib.read_bytes()

    result = run_cli(f"--config {config} sync {AUTHOR} --bib {partial_bib} --yes --json")

    if case.error is None:
        assert result.exit_code == 0, result.stderr
        ids = [p["arxiv_id"] for p in result.json()["papers"]]
        assert len(ids) == len(set(ids)), "duplicated papers"
        assert set(ids) == clean_ids
        assert partial_bib.read_bytes() == clean_bib
    else:
        assert result.exit_code == 3
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"refsync: error: {case.error}"), result.stderr
        assert partial_bib.read_bytes() == before
        assert list(partial_bib.parent.glob("*.refsync-tmp")) == []


def test_the_matrix_faults_actually_reached_the_server(clean: tuple[set[str], bytes], tmp_path: Path,
                                                       arxiv: ArxivStandIn, partial_bib: Path) -> None:
    """A mid-paging fault is only a test if paging happens: the clean run pages in fives."""
    config = write_config(tmp_path / "faulty.toml", arxiv.api_url, page_size=PAGE)
    arxiv.inject(status=429, body="Rate exceeded.", after=2)
    run_cli(f"--config {config} diff {AUTHOR} --bib {partial_bib}")
    starts = [(r.params["start"][0], r.status) for r in arxiv.requests]
    assert starts == [("0", 200), ("5", 200), ("10", 429), ("10", 200), ("15", 200)]


def test_a_failed_run_leaves_nothing_for_the_next_run_to_trip_over(clean: tuple[set[str], bytes], tmp_path: Path,
                                                                    arxiv: ArxivStandIn, partial_bib: Path) -> None:
    config = write_config(tmp_path / "faulty.toml", arxiv.api_url, page_size=PAGE)
    arxiv.inject(reset=True, times=3, after=2)
    assert run_cli(f"--config {config} sync {AUTHOR} --bib {partial_bib} --yes").exit_code == 3
    result = run_cli(f"--config {config} sync {AUTHOR} --bib {partial_bib} --yes --json")
    assert result.exit_code == 0
    assert partial_bib.read_bytes() == clean[1]


# --- Zotero -----------------------------------------------------------------------------------
#
# The same contract for the Zotero target, against the stateful emulator: every run either
# completes (each paper in the library exactly once, every item whole and in the collection)
# or stops with one line that says what was and was not written; and re-running, with the
# fault gone, always finishes the job without a duplicate.

ZOTERO = f'--zotero --collection "{COLLECTION}"'
CHANGED_MID_RUN = "someone saves a paper while refsync writes"
READ_ONLY_KEY = "ReadOnlyKey0000000000000"


@dataclass(frozen=True)
class ZoteroFault:
    name: str
    faults: tuple[dict[str, Any], ...] = ()
    error: str | None = None
    """None: the run completes. Else the start of its one-line error after ``refsync: error:``."""
    library: str = "seeded"
    """``seeded``: five Michaud papers already there; ``empty``: not even the collection;
    ``batches``: 120 papers by another author, written in batches of 50, 50 and 20."""
    timeout: float | None = None
    written_before_error: int = 0
    exit_code: int = 3
    """3 when nothing was written; 4 for a run that wrote part of its plan."""
    posts: int | None = None
    """How many item writes the first run sends, where that is the point (retries counted)."""

    @property
    def batches(self) -> bool:
        return self.library == "batches"


Z_ITEMS = r"^/users/\d+/items$"
WRITTEN_UNANSWERED = 12
"""New papers of the seeded library (NEW), all in one batch the server commits without answering."""
Z_GAVE_UP = "Zotero kept failing ("
Z_MATRIX = [
    ZoteroFault("429 on create, plain-text body, Retry-After 0",
                ({"method": "POST", "path": Z_ITEMS, "status": 429, "body": "Rate limited", "headers": {"Retry-After": "0"}},)),
    ZoteroFault("429 on create, no header, twice", ({"method": "POST", "path": Z_ITEMS, "status": 429, "times": 2},)),
    ZoteroFault("429 on create, every time", ({"method": "POST", "path": Z_ITEMS, "status": 429, "times": None},),
                Z_GAVE_UP + "HTTP 429 from Zotero); nothing written", posts=4),
    ZoteroFault("500 on create, every time", ({"method": "POST", "path": Z_ITEMS, "status": 500, "times": None},),
                Z_GAVE_UP + "HTTP 500 from Zotero); nothing written"),
    ZoteroFault("500 on the second of three batches", ({"method": "POST", "path": Z_ITEMS, "status": 500, "after": 1},),
                library="batches"),
    ZoteroFault("500 on the second of three batches, every time",
                ({"method": "POST", "path": Z_ITEMS, "status": 500, "after": 1, "times": None},),
                Z_GAVE_UP + f"HTTP 500 from Zotero); 50 added and 0 filed in users/{ZOTERO_USER}; run sync again to "
                "finish (it will not duplicate them)", library="batches", written_before_error=50, exit_code=4),
    ZoteroFault("every answer lost after the server committed the batch",
                ({"method": "POST", "path": Z_ITEMS, "commit_then_drop": True, "times": None},),
                Z_GAVE_UP + "connection failed: RemoteProtocolError); 12 added", written_before_error=WRITTEN_UNANSWERED, exit_code=4),
    ZoteroFault("412: the library changed mid-run"),
    ZoteroFault("412 on the second batch", ({"method": "POST", "path": Z_ITEMS, "status": 412, "after": 1},),
                library="batches"),
    ZoteroFault("412 every time: the library keeps changing",
                ({"method": "POST", "path": Z_ITEMS, "status": 412, "times": None},),
                f"Zotero library users/{ZOTERO_USER} changed since refsync read it, again after 2 fresh plans "
                "(0 added, 0 updated before that); run sync again"),
    ZoteroFault("connection dropped after the server committed a batch",
                ({"method": "POST", "path": Z_ITEMS, "commit_then_drop": True},)),
    ZoteroFault("connection dropped after the server committed the second batch",
                ({"method": "POST", "path": Z_ITEMS, "commit_then_drop": True, "after": 1},), library="batches"),
    ZoteroFault("connection dropped before the server read the batch", ({"method": "POST", "path": Z_ITEMS, "drop": True},)),
    ZoteroFault("server slower than the timeout commits after refsync gave up",
                ({"method": "POST", "path": Z_ITEMS, "delay": 0.6},), timeout=0.3),
    ZoteroFault("connection dropped after the collection was created",
                ({"method": "POST", "path": r"/collections$", "commit_then_drop": True},), library="empty"),
    ZoteroFault("Backoff on a read", ({"method": "GET", "path": r"/items/top$", "headers": {"Backoff": "0.5"}},)),
    ZoteroFault("Backoff on a write", ({"method": "POST", "path": Z_ITEMS, "headers": {"Backoff": "0.5"}},),
                library="batches"),
    ZoteroFault("503 with Retry-After on a read", ({"method": "GET", "path": r"/items/top$", "status": 503,
                                                    "headers": {"Retry-After": "0"}},)),
    ZoteroFault("503 on a read, every time", ({"method": "GET", "path": r"/items/top$", "status": 503, "times": None},),
                Z_GAVE_UP + "HTTP 503 from Zotero); nothing written"),
    ZoteroFault("connection dropped on a read", ({"method": "GET", "path": r"/items/top$", "drop": True},)),
    ZoteroFault("429 on a read", ({"method": "GET", "path": r"/items/top$", "status": 429,
                                   "headers": {"Retry-After": "0"}},)),
    ZoteroFault("503 on the key check", ({"method": "GET", "path": r"^/keys/current$", "status": 503},)),
    ZoteroFault("429 with Retry-After on the key check", ({"method": "GET", "path": r"^/keys/current$", "status": 429,
                                                          "headers": {"Retry-After": "0"}},)),
    ZoteroFault("connection dropped on the key check", ({"method": "GET", "path": r"^/keys/current$", "drop": True},)),
    ZoteroFault("503 on every key check", ({"method": "GET", "path": r"^/keys/current$", "status": 503, "times": None},),
                "Zotero kept failing when checking the API key (HTTP 503 from 127.0.0.1)"),
    ZoteroFault("a read-only key", (), f"the Zotero API key can read users/{ZOTERO_USER} but not write to it; "
                                       "nothing written"),
]


@pytest.fixture
def zotero_config(tmp_path: Path, arxiv: ArxivStandIn, zotero: ZoteroEmulator, monkeypatch: pytest.MonkeyPatch) -> Path:
    arxiv.add_query("au:Writer,P", constructed_entries(120))
    path = write_config(tmp_path / "zotero.toml", arxiv.api_url, WAITS_NEAR_ZERO)
    monkeypatch.setenv("REFSYNC_CONFIG", str(path))
    return path


def zotero_sync(case: ZoteroFault) -> Run:
    author = '--author "Prolific Writer"' if case.batches else AUTHOR
    return run_cli(f"sync {author} {ZOTERO} --create-collection --yes --json")


def expected_ids(case: ZoteroFault) -> set[str]:
    """The arXiv ids the library's live items carry once the job is done."""
    if case.batches:
        return {f"2401.{10000 + n:05d}" for n in range(120)}
    return MICHAUDS if case.library == "empty" else NEW | {"2303.13506"}


def assert_whole_and_unique(library: Library, case: ZoteroFault) -> None:
    """No paper twice, and every item refsync wrote complete: title, authors, date, in the collection."""
    counts = arxiv_ids_in(library)
    assert max(counts.values(), default=1) == 1, [k for k, n in counts.items() if n > 1]
    (collection,) = [k for k, c in library.collections.items() if c["name"] == COLLECTION]
    for item in library.items.values():
        if item.get("archiveID") and not item.get("deleted"):
            assert item["title"] and item["creators"] and item["date"], item
            assert collection in item["collections"], item["key"]


def assert_finished(library: Library, case: ZoteroFault) -> None:
    assert_whole_and_unique(library, case)
    assert set(arxiv_ids_in(library)) == expected_ids(case)


def someone_saves_a_paper_during_the_first_write(zotero: ZoteroEmulator, library: Library) -> threading.Thread:
    """The first POST is held 0.3 s; meanwhile another client adds 2501.12391 (a real 412 follows)."""
    held = zotero.inject(method="POST", path=Z_ITEMS, delay=0.3)

    def save() -> None:
        deadline = time.monotonic() + 10
        while held.seen == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        library.add_item({"itemType": "preprint", "title": "Physics of Skill Learning", "archiveID": "arXiv:2501.12391",
                          "creators": [{"creatorType": "author", "firstName": "Ziming", "lastName": "Liu"}],
                          "date": "2025"})

    thread = threading.Thread(target=save)
    thread.start()
    return thread


@pytest.mark.parametrize("case", Z_MATRIX, ids=[c.name for c in Z_MATRIX])
def test_a_zotero_fault_never_duplicates_or_half_writes_and_a_rerun_finishes(
    case: ZoteroFault, zotero_config: Path, zotero: ZoteroEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = zotero.library("user", ZOTERO_USER)
    if case.library == "seeded":
        seed(library)
    if case.timeout:
        zotero_config.write_text(zotero_config.read_text().replace("timeout = 5\n", f"timeout = {case.timeout}\n"))
    if case.name == "a read-only key":
        zotero.add_key(READ_ONLY_KEY, ZOTERO_USER, write=False)
        monkeypatch.setenv("ZOTERO_API_KEY", READ_ONLY_KEY)
    saver = someone_saves_a_paper_during_the_first_write(zotero, library) if case.name.startswith("412: ") else None
    faults = [zotero.inject(**fault) for fault in case.faults]
    before = {k: dict(v) for k, v in library.items.items()}

    result = zotero_sync(case)
    if saver:
        saver.join()

    assert all(f.fired for f in faults), "a fault that never fired tests nothing"
    assert zotero.errors == []
    if case.posts is not None:
        assert len(zotero.find_requests("POST", Z_ITEMS)) == case.posts
    if case.error is None:
        assert result.exit_code == 0, result.stderr
        assert_finished(library, case)
        report = result.json()
        already = {"2303.13506"} if case.library == "seeded" else set()
        assert len(report["applied"]["added"]) == len(expected_ids(case) - already) - (saver is not None)
        assert set(report["applied"]["added"]) <= set(library.items) - set(before)
    else:
        assert result.exit_code == case.exit_code and result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"refsync: error: {case.error}"), result.stderr
        if case.written_before_error:
            assert f"; {case.written_before_error} added and 0 filed in" in lines[0]
        assert_whole_and_unique(library, case)
        created = [k for k in library.items if k not in before]
        assert len(created) == case.written_before_error
        assert all(library.items[k] == v for k, v in before.items() if case.written_before_error == 0)

    zotero.clear_faults()
    monkeypatch.setenv("ZOTERO_API_KEY", ZOTERO_KEY)
    rerun = zotero_sync(case)
    assert rerun.exit_code == 0, rerun.stderr
    assert_finished(library, case)


def test_backoff_on_a_zotero_read_is_honoured(zotero_config: Path, zotero: ZoteroEmulator) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    zotero.inject(method="GET", path=r"/collections$", headers={"Backoff": "0.5"})
    assert zotero_sync(ZoteroFault("backoff")).exit_code == 0
    asked = next(i for i, r in enumerate(zotero.requests) if r.fault is not None)
    assert zotero.requests[asked + 1].time - zotero.requests[asked].time >= 0.45


def test_a_zotero_failure_after_the_bib_was_written_says_the_bib_was_written(
    tmp_path: Path, arxiv: ArxivStandIn, zotero: ZoteroEmulator, partial_bib: Path
) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    profile = f'[profiles.both]\nauthor = "Eric J. Michaud"\nbib = "{partial_bib}"\ncollection = "{COLLECTION}"\n'
    config = write_config(tmp_path / "both.toml", arxiv.api_url, WAITS_NEAR_ZERO + profile)
    zotero.inject(method="POST", path=Z_ITEMS, status=500, times=None)
    before = partial_bib.read_bytes()

    result = run_cli(f"--config {config} sync both --yes")

    assert result.exit_code == 4 and partial_bib.read_bytes() != before, result.stderr
    notice, line = result.stderr.splitlines()
    assert notice.startswith("previous version saved as ")
    assert line.startswith("refsync: error: Zotero kept failing (HTTP 500 from Zotero); nothing written")
    assert line.endswith(f"nothing written to Zotero collection '{COLLECTION}' (users/{ZOTERO_USER}); "
                         f"{partial_bib}: 10 added before that")


def test_a_retry_after_on_a_zotero_create_is_waited_out(zotero_config: Path, zotero: ZoteroEmulator) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    zotero.inject(method="POST", path=Z_ITEMS, status=429, headers={"Retry-After": "1"})
    assert zotero_sync(ZoteroFault("Retry-After")).exit_code == 0
    first, second = zotero.find_requests("POST", Z_ITEMS)
    assert second.time - first.time >= 0.9


# --- Zotero updates (sync --update) -------------------------------------------------------------------

Z_ITEM = r"^/users/\d+/items/[A-Z0-9]{8}$"
UPDATE_FIELDS = {"2410.19750": {"itemType": "journalArticle", "publicationTitle": "Entropy", "volume": "27",
                                "issue": "4", "pages": "344"},
                 "2403.19647": {"itemType": "conferencePaper",
                                "proceedingsTitle": "International Conference on Learning Representations"}}
KEPT_FIELDS = ("title", "creators", "tags", "collections", "relations", "citationKey", "abstractNote", "url", "dateAdded")
USER_DATE = "2031"
SOMEONE_EDITS = "the user edits an item while refsync updates it"


@dataclass(frozen=True)
class UpdateFault:
    name: str
    fault: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    """None: the run completes. Else the start of its one-line error after ``refsync: error:``."""


U_MATRIX = [
    UpdateFault("412 on an update", {"status": 412}),
    UpdateFault("500 on an update", {"status": 500}),
    UpdateFault("503 with Retry-After on an update", {"status": 503, "headers": {"Retry-After": "0"}}),
    UpdateFault("429 on an update, twice", {"status": 429, "times": 2}),
    UpdateFault("500 on every update", {"status": 500, "times": None}, Z_GAVE_UP + "HTTP 500 from Zotero); nothing written"),
    UpdateFault("connection dropped after the server committed an update", {"commit_then_drop": True}),
    UpdateFault("connection dropped after the server committed the second update", {"commit_then_drop": True, "after": 1}),
    UpdateFault("connection dropped before the server read an update", {"drop": True}),
    UpdateFault(SOMEONE_EDITS, {"delay": 0.3}),
]


def the_user_edits_during_the_first_update(zotero: ZoteroEmulator, library: Library, key: str,
                                          held: Any) -> threading.Thread:
    """While the first PATCH is held, the user types a date into the item (a real 412 follows)."""

    def edit() -> None:
        deadline = time.monotonic() + 10
        while held.seen == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        library.modify_item(key, {"date": USER_DATE})

    thread = threading.Thread(target=edit)
    thread.start()
    return thread


def assert_updated_whole(library: Library, before: dict[str, dict[str, Any]], keys: dict[str, str],
                         updated: set[str]) -> None:
    """No item added or lost; the ``updated`` papers' items hold every update field and every field they had."""
    assert set(library.items) == set(before)
    for arxiv_id, key in keys.items():
        item, old = library.items[key], before[key]
        assert all(item.get(name) == old.get(name) for name in KEPT_FIELDS), arxiv_id
        if arxiv_id in updated:
            assert all(item.get(k) == v for k, v in UPDATE_FIELDS[arxiv_id].items()), item
        elif item.get("date") != USER_DATE:
            assert item == old


@pytest.mark.parametrize("case", U_MATRIX, ids=[c.name for c in U_MATRIX])
def test_a_zotero_fault_on_an_update_loses_no_field_duplicates_nothing_and_a_rerun_finishes(
    case: UpdateFault, zotero_config: Path, zotero: ZoteroEmulator
) -> None:
    from tests.e2e.test_zotero_update import hold_preprints

    library = zotero.library("user", ZOTERO_USER)
    keys = hold_preprints(library)
    before = {k: dict(v) for k, v in library.items.items()}
    fault = zotero.inject(method="PATCH", path=Z_ITEM, **case.fault)
    editor = (the_user_edits_during_the_first_update(zotero, library, keys["2410.19750"], fault)
              if case.name == SOMEONE_EDITS else None)

    result = run_cli(f"sync {AUTHOR} {ZOTERO} --update --yes --json")
    if editor:
        editor.join()

    assert fault.fired and zotero.errors == []
    if case.error is None:
        assert result.exit_code == 0, result.stderr
        assert_updated_whole(library, before, keys, set(UPDATE_FIELDS))
        assert len(result.json()["applied"]["updated"]) == len(UPDATE_FIELDS)
    else:
        assert result.exit_code == 3 and result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"refsync: error: {case.error}"), result.stderr
        assert library.items == before
    if editor:  # the user's date is kept, reported as a conflict, and the rest of the update went in
        assert library.items[keys["2410.19750"]]["date"] == USER_DATE
        (entropy,) = [p for p in result.json()["papers"] if p["arxiv_id"] == "2410.19750"]
        assert any(c["field"] == "date" and c["old"] == USER_DATE for c in entropy["conflicts"])

    zotero.clear_faults()
    rerun = run_cli(f"sync {AUTHOR} {ZOTERO} --update --yes --json")
    assert rerun.exit_code == 0, rerun.stderr
    assert_updated_whole(library, before, keys, set(UPDATE_FIELDS))
    zotero.clear_log()
    assert run_cli(f"sync {AUTHOR} {ZOTERO} --update --yes --json").json()["applied"]["updated"] == []
    assert [r for r in zotero.requests if r.method in ("POST", "PUT", "PATCH", "DELETE")] == []
