"""Which written forms of a name an author query returned: the person's, and namesakes'. Pure.

An author query is broad on purpose (``au:Michaud,E`` finds "Eric J. Michaud", "E. Michaud"
and "Etienne J. Michaud"). Listing the distinct forms with their paper counts, and whether
each can be the named person, lets a user pick ``aliases`` (a form refsync would otherwise
exclude, such as a nickname) and ``exclude`` (papers of a namesake it would keep).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from . import names, textnorm
from .model import Paper


@dataclass(frozen=True)
class NameForm:
    """One way the query's papers write a name that shares the person's family name."""

    written: str
    papers: tuple[str, ...]
    """arXiv ids of the papers that write the name this way, newest first."""
    same: bool
    """True if the form can be the person (or an alias); False for a namesake."""
    reason: str


def name_forms(papers: Sequence[Paper], name: str, aliases: Sequence[str] = ()) -> list[NameForm]:
    """Every form of a name on ``papers`` whose family name is the person's, most papers first."""
    targets = [names.parse_name(n) for n in (name, *aliases)]
    found: dict[str, list[str]] = defaultdict(list)
    verdicts: dict[str, names.Verdict] = {}
    for paper in sorted(papers, key=lambda p: (p.published is None, p.published), reverse=True):
        for author in paper.authors:
            written = textnorm.collapse_whitespace(author)
            verdict = verdicts.get(written) or names.compare_any(targets, names.parse_name(written))
            if verdict.compat is names.Compat.UNRELATED:
                continue
            verdicts[written] = verdict
            if paper.arxiv_id not in found[written]:
                found[written].append(paper.arxiv_id)
    forms = [NameForm(w, tuple(ids), verdicts[w].compat is names.Compat.SAME, verdicts[w].reason) for w, ids in found.items()]
    return sorted(forms, key=lambda f: (not f.same, -len(f.papers), f.written))
