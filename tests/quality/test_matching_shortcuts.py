"""Matching's shortcuts change no decision, on the matching benchmark's and the blind set's libraries.

The title parse is memoized: every paper is planned against each library (BibTeX and Zotero
records) with the parse recomputed for every pair, memoized from an empty memo, and memoized
again with every title already in it, and the plans are equal. The title tier leaves out
candidates that are another arXiv paper: :func:`refsync.match.judge` rejects every one of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.matching.run import DATA, bib_records, load_papers, zotero_records
from refsync import titles
from refsync import match
from refsync.model import MatchBy, Plan, Record
from refsync.plan import Selection, make_plan

BLIND = Path(__file__).resolve().parents[2] / "bench" / "matching" / "blind"


def libraries() -> list[tuple[str, Path, list[Record]]]:
    found = []
    for name, data in (("benchmark", DATA), ("blind", BLIND)):
        found.append((f"{name} bib", data, list(bib_records(data).values())))
        zotero = zotero_records(data)
        assert zotero is not None
        found.append((f"{name} zotero", data, list(zotero.values())))
    return found


def plan(data: Path, records: list[Record]) -> Plan:
    papers = list(load_papers(data / "papers.json").values())
    return make_plan(papers, records, Selection())


@pytest.mark.parametrize(("data", "records"), [pytest.param(d, r, id=n) for n, d, r in libraries()])
def test_the_plan_is_the_same_with_the_title_parse_memoized_or_not(
        data: Path, records: list[Record], monkeypatch: pytest.MonkeyPatch) -> None:
    memoized = titles._parsed
    memoized.cache_clear()
    first = plan(data, records)
    again = plan(data, records)
    assert memoized.cache_info().hits > 0
    monkeypatch.setattr(titles, "_parsed", memoized.__wrapped__)
    unmemoized = plan(data, records)
    assert first == unmemoized
    assert again == unmemoized
    assert any(d.match and d.match.by is MatchBy.TITLE for d in unmemoized.decisions)  # the title tier ran


@pytest.mark.parametrize(("data", "records"), [pytest.param(d, r, id=n) for n, d, r in libraries()])
def test_the_title_tier_leaves_out_only_candidates_judge_rejects(data: Path, records: list[Record]) -> None:
    index = match.build_index(records)
    left_out = [(paper, record) for paper in load_papers(data / "papers.json").values()
                for record in match.candidates(paper, index) if match._another_arxiv_paper(paper, record, index)]
    assert left_out  # the libraries hold other arXiv papers with shared title words
    assert all(match.judge(paper, record) is None for paper, record in left_out)
