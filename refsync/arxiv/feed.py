"""Parse arXiv's Atom responses (the 2025 and the legacy dialect) into papers.

Pure: bytes in, :class:`FeedPage` out. The HTTP layer decides what to do with an
empty page or an error feed; this module only says what the bytes contain.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from typing import Any
from xml.sax import SAXException

import feedparser
from feedparser.mixin import _FeedParserMixin

from .. import textnorm
from ..errors import ArxivApiError, FeedError
from ..ids import clean_doi, parse_arxiv_id
from ..model import Paper

ARXIV_NS = "http://arxiv.org/schemas/atom"
OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"

# feedparser names keys of unknown namespaces after the document's prefix; pinning the
# prefixes makes `arxiv_doi` and `opensearch_totalresults` stable whatever a feed uses.
_FeedParserMixin.namespaces[ARXIV_NS] = "arxiv"
_FeedParserMixin.namespaces[OPENSEARCH_NS] = "opensearch"


@dataclass(frozen=True)
class FeedPage:
    """One response: its papers, and the total arXiv says the query has."""

    papers: tuple[Paper, ...]
    total: int | None
    entries: int
    """Entries actually received (error entries excluded)."""


def parse_feed(data: bytes, *, source: str = "feed") -> FeedPage:
    """Parse one Atom response. Raises :class:`FeedError` for arXiv's error feed or non-Atom bytes."""
    if not data.strip():
        raise FeedError(f"{source}: empty response instead of an Atom feed")
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as error:  # noqa: BLE001 - feedparser means never to raise, yet some malformed bytes still make it
        raise FeedError(f"{source}: response is not an arXiv Atom feed ({type(error).__name__}: {error})") from None
    if not _looks_like_atom(parsed):
        detail = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "not an Atom feed"
        raise FeedError(f"{source}: response is not an arXiv Atom feed ({detail})")
    _raise_for_error_entry(parsed)
    papers = tuple(p for p in (_paper(e) for e in parsed.entries) if p is not None)
    return FeedPage(papers=papers, total=_total(parsed), entries=len(parsed.entries))


def _looks_like_atom(parsed: Any) -> bool:
    """An Atom document that is well-formed XML: a truncated page must not pass as short."""
    if isinstance(parsed.get("bozo_exception"), SAXException):
        return False
    return str(parsed.get("version", "")).startswith("atom")


def _raise_for_error_entry(parsed: Any) -> None:
    """arXiv reports errors as a feed with one entry titled ``Error`` (also with HTTP 200)."""
    for entry in parsed.entries:
        if entry.get("title", "").strip() == "Error" and "/api/errors" in entry.get("id", ""):
            message = textnorm.collapse_whitespace(entry.get("summary", "")) or "unknown error"
            raise ArxivApiError(f"arXiv API error: {message}")


def _total(parsed: Any) -> int | None:
    value = parsed.feed.get("opensearch_totalresults")
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _paper(entry: Any) -> Paper | None:
    """One entry as a Paper; None for an entry without a recognisable arXiv id."""
    arxiv_id = parse_arxiv_id(entry.get("id", ""))
    if arxiv_id is None:
        return None
    return Paper(
        arxiv_id=arxiv_id.base,
        version=arxiv_id.version or 1,
        title=textnorm.collapse_whitespace(entry.get("title", "")),
        authors=_authors(entry),
        abstract=textnorm.collapse_whitespace(entry.get("summary", "")),
        published=_date(entry.get("published_parsed")),
        updated=_date(entry.get("updated_parsed")),
        primary_class=_primary(entry),
        categories=_categories(entry),
        dois=_dois(entry),
        journal_ref=_text(entry.get("arxiv_journal_ref")),
        comment=_text(entry.get("arxiv_comment")),
    )


_AUTHOR_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _authors(entry: Any) -> tuple[str, ...]:
    """All authors in order; never ``entry.author``, which feedparser sets to the last one.

    The author-id feeds (``.atom2``) may put every author into one ``<name>``, comma
    separated; arXiv names have no commas of their own, so splitting is safe.
    """
    names = [textnorm.collapse_whitespace(a.get("name", "")) for a in entry.get("authors", [])]
    names = [n for n in names if n]
    if len(names) == 1 and "," in names[0]:
        names = [n.strip() for n in _AUTHOR_SPLIT.split(names[0]) if n.strip()]
    return tuple(names)


def _primary(entry: Any) -> str | None:
    primary = entry.get("arxiv_primary_category")
    if isinstance(primary, dict) and primary.get("term"):
        return str(primary["term"])
    tags = _categories(entry)
    return tags[0] if tags else None


def _categories(entry: Any) -> tuple[str, ...]:
    terms: list[str] = []
    for tag in entry.get("tags", []):
        for term in str(tag.get("term") or "").split(","):
            term = term.strip()
            if term and term not in terms:
                terms.append(term)
    return tuple(terms)


def _dois(entry: Any) -> tuple[str, ...]:
    """Every published DOI, as arXiv writes it: ``arxiv:doi`` keeps only the last, the doi links keep them all.

    The ``/a/`` author feeds have no doi links and one ``arxiv:doi`` with arXiv's raw DOI
    field, which separates several DOIs by spaces.
    """
    found: list[str] = []
    candidates = [link.get("href", "") for link in entry.get("links", []) if link.get("title") == "doi"]
    candidates += str(entry.get("arxiv_doi") or "").split()  # the author feeds put all DOIs in one element
    for value in candidates:
        doi = clean_doi(value or "")
        if doi and doi.lower() not in {f.lower() for f in found}:
            found.append(doi)
    return tuple(found)


def _text(value: Any) -> str | None:
    text = textnorm.collapse_whitespace(str(value)) if value else ""
    return text or None


def _date(parsed: time.struct_time | None) -> dt.date | None:
    if not parsed:
        return None
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
