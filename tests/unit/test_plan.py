"""The pure core: papers and records in, one decision per paper out."""

from __future__ import annotations

import datetime as dt

from refsync.model import Found, MatchBy, Name, Paper, Record, Status
from refsync.plan import Selection, make_plan

QUANTIZATION = Paper(
    arxiv_id="2303.13506", version=3, title="The Quantization Model of Neural Scaling",
    authors=("Eric J. Michaud", "Ziming Liu", "Uzay Girit", "Max Tegmark"),
    published=dt.date(2023, 3, 23), updated=dt.date(2024, 1, 13), primary_class="cs.LG", categories=("cs.LG",),
)
GEOMETRY = Paper(
    arxiv_id="2410.19750", version=2, title="The Geometry of Concepts: Sparse Autoencoder Feature Structure",
    authors=("Yuxiao Li", "Eric J. Michaud", "Max Tegmark"), published=dt.date(2024, 10, 10),
    updated=dt.date(2025, 3, 30), primary_class="q-bio.NC", categories=("q-bio.NC", "cs.AI", "cs.LG"),
    dois=("10.3390/e27040344",), journal_ref="Entropy 2025, 27(4), 344",
)
MICHAUD = Selection(author="Eric J. Michaud")


def decide(paper: Paper, *records: Record, selection: Selection = MICHAUD):
    (decision,) = make_plan([paper], list(records), selection).decisions
    return decision


def rec(key: str, **fields) -> Record:
    return Record(key=key, **fields)


def test_an_empty_library_makes_every_paper_new() -> None:
    decision = decide(QUANTIZATION)
    assert decision.status is Status.NEW and decision.reason == "no entry with this arXiv id, DOI or title"
    assert decision.match is None


def test_the_arxiv_id_finds_a_paper_whatever_its_title() -> None:
    record = rec("q", title="Something else", arxiv_ids=(Found("2303.13506", "eprint", "2303.13506v1"),))
    decision = decide(QUANTIZATION, record)
    assert decision.status is Status.PRESENT
    assert (decision.match.key, decision.match.by) == ("q", MatchBy.ARXIV_ID)
    assert decision.reason == "eprint = 2303.13506v1"


def test_the_published_doi_finds_the_journal_version() -> None:
    record = rec("entropy", title="The geometry of concepts", dois=(Found("10.3390/e27040344", "doi", "10.3390/E27040344"),))
    decision = decide(GEOMETRY, record)
    assert (decision.status, decision.match.by) == (Status.PRESENT, MatchBy.DOI)


def test_the_arxiv_doi_finds_a_datacite_import() -> None:
    record = rec("dc", dois=(Found("10.48550/arxiv.2303.13506", "DOI", "10.48550/ARXIV.2303.13506"),))
    assert decide(QUANTIZATION, record).match.by is MatchBy.DOI


def test_same_title_year_and_author_is_present_despite_latex_and_case() -> None:
    record = rec("gs", title="The {Q}uantization model of neural scaling", authors=(Name("Michaud", "E. J."),), year=2023)
    decision = decide(QUANTIZATION, record)
    assert (decision.status, decision.match.by) == (Status.PRESENT, MatchBy.TITLE)
    assert decision.reason == "same title, year 2023 and author Michaud"


def test_same_title_without_a_shared_author_is_uncertain() -> None:
    record = rec("x", title="The Quantization Model of Neural Scaling", authors=(Name("Smith", "John"),), year=2023)
    decision = decide(QUANTIZATION, record)
    assert decision.status is Status.UNCERTAIN and "no author in common" in decision.reason
    assert decision.record is record


def test_same_title_far_in_time_is_uncertain() -> None:
    record = rec("x", title="The Quantization Model of Neural Scaling", authors=(Name("Michaud", "Eric"),), year=2019)
    assert decide(QUANTIZATION, record).status is Status.UNCERTAIN


def test_a_record_with_another_arxiv_id_is_another_work_even_with_the_same_title() -> None:
    record = rec("ext", title="The Quantization Model of Neural Scaling", authors=(Name("Michaud", "Eric"),),
                 year=2023, arxiv_ids=(Found("2399.00001", "eprint", "2399.00001"),))
    assert decide(QUANTIZATION, record).status is Status.NEW


def test_a_record_with_another_published_doi_and_not_all_the_authors_is_only_uncertain() -> None:
    record = rec("erratum", title="The Geometry of Concepts: Sparse Autoencoder Feature Structure",
                 authors=(Name("Li", "Yuxiao"),), year=2025, dois=(Found("10.3390/e27070700", "doi", "x"),))
    decision = decide(GEOMETRY, record)
    assert decision.status is Status.UNCERTAIN and "another DOI (10.3390/e27070700)" in decision.reason


def test_a_slightly_different_title_is_uncertain_with_the_candidate_named() -> None:
    record = rec("close", title="The Quantisation Model of Neural Scaling Laws", authors=(Name("Michaud", "Eric"),), year=2023)
    decision = decide(QUANTIZATION, record)
    assert decision.status is Status.UNCERTAIN
    assert "close" in decision.reason and "title similarity" in decision.reason


def test_an_item_in_the_trash_is_not_present() -> None:
    record = rec("T", arxiv_ids=(Found("2303.13506", "archiveID", "arXiv:2303.13506"),), trashed=True)
    decision = decide(QUANTIZATION, record)
    assert decision.status is Status.NEW and "trash" in decision.reason


def test_a_namesake_is_excluded_with_the_reason() -> None:
    namesake = Paper(arxiv_id="2311.04417", version=1, title="Cobalt films", authors=("Etienne J. Michaud",))
    decision = decide(namesake)
    assert decision.status is Status.EXCLUDED
    assert decision.reason == "namesake: Etienne J. Michaud has a different forename than Eric J. Michaud"


def test_an_alias_admits_another_written_form() -> None:
    paper = Paper(arxiv_id="2311.04417", version=1, title="T", authors=("Rick Michaud",))
    assert decide(paper).status is Status.EXCLUDED
    assert decide(paper, selection=Selection(author="Eric J. Michaud", aliases=("Rick Michaud",))).status is Status.NEW


def test_exclude_categories_and_since_filter_before_matching() -> None:
    assert decide(QUANTIZATION, selection=Selection(exclude=frozenset({"2303.13506"}))).reason == "listed in exclude"
    assert decide(GEOMETRY, selection=Selection(categories=("cs.LG",))).status is Status.NEW
    assert decide(GEOMETRY, selection=Selection(categories=("cs",))).status is Status.NEW
    assert decide(QUANTIZATION, selection=Selection(categories=("stat",))).status is Status.EXCLUDED
    since = decide(QUANTIZATION, selection=Selection(since=dt.date(2024, 1, 1)))
    assert since.status is Status.EXCLUDED and "before 2024-01-01" in since.reason


def test_an_exact_source_is_not_filtered_by_name() -> None:
    paper = Paper(arxiv_id="2311.04417", version=1, title="T", authors=("Someone Else",))
    assert decide(paper, selection=Selection()).status is Status.NEW


def test_the_plan_lists_newest_first_and_counts_each_status() -> None:
    plan = make_plan([QUANTIZATION, GEOMETRY], [], MICHAUD)
    assert [d.paper.arxiv_id for d in plan.decisions] == ["2410.19750", "2303.13506"]
    assert plan.summary() == {"new": 2, "present": 0, "uncertain": 0, "excluded": 0}
    assert plan.new == [GEOMETRY, QUANTIZATION]
