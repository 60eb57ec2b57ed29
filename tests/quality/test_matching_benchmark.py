"""A representative slice of the matching benchmark (bench/matching) meets the issue's targets.

The slice holds the first case of every exporter form, of every hard-case kind and of
every pain it covers, matched against the benchmark's whole library; the full run is
``python bench/matching/run.py``.
"""

from __future__ import annotations

from bench.matching.run import Case, bib_records, figures, load_cases, load_papers, run_side, zotero_records
from refsync.model import Status

CASES = load_cases()


def representative_slice(cases: list[Case]) -> list[Case]:
    chosen: dict[str, Case] = {}
    for tag_of in (lambda c: [c.form], lambda c: c.kinds, lambda c: c.pains, lambda c: [c.expect.value]):
        seen: set[str] = set()
        for case in cases:
            for tag in tag_of(case):
                if tag not in seen:
                    seen.add(tag)
                    chosen.setdefault(case.id, case)
    return sorted(chosen.values(), key=lambda c: c.id)


SLICE = representative_slice(CASES)


def test_the_benchmark_has_the_issues_size_forms_and_pains() -> None:
    assert len(CASES) >= 200
    assert {"google-scholar", "zotero-arxiv", "arxiv-bibtex", "inspire", "ads", "dblp", "hand-written"} <= {c.form for c in CASES}
    assert {"pain-1", "pain-2", "pain-3", "pain-5", "pain-6"} <= {p for c in CASES for p in c.pains}
    assert {"title-changed", "published-title", "subtitle-dropped", "latex-title", "and-others", "old-style-id",
            "old-style-id-subject-class", "versioned-id", "preprint-doi", "journal-doi", "comment", "reply", "erratum",
            "extended-version", "namesake-author", "same-first-author-year"} <= {k for c in CASES for k in c.kinds}


def test_the_slice_covers_both_labels_and_both_splits() -> None:
    assert 30 <= len(SLICE) < len(CASES) / 2
    assert {c.expect for c in SLICE} == {Status.PRESENT, Status.NEW}
    assert {c.split for c in SLICE} == {"tune", "held-out"}


def test_the_slice_meets_the_targets_on_the_bib_side() -> None:
    results = run_side(SLICE, load_papers(), bib_records(), lambda c: c.bib_key)
    misses = [f"{r.case.id} {r.outcome}: {r.reason}" for r in results if r.outcome not in ("tp", "tn")]
    result = figures(results)
    assert result.failed_targets() == [], misses
    assert result.false_present == 0 and result.false_new_with_id == 0


def test_the_slice_meets_the_targets_on_the_zotero_side() -> None:
    results = run_side(SLICE, load_papers(), zotero_records(), lambda c: c.zotero_key)
    misses = [f"{r.case.id} {r.outcome}: {r.reason}" for r in results if r.outcome not in ("tp", "tn")]
    assert figures(results).failed_targets() == [], misses
