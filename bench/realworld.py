"""How refsync's matcher does on real .bib files people committed, against hand labels.

Run from the repository root with the development set's folder (it stays outside the
project, nothing in ``refsync/`` or ``tests/`` reads it)::

    python bench/realworld.py ../shared/realworld-dev
    python bench/realworld.py ../shared/realworld-dev --failures tune

Each file is read exactly as ``refsync diff --bib FILE`` reads it (:class:`BibTarget`,
no index cache) and the papers of the file's researchers (``papers.json``) are planned
against its records with :func:`make_plan`, the code ``diff`` runs. A paper is scored per
(file, arXiv id) against ``truth.json``:

- *found present*: labeled present and matched to the labeled entry (or another copy of it);
- *onto a look-alike*: labeled present, but ``present`` on some other entry;
- *false present*: not labeled present, yet ``present`` (matches onto an entry the labels
  call ``ambiguous`` are counted apart, not as errors);
- *labeled present, reported new*: what a ``sync`` would duplicate;
- *uncertain*: of the labeled positives, and of the rest.

The split is by paper: the first hex digit of sha1(arXiv id) even is ``tune``, odd is
``unseen``; a paper is in the same half in every file. Reports only; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refsync.bibfile import BibTarget  # noqa: E402
from refsync.errors import RefsyncError  # noqa: E402
from refsync.model import Decision, Paper, Status  # noqa: E402
from refsync.plan import Selection, make_plan  # noqa: E402

SPLITS = ("tune", "unseen", "all")


def split_of(arxiv_id: str) -> str:
    """``tune`` or ``unseen``, by the first hex digit of sha1(id): stable and blind to content."""
    return "tune" if int(hashlib.sha1(arxiv_id.encode()).hexdigest()[0], 16) % 2 == 0 else "unseen"


def _published(arxiv_id: str) -> dt.date:
    """The first version's month, read off the id (YYMM), which is all papers.json knows."""
    m = re.search(r"(\d\d)(\d\d)[.\d]", arxiv_id.split("/")[-1])
    assert m, arxiv_id
    yy, mm = int(m.group(1)), int(m.group(2))
    return dt.date(2000 + yy if yy < 90 else 1900 + yy, mm, 1)


def papers_of(data: dict[str, object]) -> dict[str, dict[str, Paper]]:
    """Researcher slug -> arXiv id -> the paper as refsync would get it (title, authors, date, DOI)."""
    out: dict[str, dict[str, Paper]] = {}
    for slug, person in data["authors"].items():  # type: ignore[attr-defined]
        out[slug] = {
            p["id"]: Paper(arxiv_id=p["id"], version=1, title=p["title"], authors=tuple(p["authors"]),
                           published=_published(p["id"]), dois=(p["doi"].lower(),) if p.get("doi") else ())
            for p in person["papers"]
        }
    return out


@dataclass
class Tally:
    positives: int = 0
    found: int = 0
    idless: int = 0
    idless_found: int = 0
    lookalike: int = 0
    false_present: int = 0
    onto_ambiguous: int = 0
    positive_new: int = 0
    positive_uncertain: int = 0
    other_uncertain: int = 0
    in_refused: int = 0
    refused: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[str]:
        def pct(n: int, d: int) -> str:
            return f"{n} of {d} ({n / d:.1%})" if d else "0 of 0"

        yield f"  labeled papers found present      {pct(self.found, self.positives)}"
        yield f"    of those with no identifier     {pct(self.idless_found, self.idless)}"
        yield f"  false present / onto a look-alike {self.false_present} / {self.lookalike}"
        yield f"  labeled present, reported new     {self.positive_new}"
        yield f"  uncertain (labeled present)       {self.positive_uncertain}"
        yield f"  uncertain (not labeled present)   {self.other_uncertain}"
        yield f"  present onto an 'ambiguous' entry {self.onto_ambiguous} (not scored)"
        if self.refused:
            yield f"  labeled present in a refused file {self.in_refused} (refsync stops with an error)"
            yield f"  files refused by the reader       {len(self.refused)}: {'; '.join(self.refused)}"


def _ambiguous_keys(info: dict[str, object]) -> set[str]:
    return {k.strip() for a in info.get("ambiguous", []) for k in a["key"].split("/")}  # type: ignore[attr-defined]


def score(folder: Path) -> dict[str, Tally]:
    truth = json.loads((folder / "truth.json").read_text("utf-8"))["files"]
    papers = papers_of(json.loads((folder / "papers.json").read_text("utf-8")))
    tallies = {s: Tally() for s in SPLITS}
    for name, info in truth.items():
        wanted = {pid: p for slug in info["authors"] for pid, p in papers[slug].items()}
        try:
            records = BibTarget(folder / "files" / name).records()
        except RefsyncError as error:  # diff stops with this line: its positives are not found, nor new
            for pid in {p for p in info["present"]}:
                for split in (split_of(pid), "all"):
                    tallies[split].positives += 1
                    tallies[split].idless += bool(info["present_info"].get(pid, {}).get("id_less"))
                    tallies[split].in_refused += 1
            for tally in tallies.values():
                tally.refused.append(str(error))
            continue
        plan = make_plan(list(wanted.values()), records, Selection())
        ambiguous = _ambiguous_keys(info)
        for decision in plan.decisions:
            pid = decision.paper.arxiv_id
            for split in (split_of(pid), "all"):
                _count(tallies[split], name, decision, info, ambiguous)
    return tallies


def _count(tally: Tally, name: str, decision: Decision, info: dict[str, object], ambiguous: set[str]) -> None:
    pid = decision.paper.arxiv_id
    present: dict[str, str] = info["present"]  # type: ignore[assignment]
    key = decision.match.key if decision.match else None
    where = f"{name} {pid} {decision.status.value} {key or ''}: {decision.reason}"
    if pid not in present:
        if decision.status is Status.PRESENT:
            if key in ambiguous:
                tally.onto_ambiguous += 1
            else:
                tally.false_present += 1
                tally.misses.append(f"FALSE PRESENT {where}")
        elif decision.status is Status.UNCERTAIN:
            tally.other_uncertain += 1
            tally.misses.append(f"uncertain (negative) {where}")
        return
    extra: dict[str, object] = info["present_info"].get(pid, {})  # type: ignore[attr-defined]
    keys = {present[pid], *extra.get("other_keys", [])}  # type: ignore[misc]
    idless = bool(extra.get("id_less"))
    tally.positives += 1
    tally.idless += idless
    if decision.status is Status.PRESENT and key in keys:
        tally.found += 1
        tally.idless_found += idless
        return
    label = f"[{'no id' if idless else 'id'}, labeled {present[pid]}]"
    if decision.status is Status.PRESENT:
        tally.lookalike += 1
        tally.misses.append(f"LOOK-ALIKE {label} {where}")
    elif decision.status is Status.NEW:
        tally.positive_new += 1
        tally.misses.append(f"NEW {label} {where}")
    else:
        tally.positive_uncertain += 1
        tally.misses.append(f"uncertain {label} {where}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the realworld-dev folder (files/, papers.json, truth.json)")
    parser.add_argument("--failures", choices=SPLITS, help="also list every miss of this split")
    args = parser.parse_args()
    tallies = score(args.folder)
    for split in SPLITS:
        print(f"{split}:")
        for row in tallies[split].rows():
            print(row)
    if args.failures:
        print(f"\nmisses ({args.failures}):")
        for miss in tallies[args.failures].misses:
            print(f"  {miss}")


if __name__ == "__main__":
    main()
