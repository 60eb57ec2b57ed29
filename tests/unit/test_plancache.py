"""A library's last plan is reused only when every input is the same, and a bad stored plan is never believed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from bench.matching.run import bib_records, load_papers
from refsync import paths, plancache
from refsync.cache import JsonStore
from refsync.model import Paper, Plan, Record
from refsync.plan import Selection, make_plan

PAPERS = list(load_papers().values())
RECORDS = list(bib_records().values())
SELECTION = Selection(exclude=frozenset({PAPERS[0].arxiv_id}), categories=("cs", "physics", "stat", "hep", "quant"))


class Planner:
    """``make_plan`` through the plan cache, counting the plans actually made."""

    def __init__(self, store: JsonStore | None = None) -> None:
        self.store = store or plancache.plan_cache()
        self.made = 0

    def plan(self, papers: list[Paper] = PAPERS, records: list[Record] = RECORDS,
             selection: Selection = SELECTION) -> Plan:
        def make() -> Plan:
            self.made += 1
            return make_plan(papers, records, selection)

        return plancache.cached_plan(papers, records, selection, store=self.store, key="refs.bib", make=make)


def test_the_same_inputs_give_the_stored_plan_made_of_the_objects_passed_in() -> None:
    planner = Planner()
    first = planner.plan()
    again = planner.plan()
    assert planner.made == 1
    assert again == first == make_plan(PAPERS, RECORDS, SELECTION)
    assert all(a.paper is b.paper and a.record is b.record for a, b in zip(again.decisions, first.decisions))
    assert {d.status.value for d in again.decisions} >= {"present", "new", "excluded"}


CHANGES = {
    "a paper's title": {"papers": [dataclasses.replace(PAPERS[1], title="Another title"), *PAPERS[2:]]},
    "the papers' order": {"papers": PAPERS[::-1]},
    "a record's year": {"records": [dataclasses.replace(RECORDS[0], year=1901), *RECORDS[1:]]},
    "a record's collections": {"records": [dataclasses.replace(RECORDS[0], collections=frozenset({"x"})), *RECORDS[1:]]},
    "a record removed": {"records": RECORDS[1:]},
    "the exclusions": {"selection": dataclasses.replace(SELECTION, exclude=frozenset({PAPERS[1].arxiv_id}))},
    "the exclusion notes": {"selection": dataclasses.replace(SELECTION, exclude_notes={PAPERS[0].arxiv_id: "no"})},
    "the start date": {"selection": dataclasses.replace(SELECTION, since=dt.date(2020, 1, 1))},
    "the categories": {"selection": dataclasses.replace(SELECTION, categories=("cs",))},
    "the author": {"selection": dataclasses.replace(SELECTION, author="Eric J. Michaud")},
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_any_changed_input_makes_a_fresh_plan(change: dict[str, object]) -> None:
    planner = Planner()
    planner.plan()
    plan = planner.plan(**change)  # type: ignore[arg-type]
    assert planner.made == 2
    assert plan == make_plan(change.get("papers", PAPERS), change.get("records", RECORDS),  # type: ignore[arg-type]
                             change.get("selection", SELECTION))  # type: ignore[arg-type]


def test_a_damaged_stored_plan_is_ignored_and_replaced() -> None:
    planner = Planner()
    planner.plan()
    [stored] = (paths.cache_dir() / "plans").glob("*.json")
    stored.write_bytes(stored.read_bytes()[:-40])
    assert planner.plan() == make_plan(PAPERS, RECORDS, SELECTION)
    assert planner.made == 2
    planner.plan()
    assert planner.made == 2


def test_a_stored_plan_pointing_outside_the_inputs_is_ignored() -> None:
    planner = Planner()
    planner.plan()
    [stored] = (paths.cache_dir() / "plans").glob("*.json")
    stored.write_text(stored.read_text(encoding="utf-8").replace('"decisions":[[', '"decisions":[[9999', 1),
                      encoding="utf-8")
    assert planner.plan() == make_plan(PAPERS, RECORDS, SELECTION)
    assert planner.made == 2


def test_a_plan_stored_by_other_code_or_refreshed_is_not_used() -> None:
    Planner().plan()
    other_code = Planner(JsonStore("plans", producer="source 0000000000000000"))
    other_code.plan()
    refreshed = Planner(plancache.plan_cache(refresh=True))
    refreshed.plan()
    assert other_code.made == refreshed.made == 1


def test_the_code_digest_covers_every_source_file_and_its_name(tmp_path: Path) -> None:
    package = Path(plancache.__file__).parent
    shutil.copytree(package, tmp_path / "refsync")
    before = plancache.source_digest(tmp_path / "refsync")
    match = tmp_path / "refsync" / "match.py"
    match.write_text(match.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    edited = plancache.source_digest(tmp_path / "refsync")
    (tmp_path / "refsync" / "bibfile" / "new.py").write_text("X = 1\n", encoding="utf-8")
    added = plancache.source_digest(tmp_path / "refsync")
    assert len({before, edited, added}) == 3
    assert plancache.source_digest(package) == before
