"""arxiv.org's ``/a/<id>`` author feeds, built the way arXiv's own code builds them.

Shape taken from arXiv/arxiv-browse @ 26f634fb ``browse/controllers/list_page/author.py``
(``_get_atom_feed``, ``_add_atom_feed_entry``) and ``browse/routes/ui.py`` (route ``a``),
written anew from reading it: Atom default namespace plus ``arxiv:``, no OpenSearch
elements, the whole list in one response; ``.atom2`` puts every author into one
``<name>`` joined by ", ", ``.atom`` has one ``<author>`` each with ``arxiv:affiliation``;
entry ids ``https://arxiv.org/abs/<id>v<N>``; dates as ``2025-09-04T17:59:59+00:00``;
all DOIs in one ``arxiv:doi``; no doi link; the pdf link is ``rel="alternate"``.

Entries come from recorded API responses (the 2025 dialect), re-shaped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

ATOM_NS = "http://www.w3.org/2005/Atom"
ARXIV_NS = "http://arxiv.org/schemas/atom"
ORCID_RE = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
"""The only ORCID form arXiv's controller recognises; anything else is an author id."""

_NS = {"atom": ATOM_NS, "arxiv": ARXIV_NS}
_WRAP = f'<feed xmlns="{ATOM_NS}" xmlns:arxiv="{ARXIV_NS}">{{}}</feed>'


@dataclass
class Account:
    """An arXiv user: an author id, maybe a linked ORCID, and the papers they claimed."""

    author_id: str
    entries: list[str]
    """Recorded API ``<entry>`` texts; a repeated one is served twice, as arXiv's join can."""
    orcid: str | None = None
    display_name: str = "Test Author"
    extra_dois: dict[str, list[str]] = field(default_factory=dict)
    """arXiv id -> further DOIs, served space-separated in the one ``arxiv:doi``."""


def author_feed(account: Account, feed_id: str, base_url: str, combined: bool) -> str:
    """The ``.atom2`` (``combined``) or ``.atom`` document for ``account`` asked for as ``feed_id``."""
    ET.register_namespace("", ATOM_NS)
    ET.register_namespace("arxiv", ARXIV_NS)
    root = ET.Element(_atom("feed"))
    ET.SubElement(root, _atom("title")).text = f"{account.display_name}'s articles on arXiv"
    orcid_url = f"https://orcid.org/{account.orcid}" if account.orcid else ""
    ET.SubElement(root, _atom("link"), {"rel": "describes", "href": orcid_url})
    ET.SubElement(root, _atom("updated")).text = "2026-12-04T00:00:00+00:00"
    ET.SubElement(root, _atom("id")).text = f"{base_url}/a/{feed_id}"
    ET.SubElement(root, _atom("link"), {"href": f"{base_url}/a/{feed_id}.atom2", "rel": "self",
                                        "type": "application/atom+xml"})
    ET.SubElement(root, _atom("link"), {"rel": "describes", "href": f"{base_url}/a/{feed_id}"})
    for text in account.entries:
        _add_entry(root, ET.fromstring(_WRAP.format(text))[0], account.extra_dois, combined)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True).decode("utf-8")


def _add_entry(root: ET.Element, api: ET.Element, extra_dois: dict[str, list[str]], combined: bool) -> None:
    entry = ET.SubElement(root, _atom("entry"))
    idv = re.sub(r"^https?://arxiv\.org/abs/", "", _text(api, "atom:id"))
    ET.SubElement(entry, _atom("id")).text = f"https://arxiv.org/abs/{idv}"
    for tag in ("updated", "published"):
        ET.SubElement(entry, _atom(tag)).text = _text(api, f"atom:{tag}").replace("Z", "+00:00")
    ET.SubElement(entry, _atom("title")).text = _text(api, "atom:title")
    ET.SubElement(entry, _atom("summary")).text = re.sub(r"\n+", " ", _text(api, "atom:summary").strip())
    authors = api.findall("atom:author", _NS)
    if combined:
        names = ", ".join(_text(a, "atom:name") for a in authors)
        ET.SubElement(ET.SubElement(entry, _atom("author")), _atom("name")).text = names
    else:
        for author in authors:
            element = ET.SubElement(entry, _atom("author"))
            ET.SubElement(element, _atom("name")).text = _text(author, "atom:name")
            for affiliation in author.findall("arxiv:affiliation", _NS):
                ET.SubElement(element, _arxiv("affiliation")).text = affiliation.text
    base = re.sub(r"v\d+$", "", idv)
    dois = [d.text or "" for d in api.findall("arxiv:doi", _NS)] + extra_dois.get(base, [])
    if dois:
        ET.SubElement(entry, _arxiv("doi")).text = " ".join(dois)
    for tag in ("comment", "journal_ref"):
        if api.find(f"arxiv:{tag}", _NS) is not None:
            ET.SubElement(entry, _arxiv(tag)).text = _text(api, f"arxiv:{tag}")
    ET.SubElement(entry, _atom("link"), {"href": f"https://arxiv.org/abs/{idv}", "rel": "alternate",
                                         "type": "text/html"})
    ET.SubElement(entry, _atom("link"), {"title": "pdf", "href": f"https://arxiv.org/pdf/{idv}",
                                         "rel": "alternate", "type": "application/pdf"})
    _add_categories(entry, api)


def _add_categories(entry: ET.Element, api: ET.Element) -> None:
    """Primary first, repeated among the categories; labels are arXiv's display names (here the term)."""
    primary = api.find("arxiv:primary_category", _NS)
    if primary is None:
        return
    term = primary.get("term", "")
    ET.SubElement(entry, _arxiv("primary_category"), {"term": term, "scheme": ARXIV_NS, "label": term})
    terms = [term] + [c.get("term", "") for c in api.findall("atom:category", _NS) if c.get("term") != term]
    for each in terms:
        ET.SubElement(entry, _atom("category"), {"term": each, "scheme": ARXIV_NS, "label": each})


def not_found_page(feed_id: str) -> str:
    """arXiv's answer for an unknown id or an ORCID linked to no account: HTTP 400, HTML."""
    return (f"<!DOCTYPE html><html><head><title>Author {feed_id} not found</title></head><body>"
            f"<h1>Author {feed_id} not found</h1><p>Please check your URL and try again.</p></body></html>")


BAD_REQUEST_PAGE = "<!DOCTYPE html><html><body><h1>Bad Request</h1></body></html>"
"""arXiv's answer for ``/a/<id>`` with a dot in the id and no known extension."""

NO_ROUTE_PAGE = (
    "<!doctype html><title>404 Not Found</title><h1>Not Found</h1><p>The requested URL was not found on the "
    "server. If you entered the URL manually please check your spelling and try again.</p>"
)
"""Flask's answer for a path no route matches (an id with a ``/``, an unknown extension)."""


def _text(element: ET.Element, path: str) -> str:
    found = element.find(path, _NS)
    return (found.text or "") if found is not None else ""


def _atom(tag: str) -> str:
    return f"{{{ATOM_NS}}}{tag}"


def _arxiv(tag: str) -> str:
    return f"{{{ARXIV_NS}}}{tag}"
