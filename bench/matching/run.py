"""The matching benchmark: every labeled case through the real matcher, from both library forms.

Run from the repository root:  python bench/matching/run.py [--side bib|zotero|both] [--split tune|held-out]
[--data DIR]  (DIR holds the four files below; default data/, the blind set is blind/)

For each case the paper (arXiv metadata from data/papers.json) is matched against a
library that holds the case's entry and every other entry of the benchmark that is not
the same work (some 270 records: other papers, hard negatives, books). The .bib side
reads data/library.bib with ``refsync.bibfile.parse.read_records``; the Zotero side turns the
items of data/zotero-items.json into records with ``refsync.zotero.record_from_item``.

Prints, per side and split: precision and recall of ``present``, the ``uncertain``
rate, false present / false new split by whether the entry carries an identifier
(an arXiv id or a DOI), the recall on identifier-less positives, whether each target
of issue 4 holds, and every case that did not get its expected verdict, with the
matcher's reason. Exit status 1 when a target fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from refsync.bibfile.parse import read_records  # noqa: E402
from refsync.match import build_index, match  # noqa: E402
from refsync.model import Paper, Record, Status  # noqa: E402

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Case:
    id: str
    paper: str
    expect: Status
    work: str | None
    form: str
    kinds: tuple[str, ...]
    pains: tuple[str, ...]
    identifier: bool
    bib_key: str
    zotero_key: str
    split: str


@dataclass(frozen=True)
class Result:
    case: Case
    status: Status
    key: str | None
    reason: str

    @property
    def outcome(self) -> str:
        """tp, tn, false-present, false-new or uncertain."""
        if self.status is Status.UNCERTAIN:
            return "uncertain"
        if self.case.expect is Status.PRESENT:
            if self.status is Status.PRESENT:
                return "tp" if self.key in (self.case.bib_key, self.case.zotero_key) else "false-present"
            return "false-new"
        return "false-present" if self.status is Status.PRESENT else "tn"


def load_papers(path: Path = DATA / "papers.json") -> dict[str, Paper]:
    papers = {}
    for p in json.loads(path.read_text("utf-8")):
        papers[p["arxiv_id"]] = Paper(
            arxiv_id=p["arxiv_id"], version=p["version"], title=p["title"], authors=tuple(p["authors"]),
            published=dt.date.fromisoformat(p["published"]), updated=dt.date.fromisoformat(p["updated"]),
            primary_class=p["primary_class"], categories=tuple(p["categories"]), dois=tuple(p["dois"]),
            journal_ref=p["journal_ref"])
    return papers


def load_cases(path: Path = DATA / "cases.json") -> list[Case]:
    return [Case(id=c["id"], paper=c["paper"], expect=Status(c["expect"]), work=c["work"], form=c["form"],
                 kinds=tuple(c["kinds"]), pains=tuple(c["pains"]), identifier=c["identifier"], bib_key=c["bib_key"],
                 zotero_key=c["zotero_key"], split=c["split"]) for c in json.loads(path.read_text("utf-8"))]


def bib_records(data: Path = DATA) -> dict[str, Record]:
    _, records = read_records((data / "library.bib").read_text("utf-8"), "library.bib")
    return {r.key: r for r in records}


def zotero_records(data: Path = DATA) -> dict[str, Record] | None:
    """The Zotero side: each item through the Zotero target's own reader."""
    try:
        from refsync.zotero import record_from_item  # type: ignore[attr-defined]
    except ImportError:
        return None
    items = json.loads((data / "zotero-items.json").read_text("utf-8"))
    return {item["key"]: record_from_item(item) for item in items}


def run_side(cases: Sequence[Case], papers: dict[str, Paper], records: dict[str, Record],
             key_of: Callable[[Case], str], data: Path = DATA) -> list[Result]:
    """Each case against the whole library less the other entries of the same work."""
    work_of = {key_of(c): c.work for c in load_cases(data / "cases.json")}
    results = []
    for case in cases:
        library = [r for k, r in records.items() if k == key_of(case) or work_of.get(k) != case.paper]
        verdict = match(papers[case.paper], build_index(library))
        key = verdict.match.key if verdict.match else None
        results.append(Result(case, verdict.status, key, verdict.reason))
    return results


@dataclass(frozen=True)
class Figures:
    cases: int
    positives: int
    tp: int
    false_present: int
    false_present_with_id: int
    false_new: int
    false_new_with_id: int
    uncertain: int
    idless_positives: int
    idless_found: int

    @property
    def precision(self) -> float:
        said = self.tp + self.false_present
        return self.tp / said if said else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.positives if self.positives else 1.0

    @property
    def uncertain_rate(self) -> float:
        return self.uncertain / self.cases if self.cases else 0.0

    @property
    def idless_recall(self) -> float:
        return self.idless_found / self.idless_positives if self.idless_positives else 1.0

    def failed_targets(self) -> list[str]:
        failed = []
        if self.false_present:
            failed.append(f"{self.false_present} false present (target 0)")
        if self.false_new_with_id:
            failed.append(f"{self.false_new_with_id} false new on entries with an identifier (target 0)")
        if self.idless_recall < 0.97:
            failed.append(f"identifier-less recall {self.idless_recall:.1%} (target >= 97%)")
        if self.uncertain_rate > 0.05:
            failed.append(f"uncertain rate {self.uncertain_rate:.1%} (target <= 5%)")
        return failed


def figures(results: Iterable[Result]) -> Figures:
    results = list(results)
    positives = [r for r in results if r.case.expect is Status.PRESENT]
    idless = [r for r in positives if not r.case.identifier]
    by = lambda outcome, with_id=None: sum(  # noqa: E731
        1 for r in results if r.outcome == outcome and (with_id is None or r.case.identifier == with_id))
    return Figures(
        cases=len(results), positives=len(positives), tp=by("tp"), false_present=by("false-present"),
        false_present_with_id=by("false-present", True), false_new=by("false-new"), false_new_with_id=by("false-new", True),
        uncertain=by("uncertain"), idless_positives=len(idless), idless_found=sum(1 for r in idless if r.outcome == "tp"))


def table_row(side: str, split: str, f: Figures) -> str:
    return (f"{side:<7}{split:<10}{f.cases:>6}{f.positives:>6}{f.precision:>10.1%}{f.recall:>8.1%}{f.uncertain_rate:>10.1%}"
            f"{f.false_present_with_id:>6}/{f.false_present - f.false_present_with_id:<4}"
            f"{f.false_new_with_id:>6}/{f.false_new - f.false_new_with_id:<4}"
            f"{f.idless_found:>6}/{f.idless_positives:<4}{f.idless_recall:>7.1%}")


HEADER = (f"{'side':<7}{'split':<10}{'cases':>6}{'pos':>6}{'precision':>10}{'recall':>8}{'uncertain':>10}"
          f"{'false present':>16}{'false new':>12}{'id-less found':>19}\n"
          f"{'':<39}{'':>18}{'(with id/without)':>20}{'':>24}")


def describe_miss(r: Result, papers: dict[str, Paper]) -> str:
    c = r.case
    found = f" -> {r.key}" if r.key else ""
    return (f"  {c.id} [{c.split}] {r.outcome.upper()} paper {c.paper} ({papers[c.paper].title[:60]}) vs {c.bib_key}"
            f" ({c.form}; {', '.join(c.kinds) or '-'}; {'id' if c.identifier else 'no id'}): "
            f"expected {c.expect.value}, got {r.status.value}{found}: {r.reason}")


def report(side: str, results: list[Result], papers: dict[str, Paper], out: Any = sys.stdout) -> bool:
    """Print the side's figures and misses; True when every target holds on all of it."""
    splits = [s for s in ("tune", "held-out", "blind-tune", "blind-holdout") if any(r.case.split == s for r in results)]
    for split in (*splits, "all"):
        chosen = [r for r in results if split == "all" or r.case.split == split]
        print(table_row(side, split, figures(chosen)), file=out)
    failed = figures(results).failed_targets()
    for failure in failed:
        print(f"  TARGET MISSED ({side}): {failure}", file=out)
    misses = [r for r in results if r.outcome not in ("tp", "tn")]
    if misses:
        print(f"  {len(misses)} cases without their expected verdict ({side}):", file=out)
        for r in misses:
            print(describe_miss(r, papers), file=out)
    return not failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", choices=["bib", "zotero", "both"], default="both")
    parser.add_argument("--split", choices=["tune", "held-out", "blind-tune", "blind-holdout", "all"], default="all")
    parser.add_argument("--data", type=Path, default=DATA, help="directory of papers.json, cases.json, library.bib, zotero-items.json")
    args = parser.parse_args(argv)
    data = args.data
    papers, cases = load_papers(data / "papers.json"), load_cases(data / "cases.json")
    if args.split != "all":
        cases = [c for c in cases if c.split == args.split]
    sides: list[tuple[str, dict[str, Record] | None, Callable[[Case], str]]] = []
    if args.side in ("bib", "both"):
        sides.append(("bib", bib_records(data), lambda c: c.bib_key))
    if args.side in ("zotero", "both"):
        sides.append(("zotero", zotero_records(data), lambda c: c.zotero_key))
    positives = sum(1 for c in cases if c.expect is Status.PRESENT)
    print(f"matching benchmark: {len(cases)} cases ({positives} positives, {len(cases) - positives} hard negatives), "
          f"{len(papers)} papers, {len(bib_records(data))} library entries\n")
    print(HEADER)
    ok = True
    for side, records, key_of in sides:
        if records is None:
            print(f"{side:<7}skipped: refsync.zotero.record_from_item is not available in this checkout")
            continue
        ok = report(side, run_side(cases, papers, records, key_of, data), papers) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
