"""Semantic Scholar's Graph API as a published-version source (``--published semanticscholar``).

Why this index: it looks papers up by arXiv id, up to 500 in one ``POST /paper/batch``, and
knows CS conferences that have no DOI (NeurIPS, ICLR); see the README's comparison. Its
answer is a list in request order with ``null`` for unknown ids. Without a key the shared
pool allows about 100 requests in 5 minutes, with a free key (``x-api-key``) 1 per second;
both are kept to, and a 429's ``Retry-After`` is honoured (:mod:`refsync.http`).

A day's answers are cached per id (a whole 200 answer only, never an error). What the index
calls a venue is trusted only as far as it goes: ``arXiv.org``/``ArXiv`` is no publication,
and a record that is neither a conference nor a journal is left out.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx2
import keyring
import keyring.errors

from ..cache import JsonStore, Untrusted
from ..errors import NetworkError, SourceError
from ..http import (
    Spacer,
    Transient,
    classify,
    make_client,
    parse_delay,
    retried,
)
from ..ids import parse_arxiv_id
from ..journalref import JournalRef
from ..retry import RetryPolicy
from .settings import PublishedSettings
from .venues import Venue, known_venue
from .versions import Candidate

NAME = "Semantic Scholar"
API_URL = "https://api.semanticscholar.org/graph/v1"
FIELDS = "title,authors,year,venue,publicationVenue,journal,externalIds,publicationTypes"
MAX_IDS = 500
"""The batch endpoint's limit per request."""
INTERVAL_WITH_KEY, INTERVAL_WITHOUT_KEY = 1.0, 3.0
"""1 request/s with a key; the shared pool's 100 per 5 minutes without one."""
ENV_KEY = "SEMANTIC_SCHOLAR_API_KEY"
KEYRING_USER = "semanticscholar-api-key"
_NOT_A_VENUE = {"", "arxiv", "arxiv.org", "corr"}


def api_key() -> str | None:
    """``$SEMANTIC_SCHOLAR_API_KEY``, else the keyring entry ``refsync``/``semanticscholar-api-key``; optional."""
    if os.environ.get(ENV_KEY):
        return os.environ[ENV_KEY]
    try:
        return keyring.get_password("refsync", KEYRING_USER)
    except keyring.errors.KeyringError:
        return None


def answer_cache(*, refresh: bool = False) -> JsonStore:
    """A day's answers, kept as Semantic Scholar sent them: they depend on no refsync code but the layout."""
    return JsonStore("semanticscholar", refresh=refresh)


class SemanticScholar:
    """Asks the batch endpoint about arXiv ids; one request per 500 ids not cached today."""

    name = NAME

    def __init__(
        self,
        settings: PublishedSettings,
        *,
        key: str | None = None,
        cache: JsonStore | None = None,
        sleep: Callable[[float], None] = time.sleep,
        today: Callable[[], dt.date] = lambda: dt.datetime.now(dt.UTC).date(),
    ) -> None:
        self.url = (settings.api_url or API_URL).rstrip("/") + "/paper/batch"
        self._key = key
        default = INTERVAL_WITH_KEY if key else INTERVAL_WITHOUT_KEY
        self._spacer = Spacer(default if settings.delay is None else settings.delay, sleep)
        self._retry: RetryPolicy = settings.retry
        self._sleep = sleep
        self._client = make_client(settings.timeout)
        self._cache = cache
        self._today = today
        self.requests = 0

    def close(self) -> None:
        self._client.close()

    def candidates(self, arxiv_ids: Sequence[str]) -> dict[str, Candidate]:
        answers: dict[str, dict[str, Any] | None] = {}
        missing = []
        for arxiv_id in dict.fromkeys(arxiv_ids):
            cached = self._cache.get(self._cache_key(arxiv_id), self._read_cached) if self._cache else None
            if cached is None:
                missing.append(arxiv_id)
            else:
                answers[arxiv_id] = cached["paper"]
        for start in range(0, len(missing), MAX_IDS):
            chunk = missing[start : start + MAX_IDS]
            for arxiv_id, paper in zip(chunk, self._batch(chunk), strict=True):
                answers[arxiv_id] = paper
                if self._cache:
                    self._cache.put(self._cache_key(arxiv_id), {"date": self._today().isoformat(), "paper": paper})
        found = {}
        for arxiv_id, paper in answers.items():
            candidate = candidate_from(arxiv_id, paper) if paper else None
            if candidate is not None:
                found[arxiv_id] = candidate
        return found

    def _cache_key(self, arxiv_id: str) -> str:
        return f"{self.url}?fields={FIELDS}&id=arXiv:{arxiv_id}"

    def _read_cached(self, payload: dict[str, Any]) -> dict[str, Any]:
        if payload["date"] != self._today().isoformat():
            raise Untrusted(f"asked on {payload['date']}")
        if payload["paper"] is not None and not isinstance(payload["paper"], dict):
            raise Untrusted("not a paper")
        return payload

    def _batch(self, arxiv_ids: list[str]) -> list[dict[str, Any] | None]:
        try:
            return retried(lambda: self._try_batch(arxiv_ids), self._retry, self._sleep)
        except Transient as error:
            raise NetworkError(f"{NAME} did not answer after {self._retry.attempts} attempts: {error}") from None

    def _try_batch(self, arxiv_ids: list[str]) -> list[dict[str, Any] | None]:
        self._spacer.wait()
        self.requests += 1
        headers = {"x-api-key": self._key} if self._key else {}
        try:
            response = self._client.post(self.url, params={"fields": FIELDS},
                                         json={"ids": [f"arXiv:{i}" for i in arxiv_ids]}, headers=headers)
        except httpx2.TimeoutException:
            raise Transient(f"{NAME} timed out") from None
        except httpx2.TransportError as error:
            raise Transient(f"cannot reach {NAME}: {error}") from None
        if response.status_code == 429:
            self._spacer.defer(parse_delay(response.headers.get("Retry-After")) or 0.0)
        classify(response)
        if response.status_code in (401, 403):
            raise NetworkError(f"{NAME} refused the API key (HTTP {response.status_code})")
        if response.status_code != 200:
            raise SourceError(f"{NAME} answered HTTP {response.status_code}: {_message(response)}")
        try:
            body = response.json()
        except ValueError:
            raise Transient(f"{NAME} sent a broken answer") from None
        if not isinstance(body, list) or len(body) != len(arxiv_ids):
            raise Transient(f"{NAME} answered {len(body) if isinstance(body, list) else 'no list'} for {len(arxiv_ids)} ids")
        return [p if isinstance(p, dict) else None for p in body]


def _message(response: httpx2.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    return str(body.get("error") or body.get("message") or body)[:200] if isinstance(body, dict) else str(body)[:200]


def candidate_from(arxiv_id: str, paper: dict[str, Any]) -> Candidate | None:
    """The published version a batch answer describes, or None when it names none.

    Its year is left to :func:`~refsync.published.versions.published_year`: for a paper
    S2 merged with its arXiv copy, ``year`` and ``publicationDate`` are the preprint's.
    """
    found = _venue(paper)
    if found is None:
        return None
    venue, row, alternates = found
    ext = paper.get("externalIds") or {}
    linked = parse_arxiv_id(str(ext.get("ArXiv") or ""))
    if linked is not None and linked.base != arxiv_id:
        return None  # the answer is about another arXiv paper
    doi = str(ext.get("DOI") or "") or None
    authors = tuple(str(a.get("name")) for a in paper.get("authors") or () if isinstance(a, dict) and a.get("name"))
    year = paper.get("year") if isinstance(paper.get("year"), int) else None
    acronyms = (row.short, *row.acronyms) if row else tuple(a for a in alternates if _is_acronym(a))
    return Candidate(
        arxiv_id=arxiv_id,
        record_id=str(paper.get("paperId") or ""),
        title=str(paper.get("title") or ""),
        authors=authors,
        year=year,
        venue=venue,
        short_venue=acronyms[0] if acronyms else None,
        doi=None if doi is None or doi.lower().startswith("10.48550/") else doi,
        acronyms=acronyms,
    )


def _venue(paper: dict[str, Any]) -> tuple[JournalRef, Venue | None, tuple[str, ...]] | None:
    """A conference (booktitle) or journal (journal, volume, pages), from S2's venue fields.

    A venue in :data:`~refsync.published.venues.VENUES` is written as the table says;
    returned with its row and S2's alternate names.
    """
    pv = _table(paper.get("publicationVenue"))
    journal = _table(paper.get("journal"))
    name = str(pv.get("name") or paper.get("venue") or "").strip()
    kind = pv.get("type")
    if name.casefold() in _NOT_A_VENUE or kind not in ("conference", "journal"):
        return None
    alternates = tuple(a for a in pv.get("alternate_names") or () if isinstance(a, str))
    row = known_venue(name, alternates)
    written = row.written if row else name
    if row.kind == "inproceedings" if row else kind == "conference":
        return JournalRef(kind="inproceedings", booktitle=written), row, alternates
    journal_name = str(journal.get("name") or "")
    same_journal = journal_name.casefold() == name.casefold() or (row is not None and known_venue(journal_name) is row)
    pages = str(journal.get("pages") or "").strip().replace(" ", "") if same_journal else ""
    volume = str(journal.get("volume") or "").strip() if same_journal else ""
    ref = JournalRef(kind="article", journal=written, volume=volume or None,
                     pages=pages.replace("-", "--") if pages and "--" not in pages else pages or None)
    return ref, row, alternates


def _table(value: Any) -> dict[str, Any]:
    """A JSON object S2 may send as ``null``: an empty one instead."""
    return value if isinstance(value, dict) else {}


def _is_acronym(name: str) -> bool:
    """``NeurIPS``, ``ICLR``: one word with a capital after its first letter."""
    return " " not in name and any(c.isupper() for c in name[1:])
