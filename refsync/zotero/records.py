"""One Zotero item's JSON as the :class:`~refsync.model.Record` the matcher compares. Pure.

arXiv ids and DOIs are looked for wherever Zotero, its translators (old and new) and
plugins leave them, so an item is recognised however it was made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from .. import names
from ..ids import find_arxiv_ids, find_dois, normalize_doi, parse_arxiv_id
from ..model import Found, Name, Record

__all__ = ["NOT_WORKS", "extra_arxiv_ids", "item_year", "record_from_item"]

NOT_WORKS = frozenset({"note", "attachment", "annotation"})
"""Item types that are not works: children, standalone notes and files."""

_EXTRA_ARXIV = re.compile(r"^\s*(?:tex\.)?(?:arxiv(?:\s*id)?|arxivid|eprint)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)
_EXTRA_DOI = re.compile(r"^\s*DOI\s*:\s*(?P<value>\S+)", re.IGNORECASE)
_EXTRA_CITEKEY = re.compile(r"^\s*(?:Citation Key|bibtex)\s*:\s*(?P<value>\S+)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_ARXIV_FIELDS = ("archiveID", "DOI", "extra", "url", "publicationTitle", "proceedingsTitle",
                 "reportNumber", "number", "archiveLocation")
"""Where Zotero, its translators (old and new) and plugins leave an arXiv id, strongest first."""
_TITLE_FIELDS = ("title", "caseName", "nameOfAct", "subject")


def record_from_item(item: Mapping[str, Any]) -> Record:
    """What the matcher needs from one Zotero item (API object or its ``data``). Pure.

    arXiv ids are found in ``archiveID``, the ``10.48550/arXiv.`` DOI, every historical
    Extra form (``arXiv:2201.00738 [hep-ex]``, ``arXiv: 1107.4612``, ``tex.eprint: …``),
    arxiv.org URLs and the legacy ``publicationTitle`` ``arXiv:… [cs]``; DOIs in the DOI
    field, ``DOI:`` lines of Extra and doi.org URLs.
    """
    data: Mapping[str, Any] = item["data"] if isinstance(item.get("data"), Mapping) else item
    extra = str(data.get("extra") or "")
    return Record(
        key=str(data.get("key", "")),
        title=next((str(data[f]) for f in _TITLE_FIELDS if data.get(f)), ""),
        authors=tuple(_creator_name(c) for c in data.get("creators") or () if _has_name(c)),
        year=item_year(data),
        arxiv_ids=tuple(_arxiv_ids(data)),
        dois=tuple(_dois(data)),
        kind=str(data.get("itemType", "")),
        collections=frozenset(data.get("collections") or ()),
        trashed=bool(data.get("deleted")),
        citation_key=str(data.get("citationKey") or "") or _extra_value(extra, _EXTRA_CITEKEY),
        version=int(data["version"]) if isinstance(data.get("version"), int) else None,
    )


def _arxiv_ids(data: Mapping[str, Any]) -> Iterator[Found]:
    seen: set[str] = set()
    for name in _ARXIV_FIELDS:
        value = str(data.get(name) or "")
        if not value:
            continue
        texts = value.splitlines() if name == "extra" else [value]
        for text in texts:
            for base in _ids_in(name, text):
                if base not in seen:
                    seen.add(base)
                    yield Found(base, name, text.strip())


def _ids_in(name: str, text: str) -> list[str]:
    if name == "extra":
        m = _EXTRA_ARXIV.match(text) or _EXTRA_DOI.match(text)
        if m:
            exact = parse_arxiv_id(m.group("value")) or parse_arxiv_id(f"arXiv:{m.group('value')}")
            if exact:
                return [exact.base]
    exact = parse_arxiv_id(text)
    if exact:
        return [exact.base]
    if "arxiv" in text.lower():
        return [found.base for found in find_arxiv_ids(text)]
    return []


def extra_arxiv_ids(extra: str) -> set[str]:
    """The arXiv ids (base) Extra's lines carry, in any of the forms Zotero and its plugins write."""
    return {base for line in extra.splitlines() for base in _ids_in("extra", line)}


def _dois(data: Mapping[str, Any]) -> Iterator[Found]:
    seen: set[str] = set()
    candidates: list[tuple[str, str, str | None]] = [("DOI", str(data.get("DOI") or ""), None)]
    for line in str(data.get("extra") or "").splitlines():
        m = _EXTRA_DOI.match(line)
        if m:
            candidates.append(("extra", line, m.group("value")))
    url = str(data.get("url") or "")
    if "doi.org/" in url.lower():
        candidates.append(("url", url, None))
    for name, raw, value in candidates:
        found = find_dois(value) if value else ([normalize_doi(raw)] if raw else [])
        for doi in found:
            if doi and doi not in seen:
                seen.add(doi)
                yield Found(doi, name, raw.strip())


def _has_name(creator: Any) -> bool:
    return isinstance(creator, Mapping) and bool(creator.get("lastName") or creator.get("name"))


def _creator_name(creator: Mapping[str, Any]) -> Name:
    if creator.get("name"):  # single-field mode: one string, split it like arXiv's names
        return names.parse_name(str(creator["name"]))
    return Name(family=str(creator.get("lastName") or ""), given=str(creator.get("firstName") or ""))


def item_year(data: Mapping[str, Any]) -> int | None:
    """The year of the item's date, if it has one a person would read as a year."""
    m = _YEAR.search(str(data.get("date") or ""))
    return int(m.group(1)) if m else None


def _extra_value(extra: str, pattern: re.Pattern[str]) -> str | None:
    for line in extra.splitlines():
        m = pattern.match(line)
        if m:
            return m.group("value")
    return None
