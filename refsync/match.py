"""Decide, for one paper, whether a library already holds it. Pure: no I/O.

Tiers, strongest first:
1. the arXiv base id, wherever the record keeps it;
2. a DOI: the paper's published DOI or its arXiv DOI against the record's DOIs;
3. the title, compared word by word (:mod:`refsync.titles`) together with the authors
   (:func:`refsync.names.overlap`) and the year. The further the titles drift apart,
   the more the authors must agree: an equal title needs one shared author, a title
   with its subtitle dropped or words added needs the same first author and another,
   a reworded one (published under another title) needs that and 90% similarity.
   An acronym one title spells out ("AdS/CFT", "anti-de Sitter/conformal field theory")
   is compared as the words it stands for.
   Which title is the longer matters: an entry may drop the paper's subtitle, but one
   that adds words to the paper's whole title is the same work only when that title is
   specific, never when the words name a genre ("X: a survey") or run on without a
   subtitle separator ("X applied to Y").

A record that carries a *different* arXiv id is another work however alike the titles
are (a later extended version), and so is one whose title differs by a number, "comment",
"reply" or "erratum". A different published DOI is weaker evidence: a conference and a
journal version of one paper have two, and arXiv lists only one. Such a record is the
paper only with the same title and the very same authors; otherwise at most uncertain.
Anything plausible but not sure is ``uncertain``, with the candidate named: shown, never
written.

Only records found through the index are compared (same folded title, or a shared title
word that is not common in the library), so the work per paper does not grow with the
library's unrelated records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import gcpause, names, textnorm, titles
from .ids import arxiv_doi, states_arxiv_id
from .journalref import publication
from .model import Decision, Found, Match, MatchBy, Paper, Record, Status

PRESENT_SCORE = 90.0
"""Title similarity (0-100) above which a reworded title with strongly shared authors is the same work."""
UNCERTAIN_SCORE = 80.0
"""The floor: a reworded title below this is another title, whoever wrote it."""
SPECIFIC_WORDS = 3
"""Content words a title needs before one shared author is enough ("Deep learning" is not specific)."""
SHORTENED_WORDS = 4
"""Content words a shortened title needs to match, unless it is the other's whole main title."""
YEARS_BEFORE, YEARS_AFTER = 1, 3
"""How far the record's year may lie before the first and after the latest arXiv version."""
COMMON_WORD_SHARE, COMMON_WORD_MIN = 0.05, 64
"""A title word in more records than this share (or this number) does not select candidates."""


@dataclass
class Index:
    """Records keyed every way a paper can be found, built once per library."""

    by_arxiv: dict[str, list[tuple[Record, Found]]] = field(default_factory=lambda: defaultdict(list))
    by_doi: dict[str, list[tuple[Record, Found]]] = field(default_factory=lambda: defaultdict(list))
    by_title: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    by_word: dict[str, list[Record]] = field(default_factory=lambda: defaultdict(list))
    trashed: list[Record] = field(default_factory=list)
    size: int = 0
    own_ids: dict[int, frozenset[str]] = field(default_factory=dict)
    """The arXiv ids a candidate states as its own, by ``id(record)``: found once, when first needed."""


def build_index(records: Iterable[Record]) -> Index:
    """Index the records of a library; trashed ones are kept aside, never matched."""
    with gcpause.paused():
        return _indexed(records)


def _indexed(records: Iterable[Record]) -> Index:
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
    """The record's title as the index keys it: folded once, or taken from a cache."""
    return record.folded_title if record.folded_title is not None else textnorm.fold(record.title)


FREE_TEXT_FIELDS = frozenset({"note", "annote", "addendum", "extra"})
"""Fields where people write about other works: an id there may be the record's own, or only cited."""


def mentioned_only(found: Found) -> bool:
    """An id that free text merely mentions ("Comment on arXiv:X", "Includes arXiv:X, arXiv:Y"),
    rather than a field or line that states the record's own id: weak evidence."""
    return found.field in FREE_TEXT_FIELDS and not states_arxiv_id(found.raw)


def own_arxiv_ids(record: Record) -> list[Found]:
    return [f for f in record.arxiv_ids if not mentioned_only(f)]


def match(paper: Paper, index: Index) -> Decision:
    """The decision on one paper against a library index."""
    for tier in (_by_arxiv_id, _by_doi, _by_title, _by_mention):
        decision = tier(paper, index)
        if decision:
            return decision
    trashed = _in_trash(paper, index)
    if trashed:
        return Decision(paper, Status.NEW, f"only in the trash ({trashed.key}); not counted as present")
    return Decision(paper, Status.NEW, "no entry with this arXiv id, DOI or title")


def _by_arxiv_id(paper: Paper, index: Index) -> Decision | None:
    hits = [(r, f) for r, f in index.by_arxiv.get(paper.arxiv_id, ()) if not mentioned_only(f)]
    if not hits:
        return None
    record, found = hits[0]
    return Decision(paper, Status.PRESENT, _cite(found), Match(record.key, MatchBy.ARXIV_ID), record)


def _by_mention(paper: Paper, index: Index) -> Decision | None:
    """A record whose free text mentions the id, and which neither has its own id nor agrees with the
    paper by title and authors (then the title tier found it): shown as uncertain, never present."""
    for record, found in index.by_arxiv.get(paper.arxiv_id, ()):
        if not own_arxiv_ids(record):
            reason = f"{_cite(found)} only mentions this id, and the title and authors do not confirm it"
            return Decision(paper, Status.UNCERTAIN, reason, Match(record.key, MatchBy.ARXIV_ID), record)
    return None


def _paper_dois(paper: Paper) -> list[str]:
    return [*(d.lower() for d in paper.dois), arxiv_doi(paper.arxiv_id).lower()]


def _by_doi(paper: Paper, index: Index) -> Decision | None:
    for doi in _paper_dois(paper):
        hits = index.by_doi.get(doi)
        if hits:
            record, found = hits[0]
            return Decision(paper, Status.PRESENT, _cite(found), Match(record.key, MatchBy.DOI), record)
    return None


def _cite(found: Found) -> str:
    raw = textnorm.collapse_whitespace(found.raw)
    if len(raw) > 70:
        raw = raw[:67] + "..."
    return f"{found.field} = {raw}"


def _other_work(paper: Paper, record: Record) -> bool:
    """Whether ``record`` is provably a different work than ``paper``: it is another arXiv paper by its
    own id (an id its note merely mentions says nothing either way)."""
    own = own_arxiv_ids(record)
    return bool(own) and all(f.value != paper.arxiv_id for f in own)


def _other_doi(paper: Paper, record: Record) -> str | None:
    """A published DOI of the record's when the paper has published DOIs and none of them is it."""
    published = {d.lower() for d in paper.dois}
    theirs = {f.value for f in record.dois if not f.value.startswith("10.48550/")}
    if published and theirs and not (published & theirs):
        return sorted(theirs)[0]
    return None


def _by_title(paper: Paper, index: Index) -> Decision | None:
    """The best title match among the candidates: a present one first, then the most similar.

    Candidates that are another arXiv paper by their own id are left out before any title
    is compared: :func:`judge` would reject each of them (most candidates in a big library).
    """
    kept = [r for r in candidates(paper, index) if not _another_arxiv_paper(paper, r, index)]
    decisions = [v for v in (judge(paper, r) for r in kept) if v is not None]
    if not decisions:
        return None
    return max(decisions, key=lambda v: (v.status is Status.PRESENT, v.match.score if v.match else 0.0))


def _another_arxiv_paper(paper: Paper, record: Record, index: Index) -> bool:
    """:func:`_other_work`, with each record's own ids found once, not once per paper."""
    own = index.own_ids.get(id(record))
    if own is None:
        own = index.own_ids[id(record)] = frozenset(f.value for f in own_arxiv_ids(record))
    return bool(own) and paper.arxiv_id not in own


def candidates(paper: Paper, index: Index) -> list[Record]:
    """Records worth comparing titles with: a short list found through the index, not the library.

    Those with the same folded title, and those sharing a title word that is not common in
    this library (a word in more than 5% of the titles, or 64, says nothing). Records with
    no word in common with the paper are never looked at, so the work per paper does not
    grow with unrelated records.
    """
    title = textnorm.fold(paper.title)
    seen: dict[int, Record] = {id(r): r for r in index.by_title.get(title, ())}
    common = max(COMMON_WORD_MIN, int(index.size * COMMON_WORD_SHARE))
    for word in _significant(title):
        records = index.by_word.get(word, ())
        if len(records) <= common:
            for record in records:
                seen[id(record)] = record
    return list(seen.values())


def judge(paper: Paper, record: Record) -> Decision | None:
    """Whether ``record`` is the paper by title, authors and year; None if plainly not."""
    if _other_work(paper, record) or not record.title:
        return None
    title = titles.compare(paper.title, record.title)
    if title.marker:  # a comment, an erratum, a numbered sequel: another work
        return None
    if title.extends and title.genre:  # "X: a survey" is a survey of X; the paper's title does not say so
        return None
    authors = names.overlap(paper.authors, record.authors)
    year_ok = _year_ok(paper, record)
    found = Match(record.key, MatchBy.TITLE, title.similarity)
    other_doi = _other_doi(paper, record)
    confident = _confident(title, authors, year_ok)
    if confident and (not other_doi or (title.relation is titles.Relation.SAME and authors.whole)):
        return Decision(paper, Status.PRESENT, _evidence(paper, record, title, authors, other_doi), found, record)
    if confident or _plausible(title, authors, year_ok):
        doubt = f"it has another DOI ({other_doi})" if confident else _doubt(paper, record, authors, year_ok, title)
        what = f"same title as {record.key}" if title.identical else f"{title.describe()} with {record.key}"
        return Decision(paper, Status.UNCERTAIN, f"{what}, but {doubt}", found, record)
    return None


def _confident(title: titles.Comparison, authors: names.Overlap, year_ok: bool) -> bool:
    """Enough agreement to call it the same work; the bar rises as the titles drift apart."""
    if not year_ok:
        return False
    if title.relation is titles.Relation.SAME:
        specific = title.shorter_words >= SPECIFIC_WORDS
        if authors.shared:
            return specific or authors.strong
        return not authors.comparable and title.shorter_words >= 2 * SPECIFIC_WORDS
    if title.relation is titles.Relation.SHORTENED:
        return authors.strong and _shortened_confident(title)
    return authors.strong and (title.similarity >= PRESENT_SCORE or _main_title_confident(title))


def _main_title_confident(title: titles.Comparison) -> bool:
    """A journal version rewords its subtitle: with the same authors, a specific main title and
    subtitles that still share a word are one work. Subtitles with nothing in common are as likely
    two papers of a series ("First Year WMAP Observations: ..."), and one naming a kind of work
    ("X: a survey") is a companion: at most uncertain."""
    return title.same_main and title.shared_subtitle and not title.genre and title.shorter_words >= SPECIFIC_WORDS


def _shortened_confident(title: titles.Comparison) -> bool:
    """Whether one title left out of the other can still be the same work, given strong authors.

    A library entry abbreviates by dropping the paper's subtitle ("Adam"), and that is the
    paper. An entry that adds a subtitle to the paper's whole title says more than the
    paper does ("Perfectoid spaces: a survey"): the same work only when the shared title
    is specific on its own. A subtitle naming a kind of work (a survey, lecture notes)
    marks a companion of the main-titled work either way, and words running on from the
    whole title without a separator make a longer, more likely distinct title. Nobody
    abbreviates by putting words in front of a whole title ("Correlated insulators and
    <the paper's title>"): such an entry is a broader work's title.
    """
    if title.continued or title.genre:
        return False
    if title.main_title and not title.extends:
        return True
    if title.extends and title.prefixed:  # words put in front of the paper's whole title: a broader work
        return False
    return title.shorter_words >= SHORTENED_WORDS


def _plausible(title: titles.Comparison, authors: names.Overlap, year_ok: bool) -> bool:
    """Worth showing a person: a same title, or a close one with an author in common.

    A short title ("Topological insulators") is shared by many works, so a record sharing
    only a short title with the paper is worth showing only with the same first author (or
    collaboration), and, when the titles are the same, nearly the same words.
    """
    lead = authors.first or (bool(authors.shared) and not authors.comparable)
    short = title.shorter_words < SPECIFIC_WORDS
    if title.relation is titles.Relation.SAME:
        return not short or (lead and title.similarity >= PRESENT_SCORE)
    if not (authors.shared and year_ok):
        return False
    if title.relation is titles.Relation.SHORTENED:
        return lead or not short
    return title.similarity >= UNCERTAIN_SCORE or (authors.strong and (title.same_main or title.swapped))


def _evidence(paper: Paper, record: Record, title: titles.Comparison, authors: names.Overlap,
              other_doi: str | None = None) -> str:
    year = f"year {record.year}" if record.year else "no year"
    if title.identical:
        said = f"same title, {year} and {authors.describe()}"
    else:
        span = "-".join(str(y) for y in sorted(_years(paper)))
        said = f"{title.describe()}, {year} (arXiv {span}), {authors.describe()}"
    return f"{said} (another version's DOI {other_doi})" if other_doi else said


def _significant(title: str) -> set[str]:
    return {w for w in title.split() if len(w) >= 3} - titles.STOPWORDS


def _years(paper: Paper) -> set[int]:
    return {d.year for d in (paper.published, paper.updated) if d}


def _year_ok(paper: Paper, record: Record) -> bool:
    """From a year before the first version to three after the latest (journal delays), or the year of
    the paper's own journal reference, give or take one (online first, print later); unknown years do
    not object."""
    years = _years(paper)
    if record.year is None or not years:
        return True
    published = _journal_year(paper)
    if published and abs(record.year - published) <= 1:
        return True
    return min(years) - YEARS_BEFORE <= record.year <= max(years) + YEARS_AFTER


def _journal_year(paper: Paper) -> int | None:
    """The year of the paper's published version (journal_ref or index): however late it was published."""
    ref = publication(paper)
    return ref.year if ref else None


def _doubt(paper: Paper, record: Record, authors: names.Overlap, year_ok: bool, title: titles.Comparison) -> str:
    if not record.authors:
        return "it has no authors to compare"
    if not authors.shared:
        return authors.describe()
    if not year_ok:
        years = ", ".join(str(y) for y in sorted(_years(paper)))
        return f"its year {record.year} is far from {years}"
    if title.relation is titles.Relation.SAME:
        return f"the title is short and only {authors.describe()} is shared"
    return f"the titles differ and only {authors.describe()} is shared" if not authors.strong else "the titles differ"


def _in_trash(paper: Paper, index: Index) -> Record | None:
    dois = set(_paper_dois(paper))
    for record in index.trashed:
        if any(f.value == paper.arxiv_id for f in record.arxiv_ids) or any(f.value in dois for f in record.dois):
            return record
    return None
