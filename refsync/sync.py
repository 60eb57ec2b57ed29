"""The whole job as library calls: fetch papers, plan against a target, apply.

The CLI is a thin layer over these functions; they can be called from Python too::

    papers = fetch_papers(SourceSpec(author="Eric J. Michaud"), ArxivSettings())
    target = BibTarget(Path("refs.bib"))
    plan = make_plan(papers, target.records(), selection_for(SourceSpec(...)))
    applied = target.apply(plan)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .arxiv.settings import ArxivSettings
from .arxiv.client import (ArxivClient, Progress, author_queries, check_author_name, dedupe, namesake_warning,
                           read_feed_files)
from .cache import JsonStore
from .errors import ConcurrentChangeError, ConfigError, LibraryChanged, SourceError
from .ids import parse_arxiv_id
from .plancache import cached_plan
from .model import Applied, Paper, Plan, Record
from .plan import Selection, make_plan
from .protocols import Target

REPLANS = 2
"""Fresh plans tried when a library changes while refsync writes to it."""


@dataclass(frozen=True)
class SourceSpec:
    """Where the papers come from: a name search, an author-id feed, a raw query or saved feeds."""

    author: str | None = None
    aliases: tuple[str, ...] = ()
    arxiv_author_id: str | None = None
    query: str | None = None
    feeds: tuple[Path, ...] = ()
    ids: tuple[str, ...] = ()
    """Known arXiv ids to check, looked up in batches."""

    def __post_init__(self) -> None:
        if self.author is not None:
            check_author_name(self.author)
        if not (self.author or self.arxiv_author_id or self.query or self.feeds or self.ids):
            raise ConfigError("name an author: --author NAME, --arxiv-author-id ID, or a profile")

    @property
    def label(self) -> str:
        """How the JSON report and the summary name the author."""
        if self.author:
            return self.author
        if self.arxiv_author_id:
            return self.arxiv_author_id
        return self.query or ", ".join(str(f) for f in self.feeds) or ", ".join(self.ids)

    @property
    def exact(self) -> bool:
        """An author-id (or ORCID) feed or a list of ids names only the author's papers: no name filter."""
        return bool(self.arxiv_author_id or self.ids) and not self.feeds


def fetch_papers(
    spec: SourceSpec, settings: ArxivSettings, *, progress: Progress | None = None, cache: JsonStore | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Paper]:
    """All papers the source lists, one per arXiv id (latest version); ``cache`` keeps a day's answers.

    An answer that may be incomplete or about someone else is never silent: a feed file
    that is visibly one page of a longer answer is refused, and ``warn`` hears of ids
    arXiv does not know and of a name query with no results.
    """
    notes: list[str] = []
    if spec.feeds:
        papers = read_feed_files(spec.feeds, whole=True)
    else:
        papers = _ask_arxiv(spec, settings, progress, cache, notes)
    for note in notes:
        if warn:
            warn(note)
    return papers


def _ask_arxiv(spec: SourceSpec, settings: ArxivSettings, progress: Progress | None, cache: JsonStore | None,
               notes: list[str]) -> list[Paper]:
    with ArxivClient(settings, progress=progress, cache=cache) as client:
        if spec.ids:
            papers = client.by_ids(spec.ids)
            found = {p.arxiv_id for p in papers}
            unknown = [i for i in spec.ids if (parsed := parse_arxiv_id(i)) and parsed.base not in found]
            if unknown:
                notes.append(f"arXiv has no paper {', '.join(unknown)}: check the id{'s' * (len(unknown) > 1)}")
            return papers
        if spec.arxiv_author_id:
            return client.author_feed(spec.arxiv_author_id)
        assert spec.author or spec.query
        queries = [spec.query] if spec.query else author_queries(spec.author or "", spec.aliases)
        papers = []
        for query in queries:
            papers += client.search(query)
        if not papers:
            hint = f"; check the spelling, or run `refsync authors \"{spec.author}\"`" if spec.author else ""
            notes.append(f"arXiv found no papers for {' OR '.join(queries)}{hint}")
        return dedupe(papers)


def fetch_paper(
    arxiv_id: str, settings: ArxivSettings, feeds: Sequence[Path] = (), *, cache: JsonStore | None = None
) -> Paper:
    """One paper by id: from saved feeds when given, else asked of the API (``id_list``) or today's cache."""
    parsed = parse_arxiv_id(arxiv_id)
    if parsed is None:
        raise ConfigError(f"{arxiv_id!r} is not an arXiv id")
    if feeds:
        papers, where = read_feed_files(feeds), ", ".join(str(f) for f in feeds)
    else:
        with ArxivClient(settings, cache=cache) as client:
            papers, where = client.by_ids([str(parsed)]), "arXiv"
    for paper in papers:
        if paper.arxiv_id == parsed.base:
            return paper
    raise SourceError(f"{where} has no paper {parsed}")


def selection_for(
    spec: SourceSpec,
    *,
    exclude: Sequence[str] = (),
    exclude_notes: dict[str, str] | None = None,
    categories: Sequence[str] = (),
    since: dt.date | None = None,
    warn: Callable[[str], None] | None = None,
) -> Selection:
    """The filter for a source: name filtering unless the source is already exact (``warn``: of namesakes)."""
    if warn and spec.author and not spec.exact and (note := namesake_warning(spec.author)):
        warn(note)
    return Selection(
        author=None if spec.exact else spec.author,
        aliases=spec.aliases,
        exclude=frozenset(exclude),
        exclude_notes=exclude_notes or {},
        categories=tuple(categories),
        since=since,
    )


@dataclass
class Outcome:
    """One target's result: what ``diff`` shows, plus what ``sync`` applied."""

    author: str
    target: dict[str, str]
    plan: Plan
    applied: Applied | None = None
    label: str = ""
    """The target as people read it (its path, or its collection and library)."""
    locate: Callable[[Record], str] = field(default=lambda record: record.key, repr=False)
    """Where one of the target's records lives, for the candidate view."""
    published: Mapping[str, Paper] = field(default_factory=dict)
    """Published versions an index named (arXiv id -> paper), which the plan carries."""


def diff(papers: Sequence[Paper], target: Target, selection: Selection, author: str,
         records: list[Record] | None = None, published: Mapping[str, Paper] | None = None,
         plans: JsonStore | None = None) -> Outcome:
    """Plan against ``target`` without writing anything; ``records`` when already read.

    ``published`` (from :func:`refsync.published.versions.look_up`) replaces new papers
    and present preprints by their published versions before the target computes updates.
    With ``plans``, the target's last plan is reused when its inputs are all the same.
    """
    found = target.records() if records is None else records
    key = json.dumps([target.describe(), author], sort_keys=True)
    plan = cached_plan(papers, found, selection, store=plans, key=key, make=lambda: make_plan(papers, found, selection))
    outcome = Outcome(author, target.describe(), plan, label=target.label(), locate=target.locate)
    if published:
        with_published(outcome, target, published)
    else:
        outcome.plan = target.with_updates(plan)
    return outcome


def with_published(outcome: Outcome, target: Target, published: Mapping[str, Paper]) -> None:
    """``outcome``'s plan carrying the published versions found, its updates computed anew from them."""
    from .published.versions import upgrade

    outcome.published = published
    outcome.plan = target.with_updates(upgrade(outcome.plan, published))


def apply(outcome: Outcome, papers: Sequence[Paper], target: Target, selection: Selection) -> Outcome:
    """Apply ``outcome``'s plan; if the library changed under it, re-read, re-plan and go on.

    What was written before the change counts, and the returned outcome shows the plan
    that was finally applied. A library that keeps changing stops the run.
    """
    applied = Applied()
    for attempt in range(REPLANS + 1):
        try:
            applied.merge(target.apply(outcome.plan))
            break
        except LibraryChanged as change:
            applied.merge(change.applied)
            if attempt == REPLANS:
                done = f"{len(applied.added)} added, {len(applied.updated)} updated before that"
                raise ConcurrentChangeError(f"{change}, again after {REPLANS} fresh plans ({done}); run sync again") from None
            outcome = diff(papers, target, selection, outcome.author, published=outcome.published)
    outcome.applied = applied
    return outcome


def sync(papers: Sequence[Paper], target: Target, selection: Selection, author: str) -> Outcome:
    """Plan against ``target`` and apply the plan."""
    return apply(diff(papers, target, selection, author), papers, target, selection)


def share_pinned_keys(targets: Sequence[Target], outcomes: Sequence[Outcome]) -> None:
    """A paper new to one library but pinned to a citation key in another gets that key.

    So a LaTeX document cites one key whichever library the entry came from.
    """
    pins: dict[str, str] = {}
    for target, outcome in zip(targets, outcomes):
        pins.update(target.pinned_keys(outcome.plan))
    if pins:
        for target in targets:
            target.adopt_keys(pins)
