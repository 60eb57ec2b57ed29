"""How much of the journal_ref corpus becomes structured fields, and by which pattern.

Run from the repository root: ``python bench/journalref.py``. Prints counts and shares
of parsed refs per pattern, the refs kept raw, and any disagreement with the corpus
expectations. Reports only; asserts nothing.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refsync.journalref import PATTERN_NAMES, match_journal_ref  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "journal_refs.json"


def main() -> None:
    cases = json.loads(CORPUS.read_text("utf-8"))
    by_pattern: Counter[str] = Counter()
    kept_raw: list[str] = []
    disagree: list[str] = []
    for case in cases:
        matched = match_journal_ref(case["ref"])
        if matched is None:
            kept_raw.append(case["ref"])
        else:
            by_pattern[matched[0]] += 1
        if (matched is None) != (case["expect"] is None):
            disagree.append(case["ref"])

    total = len(cases)
    parsed = total - len(kept_raw)

    def share(n: int) -> str:
        return f"{n:4d}  {n / total:6.1%}"

    print(f"journal_ref corpus: {total} refs ({CORPUS.relative_to(ROOT)})")
    print(f"parsed     {share(parsed)}")
    for name in PATTERN_NAMES:
        print(f"  {name:<16} {share(by_pattern[name])}")
    print(f"kept raw   {share(len(kept_raw))}")
    for ref in kept_raw:
        print(f"  - {ref}")
    print(f"disagreeing with expectations: {len(disagree)}")
    for ref in disagree:
        print(f"  ! {ref}")


if __name__ == "__main__":
    main()
