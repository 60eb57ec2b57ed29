"""The blind matching test set (bench/matching/blind) is read through run.py's ``--data``.

Its figures are not asserted here: the set measures the matcher, it does not gate it. The
full run is ``python bench/matching/run.py --data bench/matching/blind``.
"""

from __future__ import annotations

from pathlib import Path

from bench.matching.run import bib_records, load_cases, load_papers, run_side, zotero_records

BLIND = Path(__file__).resolve().parents[2] / "bench" / "matching" / "blind"


def test_every_blind_case_names_a_paper_and_a_record_on_both_sides() -> None:
    papers, cases = load_papers(BLIND / "papers.json"), load_cases(BLIND / "cases.json")
    bib, zotero = bib_records(BLIND), zotero_records(BLIND)
    assert zotero is not None
    assert len(cases) >= 120 and {c.split for c in cases} == {"blind-tune", "blind-holdout"}
    assert all(c.paper in papers and c.bib_key in bib and c.zotero_key in zotero for c in cases)
    assert not set(papers) & set(load_papers())  # none of the tuned benchmark's papers


def test_a_blind_case_is_judged_without_the_other_records_of_its_work() -> None:
    # QAOA's arXiv BibTeX record; the blind library also holds a legacy Zotero record with the
    # same arXiv id, listed earlier, which only the blind set's own labels exclude.
    case = next(c for c in load_cases(BLIND / "cases.json") if c.bib_key == "farhi2014quantumapproximateoptimizationalgorithm")
    [result] = run_side([case], load_papers(BLIND / "papers.json"), bib_records(BLIND), lambda c: c.bib_key, BLIND)
    assert (result.outcome, result.key) == ("tp", case.bib_key)
