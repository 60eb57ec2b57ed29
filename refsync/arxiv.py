"""The arXiv source: ask the API (or a saved feed) for an author's papers.

What to ask (:func:`author_queries`) is kept apart from how to fetch it
(:class:`ArxivClient`: paging, spacing, retries) and from what came back
(:mod:`refsync.feed`). The client never returns a partial list: a page that stays
empty or broken after every retry ends the run with an error instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx2

from . import names, textnorm
from .errors import FeedError, NetworkError, SourceError
from .feed import FeedPage, parse_feed
from .http import RetryPolicy, Spacer, Transient, classify, make_client, min_interval, parse_delay, retrying
from .ids import parse_arxiv_id
from .model import Paper

DEFAULT_API_URL = "https://export.arxiv.org/api/query"
DEFAULT_AUTHOR_FEED_URL = "https://arxiv.org/a/{id}.atom2"

Progress = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class ArxivSettings:
    api_url: str = DEFAULT_API_URL
    author_feed_url: str | None = None
    """Template with ``{id}``; by default on the host of ``api_url`` (arxiv.org for the real API)."""
    delay: float = 3.0
    page_size: int = 200
    timeout: float = 30.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def author_feed(self, author_id: str) -> str:
        template = self.author_feed_url
        if template is None:
            parts = urlsplit(self.api_url)
            host = parts.netloc
            template = (
                DEFAULT_AUTHOR_FEED_URL
                if host.endswith("arxiv.org")
                else f"{parts.scheme}://{host}/a/{{id}}.atom2"
            )
        return template.format(id=author_id)


def author_queries(name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Broad ``search_query`` strings that find every paper of a name and its aliases.

    The 2025 API reads ``au:Surname,I`` as "surname, forename starting with I" within one
    author, which finds "Eric J. Michaud", "E. J. Michaud" and "Eric Michaud" alike; the
    exact person is then picked out client-side (:mod:`refsync.plan`). A family name of
    several words is searched as a quoted phrase instead. Accents are folded because
    the API rejects non-ASCII queries.
    """
    queries: list[str] = []
    for form in (name, *aliases):
        query = _author_query(names.parse_name(form))
        if query and query not in queries:
            queries.append(query)
    return queries


def _author_query(name: names.Name) -> str:
    family = textnorm.strip_accents(name.family).replace("{", "").replace("}", "")
    words = [w for w in family.replace("-", " ").split() if w]
    if not words:
        return ""
    if len(words) > 1:
        return 'au:"' + " ".join(words) + '"'
    given = names.given_tokens(name)
    return f"au:{words[0]},{given[0][0].upper()}" if given else f"au:{words[0]}"


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """One paper per base id, the latest version kept, first-seen order preserved."""
    best: dict[str, Paper] = {}
    for paper in papers:
        kept = best.get(paper.arxiv_id)
        if kept is None or paper.version > kept.version:
            best[paper.arxiv_id] = paper
    return list(best.values())


def read_feed_files(paths: Iterable[Path]) -> list[Paper]:
    """Papers from saved Atom responses, for offline use (``--feed``)."""
    papers: list[Paper] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise SourceError(f"cannot read feed {path}: {error.strerror or error}") from error
        papers += parse_feed(data, source=str(path)).papers
    return dedupe(papers)


class ArxivClient:
    """Fetches complete result lists from the arXiv API, politely."""

    def __init__(
        self,
        settings: ArxivSettings | None = None,
        *,
        client: httpx2.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        progress: Progress | None = None,
    ) -> None:
        self.settings = settings or ArxivSettings()
        self._client = client or make_client(self.settings.timeout)
        self._sleep = sleep
        self._progress = progress
        self._spacer = Spacer(min_interval(self.settings.api_url, self.settings.delay), sleep)
        self.requests = 0
        """Requests sent, retries included: benchmarks and tests read it."""

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ArxivClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, search_query: str) -> list[Paper]:
        """Every paper matching ``search_query``, paging until arXiv's total is reached."""
        papers: list[Paper] = []
        start, total = 0, None
        while True:
            page = self._page(search_query, start, total)
            if total is None:
                total = page.total
            papers += page.papers
            start += page.entries
            if self._progress:
                self._progress(start, total)
            if self._finished(page, start, total):
                return dedupe(papers)

    def _finished(self, page: FeedPage, received: int, total: int | None) -> bool:
        """Done on an empty page, or on a short page once the stated total is reached.

        A full page always asks for one more, so a total that understates the results
        cannot cut the list short; a short page below the total (a server capping the
        page size) does not end it either.
        """
        if page.entries == 0:
            return True
        short = page.entries < self.settings.page_size
        return short and (total is None or received >= total)

    def author_feed(self, author_id: str) -> list[Paper]:
        """The papers an author has claimed: their arXiv author id or linked ORCID feed."""
        url = self.settings.author_feed(author_id)
        return dedupe(self._fetch(url, {}, allow_empty=True).papers)

    def by_ids(self, ids: Iterable[str]) -> list[Paper]:
        """The papers with these arXiv ids (``arXiv:2303.13506v2``, a URL, ...), in the order asked.

        One ``id_list`` request per ``page_size`` ids. arXiv leaves out ids it does not
        know and does not keep the order, so papers are matched back by id, and an id
        with no paper is simply absent from the result. A version (``v2``) asks for it;
        a malformed id is arXiv's to reject (an error feed, raised as :class:`FeedError`).
        """
        wanted = list(dict.fromkeys(str(parsed) if (parsed := parse_arxiv_id(i)) else i for i in ids))
        found: dict[str, Paper] = {}
        for start in range(0, len(wanted), self.settings.page_size):
            chunk = wanted[start : start + self.settings.page_size]
            params = {"id_list": ",".join(chunk), "start": "0", "max_results": str(len(chunk))}
            for paper in self._fetch(self.settings.api_url, params, allow_empty=True).papers:
                found[paper.arxiv_id] = paper
        bases = [parsed.base if (parsed := parse_arxiv_id(i)) else i for i in wanted]
        return [found[base] for base in bases if base in found]

    def _page(self, search_query: str, start: int, total: int | None) -> FeedPage:
        params = {
            "search_query": search_query,
            "start": str(start),
            "max_results": str(self.settings.page_size),
            "sortBy": "submittedDate",
            "sortOrder": "descending",
        }
        # The first page may be empty (no results); a later page within the total may not.
        must_have_entries = start > 0 and (total is None or start < total)
        return self._fetch(self.settings.api_url, params, allow_empty=not must_have_entries)

    def _fetch(self, url: str, params: dict[str, str], *, allow_empty: bool) -> FeedPage:
        where = f"{urlsplit(url).netloc} (start={params.get('start', 0)})"
        try:
            for attempt in retrying(self.settings.retry, self._sleep):
                with attempt:
                    return self._try_fetch(url, params, allow_empty=allow_empty, where=where)
        except Transient as error:
            raise NetworkError(
                f"arXiv did not give a usable answer after {self.settings.retry.attempts} attempts: {error}"
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _try_fetch(self, url: str, params: dict[str, str], *, allow_empty: bool, where: str) -> FeedPage:
        self._spacer.wait()
        self.requests += 1
        try:
            response = self._client.get(url, params=params)
        except httpx2.TimeoutException:
            raise Transient(f"{where} timed out") from None
        except httpx2.TransportError as error:
            raise Transient(f"cannot reach {where}: {error}") from None
        backoff = parse_delay(response.headers.get("Backoff"))
        if backoff:
            self._spacer.defer(backoff)
        classify(response)
        try:
            page = parse_feed(response.content, source=where)
        except FeedError as error:
            if str(error).startswith("arXiv API error"):
                raise
            raise Transient(str(error)) from None
        if response.status_code >= 400:
            raise SourceError(f"arXiv answered HTTP {response.status_code} for {where}")
        if page.entries == 0 and not allow_empty:
            raise Transient(f"arXiv returned an empty page at {where}")
        return page
