"""How refsync's journal_ref parser does on real arXiv journal references, against blind hand labels.

Run from the repository root with the development set's folder (the reference strings stay
there; ``bench/journalref-labels.json`` holds only the labels, keyed by arXiv id)::

    python bench/journalref_realworld.py ../shared/realworld-dev
    python bench/journalref_realworld.py ../shared/realworld-dev --failures tune

The labels were written by a person who never read ``refsync/journalref.py``, before the
parser first saw these strings (conventions: ``jr-labels-README.md`` as kept in the
report). A label is ``null`` when a careful person would not parse the string (keep it
raw). Per split (the first hex digit of sha1(arXiv id) even is ``tune``, odd ``unseen``):

- *every field right*: the parse has exactly the labeled kind, journal or booktitle,
  volume, number, pages and year (names compared with whitespace collapsed), as a share
  of the labels that are not ``null`` (the parseable ones);
- *a wrong field*: parsed, but some field differs or a ``null`` label was parsed, as a
  share of all labels: what would put a wrong value into an entry;
- *kept raw*: not parsed (the entry keeps the text in ``note``).

Wrong fields are also counted where the labeler marked the label ``unsure`` (a call
another careful person might make differently); the headline share counts them all.

A second blind set, ``bench/journalref-labels2.json`` (the next 300 ids in the same sha1
order, labeled by another person after the parser was final; ``journalref-labels2-README.md``),
is the ``blind2`` split: run once, never tuned on. A third, ``bench/journalref-labels3.json``
(the 300 after those, labeled while the parser was being changed and opened only once it was
final; ``journalref-labels3-README.md``), is ``blind3``. ``all`` is the first set's two halves.

Reports only; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refsync.journalref import JournalRef, parse_journal_ref  # noqa: E402

LABELS = ROOT / "bench" / "journalref-labels.json"
LABELS2 = ROOT / "bench" / "journalref-labels2.json"
LABELS3 = ROOT / "bench" / "journalref-labels3.json"
FIELDS = ("kind", "journal", "booktitle", "volume", "number", "pages", "year")
SPLITS = ("tune", "unseen", "all", "blind2", "blind3")


def split_of(arxiv_id: str) -> str:
    return "tune" if int(hashlib.sha1(arxiv_id.encode()).hexdigest()[0], 16) % 2 == 0 else "unseen"


def fields_of(ref: JournalRef) -> dict[str, object]:
    return {f: getattr(ref, f) for f in FIELDS if getattr(ref, f) is not None}


def _same(got: dict[str, object], want: dict[str, object]) -> bool:
    def norm(d: dict[str, object]) -> dict[str, object]:
        return {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in d.items() if k in FIELDS}
    return norm(got) == norm(want)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the realworld-dev folder (journal_refs.json)")
    parser.add_argument("--failures", choices=SPLITS, help="also list every miss of this split")
    args = parser.parse_args()
    refs: dict[str, str] = {}
    for item in json.loads((args.folder / "journal_refs.json").read_text("utf-8")):
        refs.setdefault(item["arxiv_id"], item["ref"])
    labelled = [(arxiv_id, want, (split_of(arxiv_id), "all"))
                for arxiv_id, want in json.loads(LABELS.read_text("utf-8")).items()]
    for path, split in ((LABELS2, "blind2"), (LABELS3, "blind3")):
        if path.exists():
            labelled += [(arxiv_id, want, (split,)) for arxiv_id, want in json.loads(path.read_text("utf-8")).items()]
    counts = {s: {"labels": 0, "parseable": 0, "right": 0, "wrong": 0, "wrong_unsure": 0, "raw": 0} for s in SPLITS}
    misses: dict[str, list[str]] = {s: [] for s in SPLITS}
    for arxiv_id, want, splits in labelled:
        ref = parse_journal_ref(refs[arxiv_id])
        got = fields_of(ref) if ref else None
        for split in splits:
            c = counts[split]
            c["labels"] += 1
            c["parseable"] += want is not None
            if got is None:
                c["raw"] += 1
                if want is not None:
                    misses[split].append(f"RAW   {arxiv_id} {refs[arxiv_id]!r}\n        want {want}")
            elif want is not None and _same(got, want):
                c["right"] += 1
            else:
                c["wrong"] += 1
                c["wrong_unsure"] += bool(want and want.get("unsure"))
                misses[split].append(f"WRONG {arxiv_id} {refs[arxiv_id]!r}\n        got  {got}\n        want {want}")
    for split in SPLITS:
        c = counts[split]
        if not c["labels"]:
            continue
        print(f"{split}: {c['labels']} labeled refs, {c['parseable']} parseable")
        print(f"  every field right   {c['right']} ({c['right'] / c['parseable']:.1%} of parseable)")
        print(f"  parsed, wrong field {c['wrong']} ({c['wrong'] / c['labels']:.1%} of all)")
        print(f"    of which the label is marked unsure: {c['wrong_unsure']}")
        print(f"  kept raw            {c['raw']} ({c['raw'] / c['labels']:.1%} of all)")
    if args.failures:
        print(f"\nmisses ({args.failures}):")
        for miss in misses[args.failures]:
            print(f"  {miss}")


if __name__ == "__main__":
    main()
