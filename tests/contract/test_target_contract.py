"""The target contract: what every library refsync writes to must do, whatever it is.

Each target subclasses :class:`TargetContract` with four hooks — a fresh target on an empty
library, a way to put a paper into the library as a user would, a way to count the
records that stand for a paper, and a paper the library refuses to take — and inherits every test below (vdirsyncer's StorageTests
pattern). A new target (a CSL-JSON file, say) gets the whole suite by adding a subclass.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from refsync.arxiv.feed import parse_feed
from refsync.bibfile.safefile import BibOptions, BibTarget
from refsync.errors import ConcurrentChangeError
from refsync.journalref import publication
from refsync.model import Decision, Paper, Plan, Status
from refsync.plan import Selection
from refsync.protocols import Target
from refsync.retry import RetryPolicy
from refsync.sync import apply, diff
from refsync.zotero.settings import ZoteroSettings
from refsync.zotero.target import ZoteroTarget
from tests.conftest import MICHAUD_FEED, ZOTERO_KEY, ZOTERO_USER
from tests.servers.zotero import ZoteroEmulator

PAPERS = parse_feed(MICHAUD_FEED.read_bytes()).papers
AUTHOR = "Eric J. Michaud"
MICHAUD = Selection(author=AUTHOR)


class TargetContract:
    """Behaviour shared by every target; subclasses provide the three hooks."""

    def make(self, update: bool = False) -> Target:
        """A fresh target on the library; ``update``: ``apply`` brings present records up to date too."""
        raise NotImplementedError

    def hold(self, paper: Paper) -> None:
        """Put ``paper`` into the library the way a user would (by its arXiv id)."""
        raise NotImplementedError

    def count(self, paper: Paper) -> int:
        """How many records of the library stand for ``paper`` (read afresh)."""
        raise NotImplementedError

    def refused(self, paper: Paper) -> Paper:
        """``paper`` changed so that the library refuses it (and nothing else)."""
        raise NotImplementedError

    def test_applying_the_plan_adds_exactly_the_new_papers(self) -> None:
        target = self.make()
        outcome = apply(diff(PAPERS, target, MICHAUD, AUTHOR), PAPERS, target, MICHAUD)
        assert outcome.applied is not None
        new = outcome.plan.new
        assert len(outcome.applied.added) == len(new) > 0
        assert all(self.count(paper) == 1 for paper in new)

    def test_a_second_run_finds_everything_present_and_writes_nothing(self) -> None:
        apply(diff(PAPERS, self.make(), MICHAUD, AUTHOR), PAPERS, self.make(), MICHAUD)
        target = self.make()
        again = diff(PAPERS, target, MICHAUD, AUTHOR)
        assert again.plan.new == []
        assert target.pending(again.plan) == 0
        applied = apply(again, PAPERS, target, MICHAUD).applied
        assert applied is not None and applied.added == []

    def test_a_paper_the_library_already_holds_is_present_and_not_written_again(self) -> None:
        held = PAPERS[0]
        self.hold(held)
        target = self.make()
        outcome = diff(PAPERS, target, MICHAUD, AUTHOR)
        decision = next(d for d in outcome.plan.decisions if d.paper.arxiv_id == held.arxiv_id)
        assert decision.status is Status.PRESENT
        apply(outcome, PAPERS, target, MICHAUD)
        assert self.count(held) == 1

    def test_uncertain_papers_are_never_written(self) -> None:
        target = self.make()
        planned = diff(PAPERS, target, MICHAUD, AUTHOR).plan
        doubtful = planned.new[0]
        plan = Plan(tuple(
            Decision(d.paper, Status.UNCERTAIN, "a look-alike record") if d.paper is doubtful else d
            for d in planned.decisions
        ))
        assert target.pending(plan) == target.pending(planned) - 1
        target.apply(plan)
        assert self.count(doubtful) == 0

    def test_a_paper_added_behind_refsyncs_back_after_planning_is_never_duplicated(self) -> None:
        target = self.make()
        outcome = diff(PAPERS, target, MICHAUD, AUTHOR)
        meanwhile = outcome.plan.new[0]
        self.hold(meanwhile)
        try:
            apply(outcome, PAPERS, target, MICHAUD)
        except ConcurrentChangeError:
            pass  # refusing to write on a changed library is also within the contract
        assert self.count(meanwhile) == 1

    def test_a_paper_the_library_refuses_is_reported_with_its_reason_and_the_others_are_written(self) -> None:
        target = self.make()
        planned = diff(PAPERS, target, MICHAUD, AUTHOR).plan
        refused = self.refused(planned.new[1])
        papers = [refused if p is planned.new[1] else p for p in PAPERS]
        outcome = apply(diff(papers, target, MICHAUD, AUTHOR), papers, target, MICHAUD)
        assert outcome.applied is not None
        (failure,) = outcome.applied.failed
        assert failure.arxiv_id == refused.arxiv_id and failure.error
        assert len(outcome.applied.added) == len(planned.new) - 1
        assert self.count(refused) == 0
        assert all(self.count(p) == 1 for p in planned.new if p.arxiv_id != refused.arxiv_id)

    def test_a_held_preprint_of_a_published_paper_is_updated_in_place_and_a_second_run_changes_nothing(self) -> None:
        published = next(p for p in PAPERS if p.journal_ref and publication(p))
        self.hold(published)
        target = self.make(update=True)
        outcome = diff(PAPERS, target, MICHAUD, AUTHOR)
        (held,) = [d for d in outcome.plan.decisions if d.paper.arxiv_id == published.arxiv_id]
        assert held.status is Status.PRESENT and held.update is not None and held.update.new_type
        applied = apply(outcome, PAPERS, target, MICHAUD).applied
        assert applied is not None and held.update.key in applied.updated
        assert self.count(published) == 1
        again = self.make(update=True)
        rerun = diff(PAPERS, again, MICHAUD, AUTHOR)
        assert not any(d.update and d.update.pending for d in rerun.plan.decisions)
        assert again.pending(rerun.plan) == 0

    def test_without_update_a_held_preprint_is_shown_out_of_date_but_not_written(self) -> None:
        published = next(p for p in PAPERS if p.journal_ref and publication(p))
        self.hold(published)
        target = self.make()
        outcome = diff(PAPERS, target, MICHAUD, AUTHOR)
        assert any(d.update and d.update.pending for d in outcome.plan.decisions)
        apply(outcome, PAPERS, target, MICHAUD)
        assert any(d.update and d.update.pending for d in diff(PAPERS, self.make(), MICHAUD, AUTHOR).plan.decisions)

    def test_a_target_describes_itself_for_people_and_for_the_json_report(self) -> None:
        target = self.make()
        target.records()
        assert target.describe()["kind"] == target.kind
        assert target.label()


class TestBibFileTarget(TargetContract):
    @pytest.fixture(autouse=True)
    def library(self, tmp_path: Path) -> None:
        self.path = tmp_path / "refs.bib"
        self.path.write_text("@book{knuth1984,\n  title = {The TeXbook},\n  author = {Knuth, Donald E.},\n  year = {1984},\n}\n")

    def make(self, update: bool = False) -> Target:
        return BibTarget(self.path, BibOptions(update=update))

    def hold(self, paper: Paper) -> None:
        with self.path.open("a", encoding="utf-8") as bib:
            bib.write(f"\n@misc{{held{paper.arxiv_id.replace('.', '')},\n  title = {{{paper.title}}},\n"
                      f"  eprint = {{{paper.arxiv_id}}},\n  archivePrefix = {{arXiv}},\n}}\n")

    def count(self, paper: Paper) -> int:
        return sum(paper.arxiv_id in {i.value for i in r.arxiv_ids} for r in BibTarget(self.path).records())

    def refused(self, paper: Paper) -> Paper:
        pytest.skip("a .bib file takes the whole append or none of it: no entry is refused on its own")

    def test_every_byte_that_was_there_stays(self) -> None:
        before = self.path.read_bytes()
        target = self.make()
        apply(diff(PAPERS, target, MICHAUD, AUTHOR), PAPERS, target, MICHAUD)
        assert self.path.read_bytes().startswith(before)


class TestZoteroTarget(TargetContract):
    @pytest.fixture(autouse=True)
    def library(self, zotero: ZoteroEmulator) -> None:
        self.emulator = zotero
        self.zotero_library = zotero.library("user", ZOTERO_USER)
        self.zotero_library.add_collection("Michaud papers")

    def make(self, update: bool = False) -> Target:
        settings = ZoteroSettings(api_url=self.emulator.url, collection="Michaud papers",
                                  retry=RetryPolicy(attempts=3, backoff=0, max_wait=1))
        return ZoteroTarget(replace(settings), ZOTERO_KEY, update=update)

    def hold(self, paper: Paper) -> None:
        self.zotero_library.add_item({"itemType": "preprint", "title": paper.title, "archiveID": f"arXiv:{paper.arxiv_id}"})

    def count(self, paper: Paper) -> int:
        records = self.make().records()
        return sum(paper.arxiv_id in {i.value for i in r.arxiv_ids} and not r.trashed for r in records)

    def refused(self, paper: Paper) -> Paper:
        """An author name longer than the Web API takes (HTTP 413 for that item only)."""
        return replace(paper, authors=(*paper.authors, "Long " * 60 + "Name"))
