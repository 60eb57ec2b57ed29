"""Build a 2025-dialect arXiv Atom feed from the saved arXiv listing of Eric J. Michaud.

The listing (tests/data/seeds/arxiv-listing-michaud.txt) is what arxiv.org showed for
"Michaud, E J": 17 papers. The API would return the same papers as Atom entries; this
script writes them in the shape of the recorded 2025 responses, plus two namesakes
(an "Etienne J. Michaud" and an "Eric K. Michaud") that an author query also returns
and that refsync must exclude. Listings truncate long author lists and abstracts;
the feed keeps what the listing shows.

Run from the repository root:  python tests/tools/build_michaud_feed.py
It writes tests/data/arxiv/michaud_listing.xml and examples/michaud.atom.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
LISTING = ROOT / "tests/data/seeds/arxiv-listing-michaud.txt"

# Versions the listing does not state. 2303.13506 is known to be at v3; papers the
# listing shows as revised ("Submitted X; v1 submitted Y") are given v2.
KNOWN_VERSIONS = {"2303.13506": 3}

NAMESAKES = [
    {
        "id": "2311.04417", "version": 1, "title": "Magnetic anisotropy of thin cobalt films on vicinal copper",
        "authors": ["Etienne J. Michaud", "Laura Pinsonneault"], "categories": ["cond-mat.mtrl-sci"],
        "published": "2023-11-08", "updated": "2023-11-08",
        "summary": "We measure the magnetic anisotropy of cobalt films grown on vicinal copper surfaces.",
        "comment": None, "journal_ref": None,
    },
    {
        "id": "2208.11205", "version": 2, "title": "Learning rate schedules for sparse regression",
        "authors": ["Eric K. Michaud", "Hannah Oduya"], "categories": ["cs.LG", "stat.ML"],
        "published": "2022-08-23", "updated": "2022-10-02",
        "summary": "We study learning rate schedules for sparse linear regression with many features.",
        "comment": "9 pages", "journal_ref": None,
    },
]

MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}


def parse_listing(text: str) -> list[dict]:
    chunks = re.split(r"\n\s+\d+\.\s+arXiv:", text)[1:]
    return [_paper(chunk) for chunk in chunks]


def _paper(chunk: str) -> dict:
    lines = [line.strip() for line in chunk.splitlines()]
    arxiv_id = lines[0].split()[0]
    body = [line for line in lines[1:] if line]
    categories = body[0].split()
    title = body[1]
    authors_line = _field(body, "Authors:")
    authors = [a.strip() for a in re.sub(r",?\s*et al\..*$", "", authors_line).split(",") if a.strip()]
    abstract = re.sub(r"…\s*▽ More$", "", _field(body, "Abstract:")).strip()
    submitted = _field(body, "Submitted")
    dates = re.findall(r"(\d{1,2}) (\w+), (\d{4})", submitted)
    to_date = lambda d: dt.date(int(d[2]), MONTHS[d[1]], int(d[0]))  # noqa: E731
    updated, published = to_date(dates[0]), to_date(dates[-1])
    version = KNOWN_VERSIONS.get(arxiv_id, 2 if "v1 submitted" in submitted else 1)
    return {
        "id": arxiv_id, "version": version, "title": title, "authors": authors, "categories": categories,
        "published": published.isoformat(), "updated": updated.isoformat(), "summary": abstract,
        "comment": _field(body, "Comments:") or None, "journal_ref": _field(body, "Journal ref:") or None,
    }


def _field(body: list[str], label: str) -> str:
    for line in body:
        if line.startswith(label):
            return line[len(label):].strip()
    return ""


def entry_xml(p: dict) -> str:
    vid = f"{p['id']}v{p['version']}"
    parts = [
        "  <entry>",
        f"    <id>http://arxiv.org/abs/{vid}</id>",
        f"    <title>{escape(p['title'])}</title>",
        f"    <updated>{p['updated']}T17:59:59Z</updated>",
        f'    <link href="https://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>',
        f'    <link href="https://arxiv.org/pdf/{vid}" rel="related" type="application/pdf" title="pdf"/>',
        f"    <summary>{escape(p['summary'])}</summary>",
        *(f'    <category term="{c}" scheme="http://arxiv.org/schemas/atom"/>' for c in p["categories"]),
        f"    <published>{p['published']}T17:59:59Z</published>",
    ]
    if p["comment"]:
        parts.append(f"    <arxiv:comment>{escape(p['comment'])}</arxiv:comment>")
    parts.append(f'    <arxiv:primary_category term="{p["categories"][0]}"/>')
    if p["journal_ref"]:
        parts.append(f"    <arxiv:journal_ref>{escape(p['journal_ref'])}</arxiv:journal_ref>")
    for author in p["authors"]:
        parts += ["    <author>", f"      <name>{escape(author)}</name>", "    </author>"]
    parts.append("  </entry>")
    return "\n".join(parts)


def feed_xml(papers: list[dict], query: str) -> str:
    head = f"""<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/michaud-listing</id>
  <title>arXiv Query: search_query={escape(query)}&amp;id_list=&amp;start=0&amp;max_results=200</title>
  <updated>2026-11-01T12:00:00Z</updated>
  <link href="https://arxiv.org/api/query?search_query={escape(query)}&amp;start=0&amp;max_results=200&amp;id_list=" type="application/atom+xml"/>
  <opensearch:itemsPerPage>200</opensearch:itemsPerPage>
  <opensearch:totalResults>{len(papers)}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
"""
    return head + "\n".join(entry_xml(p) for p in papers) + "\n</feed>\n"


def main() -> None:
    papers = parse_listing(LISTING.read_text(encoding="utf-8")) + NAMESAKES
    papers.sort(key=lambda p: p["published"], reverse=True)
    xml = feed_xml(papers, "au:Michaud,E")
    for out in (ROOT / "tests/data/arxiv/michaud_listing.xml", ROOT / "examples/michaud.atom"):
        out.write_text(xml, encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(papers)} entries")


if __name__ == "__main__":
    main()
