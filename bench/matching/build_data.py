"""Write the matching benchmark's data files from its sources (papers.py, cases.py, forms.py).

Run from the repository root:  python bench/matching/build_data.py
It writes, under bench/matching/data/:
- papers.json: the arXiv papers, as the API describes them;
- library.bib: every case's entry, as its exporter writes it, plus plain distractors;
- zotero-items.json: the same entries as Zotero items (the API's ``data`` objects);
- cases.json: the labels: paper, expected verdict, form, hard-case kinds, pains, the
  entry's .bib key and Zotero key, whether it carries an identifier, and its split.
Entry keys are unique across the library, as in a real file (a clash gets ``a``, ``b``...).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from cases import CASES, OTHER_WORKS, CaseSpec  # noqa: E402
from forms import FORMS, Entry  # noqa: E402
from papers import PAPERS  # noqa: E402

from refsync import names, textnorm  # noqa: E402
from refsync.arxiv.feed import parse_feed  # noqa: E402
from refsync.model import Paper  # noqa: E402

DATA = Path(__file__).parent / "data"
FEEDS = ["michaud_listing.xml", "legacy_dialect_sample.xml", "2026_id_list_oldstyle_astro-ph_0601001.xml",
         "2026_search_all_testing_p0_m10.xml"]
HELD_OUT_SHARE = 3
"""One case in three (by a hash of its id) is held out from tuning."""
ARXIV_FORMS = {"arxiv-bibtex", "inspire", "ads", "mendeley", "zotero-arxiv", "zotero-arxiv-export", "zotero-legacy"}
STOP = {"a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "via", "is", "are", "from"}


def load_papers() -> dict[str, Paper]:
    papers: dict[str, Paper] = {}
    for name in FEEDS:
        for paper in parse_feed((ROOT / "tests/data/arxiv" / name).read_bytes()).papers:
            papers.setdefault(paper.arxiv_id, paper)
    for pid, version, first, last, primary, title, authors, dois, journal_ref in PAPERS:
        papers[pid] = Paper(arxiv_id=pid, version=version, title=title, authors=tuple(authors.split("; ")),
                            published=dt.date.fromisoformat(first), updated=dt.date.fromisoformat(last),
                            primary_class=primary, categories=(primary,), dois=tuple(dois), journal_ref=journal_ref)
    return papers


def paper_json(p: Paper) -> dict[str, Any]:
    return {"arxiv_id": p.arxiv_id, "version": p.version, "title": p.title, "authors": list(p.authors),
            "published": p.published.isoformat() if p.published else None,
            "updated": p.updated.isoformat() if p.updated else None, "primary_class": p.primary_class,
            "categories": list(p.categories), "dois": list(p.dois), "journal_ref": p.journal_ref}


def work_meta(work: str, papers: dict[str, Paper]) -> dict[str, Any]:
    if work in OTHER_WORKS:
        meta = dict(OTHER_WORKS[work])
        meta["authors"] = meta["authors"].split("; ")
        meta.setdefault("updated_year", meta["year"])
        return meta
    p = papers[work]
    assert p.published and p.updated
    return {"title": p.title, "authors": list(p.authors), "year": p.published.year, "month": p.published.month,
            "updated_year": p.updated.year, "updated_month": p.updated.month, "arxiv": p.arxiv_id,
            "primary": p.primary_class, "doi": p.dois[0] if p.dois else None}


def split_name(text: str, initials: bool) -> tuple[str, str]:
    if text.startswith("{") or "collaboration" in text.lower():
        return "", text.strip("{}")
    name = names.parse_name(text)
    given = name.given
    if initials and given:
        given = " ".join(part[0] + "." for part in re.split(r"[\s.]+", given) if part and part[0].isalpha())
        given = given.replace(". -", ".-")
    return given, name.family


def make_entry(case: CaseSpec, papers: dict[str, Paper]) -> Entry:
    meta = work_meta(case.work, papers) if case.work else {}
    over = dict(case.over)
    form = case.form
    published = bool(over.get("journal") or over.get("booktitle") or meta.get("journal") or meta.get("booktitle"))
    authors = over.pop("authors", None)
    author_list = authors.split("; ") if authors else meta["authors"]
    keep = over.pop("authors_keep", None) or over.pop("others_after", None)
    initials = over.pop("initials", False)
    names_ = [split_name(a, initials) for a in author_list]
    others = bool(keep) and keep < len(names_) or (bool(keep) and authors is not None)
    if keep:
        names_ = names_[:keep]
    year = meta.get("year")
    month = meta.get("month")
    if form in ("arxiv-bibtex", "zotero-arxiv", "zotero-arxiv-export"):
        year, month = meta.get("updated_year", year), meta.get("updated_month", month)
    has_id = form in ARXIV_FORMS or (form in ("google-scholar", "dblp") and not published)
    arxiv = meta.get("arxiv") if has_id else None
    doi = meta.get("doi") if form in ("inspire", "ads", "zotero-doi", "dblp") else None
    if form in ("zotero-arxiv", "zotero-arxiv-export") or (form == "ads" and not published):
        doi = f"10.48550/arXiv.{meta['arxiv']}" if meta.get("arxiv") else doi
    fields: dict[str, Any] = {
        "title": meta.get("title"), "year": year, "month": month, "arxiv": arxiv, "primary": meta.get("primary"),
        "doi": doi, "journal": meta.get("journal"), "booktitle": meta.get("booktitle"), "volume": meta.get("volume"),
        "pages": meta.get("pages"), "extra_fields": dict(meta.get("extra_fields", {})),
    }
    fields.update(over)
    entry_type = fields.pop("type", None) or meta.get("type") or default_type(form, fields)
    key = fields.pop("key", None) or default_key(form, names_, fields)
    return Entry(key=key, form=form, type=entry_type, authors=names_, others=others, **fields)


def default_type(form: str, fields: dict[str, Any]) -> str:
    if fields.get("booktitle"):
        return "inproceedings"
    if form in ("arxiv-bibtex", "zotero-arxiv", "zotero-arxiv-export") or (form in ("hand-written", "zotero-manual")
                                                                            and not fields.get("journal")):
        return "misc"
    return "article"


def default_key(form: str, authors: list[tuple[str, str]], fields: dict[str, Any]) -> str:
    family = textnorm.fold(authors[0][1]).split() if authors else ["anon"]
    fam = family[0] if not authors[0][0] else family[-1]
    year = str(fields.get("year") or "")
    words = [w for w in textnorm.fold(fields["title"]).split() if w not in STOP]
    arxiv = (fields.get("arxiv") or "").split("v")[0] if fields.get("arxiv") else ""
    if form == "google-scholar":
        return f"{fam}{year}{words[0]}"
    if form == "arxiv-bibtex":
        return f"{fam}{year}{''.join(words[:4])}"
    if form == "inspire":
        return f"{fam.capitalize()}:{year}{_letters(fields['title'])}"
    if form == "ads":
        return f"{year}arXiv{re.sub(r'[^0-9]', '', arxiv)}{fam[0].upper()}" if arxiv else f"{year}{fam}"
    if form == "dblp":
        return f"DBLP:journals/corr/abs-{arxiv.replace('.', '-').replace('/', '-')}" if arxiv else f"DBLP:{fam}{year}"
    if form == "mendeley":
        return f"{fam.capitalize()}{year}"
    if form in ("zotero-arxiv-export", "zotero-legacy"):
        return f"{fam}_{words[0]}_{year}"
    if form == "hand-written":
        return f"{fam}{year[2:]}"
    return f"{fam}{''.join(w.capitalize() for w in words[:3])}{year}"


def _letters(title: str) -> str:
    n = zlib.crc32(title.encode())
    return "".join("abcdefghijklmnopqrstuvwxyz"[(n >> (5 * i)) % 26] for i in range(3))


def unique(key: str, used: set[str]) -> str:
    candidate, suffix = key, 0
    while candidate in used:
        candidate = key + "abcdefghijklmnopqrstuvwxyz"[suffix]
        suffix += 1
    used.add(candidate)
    return candidate


def carries_identifier(entry: Entry) -> bool:
    """Whether the entry holds an arXiv id or a DOI anywhere (the targets treat these apart)."""
    text = " ".join(str(v) for v in (entry.arxiv, entry.doi, entry.url, entry.note, *entry.extra_fields.values()) if v)
    return bool(entry.arxiv or entry.doi or re.search(r"arxiv|10\.\d{4}", text, re.IGNORECASE))


def build() -> dict[str, int]:
    papers = load_papers()
    used: set[str] = set()
    bib_parts = ["% The matching benchmark's library: one entry per case, plus distractors.\n"
                 "% Written by bench/matching/build_data.py; the labels are in cases.json.\n\n"
                 "@string{plb = \"Phys. Lett. B\"}\n@string{prl = \"Phys. Rev. Lett.\"}\n@string{prd = \"Phys. Rev. D\"}\n"
                 "@string{aj = \"Astron. J.\"}\n@string{apj = \"Astrophys. J.\"}\n@string{aap = \"Astron. Astrophys.\"}\n"
                 "@string{actaa = \"Acta Astron.\"}\n"]
    items: list[dict[str, Any]] = []
    labels = []
    for number, case in enumerate(CASES, start=1):
        entry = make_entry(case, papers)
        entry.key = unique(entry.key, used)
        form = FORMS[case.form]
        bib_parts.append("\n" + form.bib(entry).replace("{\\plb}", "plb").replace("{\\prl}", "prl")
                         .replace("{\\prd}", "prd").replace("{\\aj}", "aj").replace("{\\apj}", "apj")
                         .replace("{\\aap}", "aap").replace("{\\actaa}", "actaa"))
        item = form.zotero(entry)
        for macro, name in (("\\plb", "Phys. Lett. B"), ("\\prl", "Phys. Rev. Lett."), ("\\prd", "Phys. Rev. D"),
                            ("\\aj", "Astron. J."), ("\\apj", "Astrophys. J."), ("\\aap", "Astron. Astrophys."),
                            ("\\actaa", "Acta Astron.")):
            if item.get("publicationTitle") == macro:
                item["publicationTitle"] = name
        items.append(item)
        case_id = f"c{number:03d}"
        labels.append({
            "id": case_id, "paper": case.paper, "expect": case.expect, "work": case.work, "form": case.form,
            "kinds": list(case.kinds), "pains": list(case.pains), "source": case.source,
            "identifier": carries_identifier(entry), "bib_key": entry.key, "zotero_key": item["key"],
            "split": "held-out" if zlib.crc32(case_id.encode()) % HELD_OUT_SHARE == 0 else "tune",
        })
    for work in sorted(set(OTHER_WORKS) - {c.work for c in CASES}):
        entry = make_entry(CaseSpec("", "new", "hand-written", work, (), (), "real", {}), papers)
        entry.key = unique(entry.key, used)
        bib_parts.append("\n" + FORMS["hand-written"].bib(entry))
        items.append(FORMS["hand-written"].zotero(entry))
    wanted = sorted({c.paper for c in CASES})
    DATA.mkdir(exist_ok=True)
    (DATA / "papers.json").write_text(json.dumps([paper_json(papers[p]) for p in wanted], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (DATA / "library.bib").write_text("".join(bib_parts), encoding="utf-8")
    (DATA / "zotero-items.json").write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (DATA / "cases.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"cases": len(labels), "papers": len(wanted), "entries": len(items)}


if __name__ == "__main__":
    print(build())
