"""The arXiv source: ask the API (or a saved feed) for an author's papers.

What to ask (:func:`author_queries`) is kept apart from how to fetch it
(:class:`ArxivClient`: paging, spacing, retries) and from what came back
(:mod:`refsync.arxiv.feed`). The client never returns a partial list: a page that stays
empty or broken after every retry ends the run with an error instead.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from . import feed

from .. import ids, model, names, textnorm
from ..cache import JsonStore, Untrusted, paper_from_json, paper_to_json, source_fingerprint
from ..errors import ArxivApiError, ConfigError, FeedError, HttpStatusError, NetworkError, SourceError
from .feed import FeedPage, parse_feed
from ..http import Spacer, Transient, classify, make_client, min_interval, parse_delay, retried
from ..ids import parse_arxiv_id
from ..model import Paper
from .settings import ArxivSettings

if TYPE_CHECKING:
    import httpx2


Progress = Callable[[int, "int | None"], None]


def author_queries(name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Broad ``search_query`` strings that find every paper of a name and its aliases.

    The 2025 API reads ``au:Surname,I`` as "surname, forename starting with I" within one
    author, which finds "Eric J. Michaud", "E. J. Michaud" and "Eric Michaud" alike; the
    exact person is then picked out client-side (:mod:`refsync.plan`). A family name of
    several words (particles: "de Bruyn Kops") is searched as a quoted phrase instead. A
    hyphenated family name is one word to arXiv's author index ("Parker-Sartori"), and an
    apostrophe stays inside its word ("O'Brien"): both are sent as written. Accents are
    folded because the API rejects non-ASCII queries. A name that gives no query is an
    error, not an empty list.
    """
    queries: list[str] = []
    for form in (name, *aliases):
        check_author_name(form)
        query = _author_query(names.parse_name(form))
        if not query:
            raise ConfigError(f"{form!r} has no family name to search arXiv for")
        if query not in queries:
            queries.append(query)
    return queries


_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def check_author_name(name: str) -> None:
    """Refuse a name arXiv's author query would silently misread as another person's.

    "Tegmark M" (family name first, initials last, no comma) would search for a family
    name "M": zero papers reported as success.
    """
    words = name.split()
    if not words:
        raise ConfigError("the author name is blank: give a name such as \"Eric J. Michaud\"")
    if "," not in name and len(words) > 1 and _INITIALS.fullmatch(words[-1]):
        family, initials = " ".join(words[:-1]), words[-1]
        raise ConfigError(f"{name!r} reads as the family name {initials!r}; write \"{initials} {family}\" "
                          f"or \"{family}, {initials}\"")


def namesake_warning(name: str) -> str | None:
    """A name without a given name or initial cannot tell namesakes apart: say so."""
    if names.given_tokens(names.parse_name(name)):
        return None
    return (f"{name!r} has no given name or initial: papers of every author named {name} are kept; "
            "add a given name, or see `refsync authors` to pick aliases and excludes")


def _author_query(name: model.Name) -> str:
    family = textnorm.strip_accents(name.family).replace("{", "").replace("}", "")
    words = family.split()
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


def read_feed_files(paths: Iterable[Path], *, whole: bool = False) -> list[Paper]:
    """Papers from saved Atom responses, for offline use (``--feed``).

    With ``whole``, the files must hold a whole answer: one page of a longer list (its
    ``totalResults`` counts more papers than all the files hold) is refused, since the
    missing pages would read as papers the author does not have.
    """
    papers: list[Paper] = []
    stated: list[tuple[Path, int]] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise SourceError(f"cannot read feed {path}: {error.strerror or error}") from error
        page = parse_feed(data, source=str(path))
        papers += page.papers
        if page.total is not None and page.total > page.entries:
            stated.append((path, page.total))
    papers = dedupe(papers)
    for path, total in stated:
        if whole and total > len(papers):
            raise SourceError(f"feed {path} is one page of a longer answer: arXiv counted {total} results, "
                              f"the feeds hold {len(papers)}; save every page, or ask the API")
    return papers


def response_cache(*, refresh: bool = False) -> JsonStore:
    """Where a day's complete arXiv answers are kept (as papers), by URL and parameters.

    The papers depend on the code that read the feed, so a new refsync asks again.
    """
    return JsonStore("arxiv", refresh=refresh, producer=source_fingerprint(feed, model, ids, textnorm))


def utc_today() -> dt.date:
    """arXiv publishes once a day (around midnight UTC): a day's answers stay valid all day."""
    return dt.datetime.now(dt.UTC).date()


class ArxivClient:
    """Fetches complete result lists from the arXiv API, politely.

    With a ``cache``, a complete list fetched today is answered from it without a
    request. Only whole lists are stored, never an error or a partial list, and never
    an empty one (arXiv's backend sometimes answers 200 with no results by mistake).
    """

    def __init__(
        self,
        settings: ArxivSettings | None = None,
        *,
        client: httpx2.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        progress: Progress | None = None,
        cache: JsonStore | None = None,
        today: Callable[[], dt.date] = utc_today,
    ) -> None:
        self.settings = settings or ArxivSettings()
        self._given = client
        self._made: httpx2.Client | None = None
        self._sleep = sleep
        self._progress = progress
        # The API and the author feeds are both arXiv: one spacing for both, the stricter host's.
        interval = max(min_interval(url, self.settings.delay)
                       for url in (self.settings.api_url, self.settings.author_feed("id")))
        self._spacer = Spacer(interval, sleep)
        self._cache = cache
        self._today = today
        self.requests = 0
        """Requests sent, retries included: benchmarks and tests read it."""

    @property
    def _client(self) -> httpx2.Client:
        """The HTTP client, made at the first request: a run answered from today's cache makes none."""
        if self._given is not None:
            return self._given
        if self._made is None:
            self._made = make_client(self.settings.timeout)
        return self._made

    def close(self) -> None:
        """Close the HTTP client; one given by the caller is closed too, as before."""
        if self._given is not None:
            self._given.close()
        if self._made is not None:
            self._made.close()

    def __enter__(self) -> ArxivClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(self, search_query: str) -> list[Paper]:
        """Every paper matching ``search_query``, paging until arXiv's total is reached."""
        params = {
            "search_query": search_query,
            "max_results": str(self.settings.page_size),
            "sortBy": "submittedDate",
            "sortOrder": "descending",
        }
        url = self.settings.api_url
        return self._listing(url, params, partial(self._pages, url, params, None))

    def by_ids(self, ids: Iterable[str]) -> list[Paper]:
        """The papers with these arXiv ids (``arXiv:2303.13506v2``, a URL, ...), in the order asked.

        One ``id_list`` request per ``page_size`` ids, not one per id. arXiv leaves out
        ids it does not know and does not keep the order, so papers are matched back by
        id, and an id with no paper is simply absent from the result. A version (``v2``)
        asks for it; a malformed id is arXiv's to reject (an error feed, raised as
        :class:`FeedError`).
        """
        wanted = list(dict.fromkeys(str(parsed) if (parsed := parse_arxiv_id(i)) else i for i in ids))
        found: dict[str, Paper] = {}
        size = self.settings.page_size
        for start in range(0, len(wanted), size):
            chunk = wanted[start : start + size]
            params = {"id_list": ",".join(chunk), "max_results": str(len(chunk))}
            url = self.settings.api_url
            for paper in self._listing(url, params, partial(self._pages, url, params, len(chunk))):
                found[paper.arxiv_id] = paper
        bases = [parsed.base if (parsed := parse_arxiv_id(i)) else i for i in wanted]
        return [found[base] for base in bases if base in found]

    def author_feed(self, author_id: str) -> list[Paper]:
        """The papers an author has claimed: their arXiv author id or linked ORCID feed.

        arXiv serves the whole list in one response (no paging, no limit), so it is never
        paged; ``author_id`` must already be normalised (:mod:`refsync.arxiv.author_ids`).
        """
        url = self.settings.author_feed(author_id)
        return self._listing(url, {}, lambda: [self._author_page(author_id, url)])

    def _author_page(self, author_id: str, url: str) -> FeedPage:
        """The author feed, refused when it is not the whole list.

        arXiv answers an unknown id and an ORCID linked to no account alike (HTTP 400, an
        HTML page), and serves an empty feed when its database fails as well as for an
        author without papers: an empty feed is retried like an empty first page, and
        never taken as "no papers".
        """

        def whole(page: FeedPage) -> None:
            if page.entries == 0:
                raise Transient(
                    f"arXiv's author feed for '{author_id}' lists no papers ({url}); arXiv serves the same empty "
                    "feed when its database is unavailable, so it is not taken as the whole list: check that the "
                    "papers are claimed on arXiv, or try again later"
                )

        try:
            page = self._fetch(url, {}, start=0, total=None, check=whole)
        except HttpStatusError as error:
            if error.status not in (400, 404):
                raise
            raise SourceError(
                f"arXiv has no author feed for '{author_id}' (HTTP {error.status} from {url}): check the id on "
                "your arXiv author page (arxiv.org/a/...) or that the ORCID is linked to your arXiv account"
            ) from None
        if page.total is not None and page.entries < page.total:
            raise SourceError(
                f"arXiv's author feed for '{author_id}' holds {page.entries} of {page.total} papers ({url}): "
                "a capped feed is not the whole list"
            )
        return page

    def _listing(self, url: str, params: dict[str, str], fetch: Callable[[], Iterable[FeedPage]]) -> list[Paper]:
        """The complete list at ``url``: from today's cache, else ``fetch``ed (and then cached)."""
        key = f"{url}?{urlencode(sorted(params.items()))}"
        cached = self._cache.get(key, self._read_cached) if self._cache else None
        if cached is not None:
            return cached
        pages = fetch()
        papers = dedupe(p for page in pages for p in page.papers)
        if self._cache and papers:
            self._cache.put(key, {"date": self._today().isoformat(), "papers": [paper_to_json(p) for p in papers]})
        return papers

    def _read_cached(self, payload: dict[str, Any]) -> list[Paper]:
        if payload["date"] != self._today().isoformat():
            raise Untrusted(f"fetched on {payload['date']}; arXiv has published since")
        papers = [paper_from_json(p) for p in payload["papers"]]
        if not papers:
            raise Untrusted("no papers")
        return papers

    def _pages(self, url: str, params: dict[str, str], limit: int | None) -> Iterator[FeedPage]:
        """Every page of a result list, paging until arXiv's total (or ``limit``) is reached."""
        start, total = 0, None
        while True:
            page = self._page(url, params, start, total)
            yield page
            if total is None:
                total = page.total
            start += page.entries
            if self._progress:
                self._progress(start, total)
            if self._finished(page, start, total) or (limit is not None and start >= limit):
                return

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

    def _page(self, url: str, params: dict[str, str], start: int, total: int | None) -> FeedPage:
        return self._fetch(url, {**params, "start": str(start)}, start=start, total=total)

    def _fetch(self, url: str, params: dict[str, str], *, start: int, total: int | None,
               check: Callable[[FeedPage], None] = lambda page: None) -> FeedPage:
        """One page, tried again while the answer is transient; ``check`` raises :class:`Transient` for more."""
        where = f"{urlsplit(url).netloc} (start={params.get('start', 0)})"

        def attempt() -> FeedPage:
            page = self._try_fetch(url, params, start=start, total=total, where=where)
            check(page)
            return page

        try:
            return retried(attempt, self.settings.retry, self._sleep)
        except Transient as error:
            raise NetworkError(
                f"arXiv did not give a usable answer after {self.settings.retry.attempts} attempts: {error}"
            ) from None

    def _try_fetch(self, url: str, params: dict[str, str], *, start: int, total: int | None, where: str) -> FeedPage:
        import httpx2

        client = self._client  # made before the wait, so the spacing is between the requests themselves
        self._spacer.wait()
        self.requests += 1
        try:
            response = client.get(url, params=params)
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
        except ArxivApiError:
            raise
        except FeedError as error:  # a broken or cut-off page: another try may get a whole one
            if response.status_code >= 400:  # ... unless arXiv refused the request (an HTML error page)
                raise HttpStatusError(response.status_code, where) from None
            raise Transient(str(error)) from None
        if response.status_code >= 400:
            raise HttpStatusError(response.status_code, where)
        if page.entries == 0 and not empty_is_the_answer(start, total if total is not None else page.total):
            stated = "" if page.total is None else f" although its total says {page.total}"
            raise Transient(f"arXiv returned an empty page at {where}{stated}")
        return page


def empty_is_the_answer(start: int, total: int | None) -> bool:
    """An empty page ends a list only where arXiv's total says the list ends.

    arXiv sometimes answers a page, the first one included (notably right after a 429),
    with a valid feed of no entries while ``totalResults`` counts the results: that is a
    failure to retry, not "no papers". A first page without any total is taken as empty
    (the author-id feeds state none); a later one is not.
    """
    if total is None:
        return start == 0
    return start >= total
