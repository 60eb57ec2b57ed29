"""Decide, for one paper, whether a library already holds it. Pure: no I/O.

Tiers, strongest first:
1. the arXiv base id, wherever the record keeps it;
2. a DOI: the paper's published DOI or its arXiv DOI against the record's DOIs;
3. the same title once LaTeX, accents, punctuation and case are folded away, with a
   year within one and a shared author;
4. a similar title (rapidfuzz), shared authors and a compatible year.

A record that carries a *different* arXiv id, or a different published DOI, is another
work however alike the titles are (a later extended version, an erratum), so it is
never matched by title. Anything plausible but not sure is ``uncertain``: shown,
never written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from . import names, textnorm
from .ids import arxiv_doi
from .model import Found, Match, MatchBy, Paper, Record, Status

PRESENT_SCORE = 95.0
"""Title similarity (0-100) above which shared authors and year make a match certain."""
UNCERTAIN_SCORE = 80.0
"""Below this a title is another title; between the two, a human should look."""
BLOCK_WORDS = 3
"""The rarest title words a paper is looked up by, for the fuzzy tier."""


@dataclass(frozen=True)
class Verdict:
    status: Status
    reason: str
    match: Match | None = None
    record: Record | None = None


@dataclass
class Index:
    """Records keyed every way a paper can be found, built once per library."""

    by_arxiv: dict[str, list[tuple[Record, Found]]] = field(default_factory=lambda: defaultdict(list))
    by_doi: dict[str, list[tuple[Record, Found]]] = field(default_factory=lambda: defaultdict(list))
    by_title: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    by_word: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    trashed: list[Record] = field(default_factory=list)
    size: int = 0


def build_index(records: Iterable[Record]) -> Index:
    """Index the records of a library; trashed ones are kept aside, never matched."""
    index = Index()
    for record in records:
        if record.trashed:
            index.trashed.append(record)
            continue
        index.size += 1
        for found in record.arxiv_ids:
            index.by_arxiv[found.value].append((record, found))
        for found in record.dois:
            index.by_doi[found.value].append((record, found))
        title = folded_title(record)
        if title:
            index.by_title[title].append(record)
            for word in _significant(title):
                index.by_word[word].append(record)
    return index


def folded_title(record: Record) -> str:
    """The record's title as titles are compared: folded once, or taken from a cache."""
    return record.folded_title if record.folded_title is not None else textnorm.normalize_title(record.title)


def _significant(title: str) -> set[str]:
    return {w for w in title.split() if len(w) > 3}


def match(paper: Paper, index: Index) -> Verdict:
    """The verdict on one paper against a library index."""
    for tier in (_by_arxiv_id, _by_doi, _by_title, _by_similar_title):
        verdict = tier(paper, index)
        if verdict:
            return verdict
    trashed = _in_trash(paper, index)
    if trashed:
        return Verdict(Status.NEW, f"only in the trash ({trashed.key}); not counted as present")
    return Verdict(Status.NEW, "no entry with this arXiv id, DOI or title")


def _by_arxiv_id(paper: Paper, index: Index) -> Verdict | None:
    hits = index.by_arxiv.get(paper.arxiv_id)
    if not hits:
        return None
    record, found = hits[0]
    return Verdict(Status.PRESENT, _cite(found), Match(record.key, MatchBy.ARXIV_ID), record)


def _paper_dois(paper: Paper) -> list[str]:
    return [*paper.dois, arxiv_doi(paper.arxiv_id).lower()]


def _by_doi(paper: Paper, index: Index) -> Verdict | None:
    for doi in _paper_dois(paper):
        hits = index.by_doi.get(doi)
        if hits:
            record, found = hits[0]
            return Verdict(Status.PRESENT, _cite(found), Match(record.key, MatchBy.DOI), record)
    return None


def _cite(found: Found) -> str:
    raw = textnorm.collapse_whitespace(found.raw)
    if len(raw) > 70:
        raw = raw[:67] + "..."
    return f"{found.field} = {raw}"


def _other_work(paper: Paper, record: Record) -> str | None:
    """Why ``record`` is provably a different work than ``paper``, if it is."""
    if record.arxiv_ids and all(f.value != paper.arxiv_id for f in record.arxiv_ids):
        return f"{record.key} is arXiv:{record.arxiv_ids[0].value}"
    published = {d for d in paper.dois}
    theirs = {f.value for f in record.dois if not f.value.startswith("10.48550/")}
    if published and theirs and not (published & theirs):
        return f"{record.key} has another DOI ({sorted(theirs)[0]})"
    return None


def _by_title(paper: Paper, index: Index) -> Verdict | None:
    title = textnorm.normalize_title(paper.title)
    candidates = [r for r in index.by_title.get(title, []) if not _other_work(paper, r)]
    if not candidates:
        return None
    best = max(candidates, key=lambda r: (_author_overlap(paper, r) is not None, _year_ok(paper, r)))
    shared, year_ok = _author_overlap(paper, best), _year_ok(paper, best)
    if shared and year_ok:
        return Verdict(
            Status.PRESENT,
            f"same title, year {best.year} and author {shared}",
            Match(best.key, MatchBy.TITLE, 100.0),
            best,
        )
    return Verdict(
        Status.UNCERTAIN,
        f"same title as {best.key}, but {_doubt(paper, best, shared, year_ok)}",
        Match(best.key, MatchBy.TITLE, 100.0),
        best,
    )


def _by_similar_title(paper: Paper, index: Index) -> Verdict | None:
    title = textnorm.normalize_title(paper.title)
    scored = []
    for record in _fuzzy_candidates(paper, title, index):
        score = fuzz.token_sort_ratio(title, folded_title(record))
        if score >= UNCERTAIN_SCORE and not _other_work(paper, record):
            scored.append((score, record))
    if not scored:
        return None
    score, best = max(scored, key=lambda pair: pair[0])
    shared, year_ok = _author_overlap(paper, best), _year_ok(paper, best)
    detail = f"title similarity {score:.0f}%"
    if score >= PRESENT_SCORE and shared and year_ok:
        return Verdict(
            Status.PRESENT, f"{detail}, year {best.year}, author {shared}", Match(best.key, MatchBy.TITLE, score), best
        )
    doubt = _doubt(paper, best, shared, year_ok) if not (shared and year_ok) else "the titles differ"
    return Verdict(Status.UNCERTAIN, f"{detail} with {best.key}, but {doubt}", Match(best.key, MatchBy.TITLE, score), best)


def _fuzzy_candidates(paper: Paper, title: str, index: Index) -> list[Record]:
    """Records sharing one of the paper's rarest title words: a short list, not the library."""
    words = sorted(_significant(title), key=lambda w: len(index.by_word.get(w, ())))
    seen: dict[int, Record] = {}
    for word in words[:BLOCK_WORDS]:
        for record in index.by_word.get(word, ()):
            seen[id(record)] = record
    return list(seen.values())


def _author_overlap(paper: Paper, record: Record) -> str | None:
    """A family name the paper and the record share (with compatible initials), if any."""
    if not record.authors:
        return None
    theirs: dict[str, list[names.Name]] = defaultdict(list)
    for author in record.authors:
        theirs[names.last_family_word(author)].append(author)
    for written in paper.authors:
        mine = names.parse_name(written)
        for other in theirs.get(names.last_family_word(mine), []):
            a, b = names.initials(mine)[:1], names.initials(other)[:1]
            if not a or not b or a == b:
                return mine.family
    return None


def _years(paper: Paper) -> set[int]:
    return {d.year for d in (paper.published, paper.updated) if d}


def _year_ok(paper: Paper, record: Record) -> bool:
    """Years within one of the first or latest version; unknown years do not object."""
    years = _years(paper)
    if record.year is None or not years:
        return True
    return any(abs(record.year - y) <= 1 for y in years)


def _doubt(paper: Paper, record: Record, shared: str | None, year_ok: bool) -> str:
    if not record.authors:
        return "it has no authors to compare"
    if not shared:
        return "no author in common"
    years = ", ".join(str(y) for y in sorted(_years(paper)))
    return f"its year {record.year} is far from {years}" if not year_ok else "the match is weak"


def _in_trash(paper: Paper, index: Index) -> Record | None:
    dois = set(_paper_dois(paper))
    for record in index.trashed:
        if any(f.value == paper.arxiv_id for f in record.arxiv_ids) or any(f.value in dois for f in record.dois):
            return record
    return None
