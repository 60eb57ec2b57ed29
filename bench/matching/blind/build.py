"""Writes the blind matching test set: papers.json, cases.json, library.bib, zotero-items.json.

Run from the repository root:  python bench/matching/blind/build.py

The set was written without reading the matcher (refsync/match.py, titles.py, names.py,
textnorm.py) or the tuned benchmark's case and form generators, and committed before its
first run. The arXiv metadata of each paper, and each library entry, were written from memory
of the real records; anything known to be approximate says so in the paper's ``note``
(truncated author lists, version numbers, update dates, and the odd uncertain title) or the
case's ``note``. Entries marked ``source: constructed`` are not real records.

Each library entry is written once as the .bib text an exporter gives and once as the Zotero
item the same record becomes in Zotero: either by importing that .bib (a simulation of
Zotero's BibTeX import: LaTeX to Unicode, ``eprint`` to an ``arXiv:`` Extra line, unknown
fields to ``tex.*`` Extra lines, ``note`` to a child note, i.e. lost from the item), or, for
Zotero-made records (``zotero-*`` forms), the item is primary and the .bib is its Better
BibTeX export.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- papers

PAPERS: dict[str, dict[str, Any]] = {}


def paper(arxiv_id: str, title: str, authors: list[str], published: str, *, primary: str,
          cats: list[str] | None = None, version: int = 1, updated: str | None = None,
          dois: tuple[str, ...] = (), jref: str | None = None, note: str | None = None) -> None:
    assert arxiv_id not in PAPERS, arxiv_id
    record: dict[str, Any] = {
        "arxiv_id": arxiv_id, "version": version, "title": title, "authors": authors,
        "published": published, "updated": updated or published, "primary_class": primary,
        "categories": cats or [primary], "dois": [d.lower() for d in dois], "journal_ref": jref,
    }
    if note:
        record["note"] = note
    PAPERS[arxiv_id] = record


# --------------------------------------------------------------------------- entries


@dataclass
class Entry:
    key: str
    work: str
    form: str
    bib: str
    item: dict[str, Any]
    identifier: bool
    kinds: tuple[str, ...]
    source: str
    note: str | None


ENTRIES: dict[str, Entry] = {}
ZKEYS: set[str] = set()
ZALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


def zotero_key(seed: str) -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    n = int.from_bytes(digest[:8], "big")
    key = ""
    for _ in range(8):
        n, r = divmod(n, len(ZALPHABET))
        key += ZALPHABET[r]
    assert key not in ZKEYS
    ZKEYS.add(key)
    return key


def entry(work: str, form: str, bib: str | None = None, *, ident: bool, kinds: tuple[str, ...] = (),
          zot: dict[str, Any] | None = None, item: dict[str, Any] | None = None, source: str = "real",
          note: str | None = None) -> str:
    """One library entry of ``work``: its .bib text and its Zotero item.

    ``bib`` alone: the item is Zotero's import of it, adjusted by ``zot`` (None deletes a field).
    ``item`` alone: a Zotero-made item; the .bib is its Better BibTeX export.
    """
    if item is not None:
        item = finish_item(item)
        if bib is None:
            bib = bbt_export(item)
            base = re.match(r"@\w+\{([^,]+),", bib).group(1)  # type: ignore[union-attr]
            for suffix in "abcdefgh":  # Better BibTeX's clash postfix
                if base not in ENTRIES:
                    break
                bib = bib.replace(base, base + suffix, 1) if suffix == "a" else bib.replace(base + chr(ord(suffix) - 1), base + suffix, 1)
                if re.match(r"@\w+\{([^,]+),", bib).group(1) not in ENTRIES:  # type: ignore[union-attr]
                    break
    assert bib is not None
    bib = bib.strip("\n") + "\n"
    key = re.match(r"\s*@\w+\s*\{\s*([^,\s]+)\s*,", bib).group(1)  # type: ignore[union-attr]
    assert key not in ENTRIES, key
    if item is None:
        item = finish_item(import_bib(bib))
    if zot:
        for k, v in zot.items():
            if v is None:
                item.pop(k, None)
            else:
                item[k] = v
    item["key"] = zotero_key(key)
    item["version"] = 1000 + int(hashlib.sha256(key.encode()).hexdigest()[:4], 16) % 1000
    ENTRIES[key] = Entry(key, work, form, bib, item, ident, kinds, source, note)
    return key


# --------------------------------------------------------------------------- cases


@dataclass
class CaseSpec:
    paper: str
    key: str
    expect: str
    kinds: tuple[str, ...]
    pains: tuple[str, ...]
    note: str | None = None


CASES: list[CaseSpec] = []


def pos(key: str, kinds: tuple[str, ...] = (), pains: tuple[str, ...] = (), note: str | None = None) -> None:
    """The entry is the paper it was written for: expect present."""
    CASES.append(CaseSpec(ENTRIES[key].work, key, "present", kinds, pains, note))


def neg(paper_id: str, key: str, kinds: tuple[str, ...] = (), pains: tuple[str, ...] = ("pain-1",),
        note: str | None = None) -> None:
    """The entry is another work than ``paper_id``: expect new."""
    assert ENTRIES[key].work != paper_id, (paper_id, key)
    CASES.append(CaseSpec(paper_id, key, "new", kinds, pains, note))


# --------------------------------------------------------------------------- LaTeX <-> Unicode

ACCENTS = {"\"": "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
           ".": "\u0307", "H": "\u030b", "v": "\u030c", "c": "\u0327", "u": "\u0306", "k": "\u0328"}
SYMBOLS = {"l": "ł", "L": "Ł", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ss": "ß", "ae": "æ", "i": "ı",
           "textquoteright": "’", "textquoteleft": "‘", "textendash": "–", "textemdash": "—"}


def latex_to_unicode(text: str) -> str:
    """What Zotero's BibTeX import makes of a field: accents decoded, braces gone, math kept."""
    parts = re.split(r"(\$[^$]*\$)", text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
            continue
        s = part
        s = re.sub(r"\\([\"'`^~=.])\s*\{?\s*(\\i|[A-Za-z])\s*\}?",
                   lambda m: unicodedata.normalize("NFC", ("i" if m.group(2) == "\\i" else m.group(2)) + ACCENTS[m.group(1)]), s)
        s = re.sub(r"\\([Hvcuk])\s*\{\s*(\\i|[A-Za-z])\s*\}|\\([Hvcuk])\s+([A-Za-z])",
                   lambda m: unicodedata.normalize("NFC", (m.group(2) or m.group(4)).replace("\\i", "i")
                                                   + ACCENTS[m.group(1) or m.group(3)]), s)
        s = re.sub(r"\\(textquoteright|textquoteleft|textendash|textemdash|aa|AA|ss|ae|[lLoOi])(?![A-Za-z])\s?",
                   lambda m: SYMBOLS[m.group(1)], s)
        s = s.replace("\\&", "&").replace("\\%", "%").replace("\\_", "_").replace("\\#", "#")
        s = s.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”").replace("~", "\u00a0")
        s = re.sub(r"\\(emph|textit|textbf|textsc|url)\s*", "", s)
        s = s.replace("{", "").replace("}", "")
        out.append(s)
    return re.sub(r"[ \t\n]+", " ", "".join(out)).strip()


TO_LATEX = {"ä": '{\\"a}', "ö": '{\\"o}', "ü": '{\\"u}', "Ö": '{\\"O}', "Ü": '{\\"U}', "é": "{\\'e}",
            "á": "{\\'a}", "í": "{\\'i}", "ó": "{\\'o}", "ć": "{\\'c}", "è": "{\\`e}", "ò": "{\\`o}",
            "ô": "{\\^o}", "ñ": "{\\~n}", "č": "{\\v c}", "š": "{\\v s}", "ő": "{\\H o}", "ç": "{\\c c}",
            "Ç": "{\\c C}", "ł": "{\\l}", "ø": "{\\o}", "É": "{\\'E}", "İ": "{\\.I}", "–": "--", "—": "---",
            "’": "'", "‘": "`", "“": "``", "”": "''", "\u00a0": "~", "∞": "$\\infty$", "R\u0302": "{$\\hat{R}$}",
            "&": "\\&", "%": "\\%", "ê": "{\\^e}", "ë": '{\\"e}'}


def unicode_to_latex(text: str) -> str:
    for u, t in sorted(TO_LATEX.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(u, t)
    return text


# --------------------------------------------------------------------------- Zotero side

BASE_ITEM = {"tags": [], "collections": [], "relations": {}, "dateAdded": "2023-11-02T14:05:33Z",
             "dateModified": "2023-11-02T14:05:33Z"}


def finish_item(item: dict[str, Any]) -> dict[str, Any]:
    out = {"key": "", "version": 0}
    out.update(item)
    for k, v in BASE_ITEM.items():
        out.setdefault(k, v)
    return out


def creator(name: str) -> dict[str, str]:
    """A BibTeX name as Zotero's import splits it (two fields; braced names single-field)."""
    name = name.strip()
    if name.startswith("{") and name.endswith("}") and name.count("{") == 1:
        return {"creatorType": "author", "name": latex_to_unicode(name)}
    if "," in name:
        parts = [p.strip() for p in split_top(name, ",")]
        last, first = parts[0], parts[-1] if len(parts) > 1 else ""
        if len(parts) == 3:  # von Last, Jr, First
            last, first = f"{parts[0]}, {parts[1]}", parts[2]
        return {"creatorType": "author", "firstName": latex_to_unicode(first), "lastName": latex_to_unicode(last)}
    words = split_top(name, " ")
    return {"creatorType": "author", "firstName": latex_to_unicode(" ".join(words[:-1])),
            "lastName": latex_to_unicode(words[-1])}


def split_top(text: str, sep: str) -> list[str]:
    """Split at ``sep`` outside braces."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [p.strip() for p in out if p.strip()]


def split_authors(field: str) -> list[str]:
    names, cur, depth = [], [], 0
    for tok in re.split(r"(\s+)", field):
        if depth == 0 and tok.lower() == "and":
            names.append("".join(cur))
            cur = []
            continue
        cur.append(tok)
        depth += tok.count("{") - tok.count("}")
    names.append("".join(cur))
    return [n.strip() for n in names if n.strip() and n.strip().lower() != "others"]


MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
TYPES = {"article": "journalArticle", "inproceedings": "conferencePaper", "conference": "conferencePaper",
         "incollection": "bookSection", "book": "book", "phdthesis": "thesis", "mastersthesis": "thesis",
         "thesis": "thesis", "techreport": "report", "report": "report", "misc": "document", "online": "webpage",
         "unpublished": "manuscript", "software": "computerProgram", "dataset": "dataset", "electronic": "webpage"}
TEX_EXTRA = ("adsurl", "arxivid", "mrnumber", "slaccitation", "reportnumber", "collaboration", "eid", "biburl")


def parse_bib(bib: str) -> dict[str, str]:
    import bibtexparser
    from bibtexparser.bparser import BibTexParser

    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
    parser.homogenize_fields = False
    db = bibtexparser.loads(STRINGS + "\n" + bib, parser)
    assert len(db.entries) == 1, bib
    return {k.lower() if k not in ("ENTRYTYPE", "ID") else k: v for k, v in db.entries[0].items()}


def import_bib(bib: str) -> dict[str, Any]:
    f = parse_bib(bib)
    etype = f["ENTRYTYPE"].lower()
    itype = TYPES.get(etype, "document")
    item: dict[str, Any] = {"itemType": itype, "title": latex_to_unicode(f.get("title", ""))}
    item["creators"] = [creator(n) for n in split_authors(f.get("author", ""))]
    if f.get("date"):
        item["date"] = f["date"]
    elif f.get("year"):
        month = MONTHS.get(f.get("month", "").strip().lower()[:3])
        year = re.search(r"\d{4}", f["year"])
        item["date"] = (f"{year.group(0)}-{month:02d}" if month and year else f["year"])
    container = latex_to_unicode(f.get("journal") or f.get("journaltitle") or "")
    booktitle = latex_to_unicode(f.get("booktitle", ""))
    if itype == "journalArticle" and container:
        item["publicationTitle"] = container
    if itype == "conferencePaper" and booktitle:
        item["proceedingsTitle"] = booktitle
    if itype == "bookSection" and booktitle:
        item["bookTitle"] = booktitle
    if itype == "thesis":
        item["university"] = latex_to_unicode(f.get("school", f.get("institution", "")))
        item["thesisType"] = "PhD Thesis" if etype == "phdthesis" else latex_to_unicode(f.get("type", "Thesis"))
    if itype == "document" and container:
        item["publisher"] = container
    for src, dst in (("volume", "volume"), ("pages", "pages"), ("publisher", "publisher"), ("issn", "ISSN"),
                     ("isbn", "ISBN"), ("series", "series")):
        if f.get(src) and (src == "publisher" or itype not in ("document", "webpage", "computerProgram", "dataset")):
            item[dst] = latex_to_unicode(f[src]).replace("–", "-")
    if f.get("number") and itype == "journalArticle":
        item["issue"] = f["number"]
    extra = []
    if f.get("doi"):
        doi = re.sub(r"^https?://(dx\.)?doi\.org/", "", f["doi"].strip())
        if itype in ("journalArticle", "conferencePaper", "preprint", "dataset", "bookSection", "book", "report", "thesis"):
            item["DOI"] = doi
        else:  # Zotero keeps a DOI its item type has no field for as an Extra line
            extra.append(f"DOI: {doi}")
    url = f.get("url") or ""
    if not url and "\\url{" in f.get("howpublished", ""):
        url = re.search(r"\\url\{([^}]*)\}", f["howpublished"]).group(1)  # type: ignore[union-attr]
    if url:
        item["url"] = url
    prefix = (f.get("archiveprefix") or f.get("eprinttype") or "").lower()
    if f.get("eprint") and prefix in ("arxiv", ""):
        cls = f.get("primaryclass") or f.get("eprintclass")
        extra.append(f"arXiv: {f['eprint']}" + (f" [{cls}]" if cls else ""))
    for name in TEX_EXTRA:
        if f.get(name):
            extra.append(f"tex.{name}: {f[name]}")
    if extra:
        item["extra"] = "\n".join(extra)
    return item


# --------------------------------------------------------------------------- Better BibTeX export

STOP = {"a", "an", "the", "of", "on", "in", "for", "with", "and", "to", "via", "from", "is", "at", "by", "as", "or"}


def bbt_key(item: dict[str, Any]) -> str:
    c = item["creators"][0]
    last = c.get("lastName") or c.get("name", "")
    last = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode().lower()
    last = re.sub(r"[^a-z]", "", last.split()[-1] if " " in last and "collaboration" not in last.lower() else last)
    words = [w for w in re.split(r"[\s/:]+", re.sub(r"[$\\{}\"'‘’“”?!,.()]", "", unicodedata.normalize("NFKD", item["title"])
                                                    .encode("ascii", "ignore").decode())) if w]
    words = [w.replace("-", "") for w in words if w.lower() not in STOP and (len(w) > 1 or w.isdigit())][:3]
    year = re.search(r"\d{4}", item.get("date", "")).group(0)  # type: ignore[union-attr]
    return last + "".join(w[:1].upper() + w[1:] for w in words) + year


def bbt_title(title: str) -> str:
    words = title.split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and re.search(r"[A-Z]", w) and not w.startswith("$"):
            out.append("{{" + w + "}}")
        else:
            out.append(w)
    text = " ".join(out)
    text = re.sub(r"(?<![.:,;])\}\} \{\{", " ", text)
    return unicode_to_latex(text)


def bbt_name(c: dict[str, str]) -> str:
    if "name" in c:
        return "{" + unicode_to_latex(c["name"]) + "}"
    return unicode_to_latex(f"{c['lastName']}, {c['firstName']}" if c.get("firstName") else c["lastName"])


def bbt_export(item: dict[str, Any]) -> str:
    itype = item["itemType"]
    etype = {"journalArticle": "article", "conferencePaper": "inproceedings", "preprint": "misc",
             "bookSection": "incollection", "thesis": "phdthesis", "book": "book", "document": "misc",
             "computerProgram": "software", "dataset": "misc", "report": "techreport",
             "manuscript": "unpublished", "webpage": "online"}[itype]
    key = item.get("citationKey") or bbt_key(item)
    fields: list[tuple[str, str]] = [("title", bbt_title(item["title"])),
                                     ("author", " and ".join(bbt_name(c) for c in item["creators"]))]
    date = item.get("date", "")
    m = re.match(r"(\d{4})(?:-(\d{2}))?", date)
    if m:
        fields.append(("year", m.group(1)))
        if m.group(2):
            fields.append(("month", list(MONTHS)[int(m.group(2)) - 1]))
    if item.get("publicationTitle"):
        fields.append(("journal" if itype == "journalArticle" else "booktitle", unicode_to_latex(item["publicationTitle"])))
    if item.get("proceedingsTitle"):
        fields.append(("booktitle", unicode_to_latex(item["proceedingsTitle"])))
    if item.get("bookTitle"):
        fields.append(("booktitle", unicode_to_latex(item["bookTitle"])))
    for src, dst in (("volume", "volume"), ("issue", "number"), ("archiveID", "number"), ("pages", "pages")):
        if item.get(src):
            value = item[src].replace("-", "--").replace("–", "--") if src == "pages" else item[src]
            fields.append((dst, value))
    extra = item.get("extra", "")
    arxiv = re.search(r"^arXiv:\s*(\S+)(?:\s*\[([^\]]+)\])?", extra, re.M)
    if arxiv:
        fields.append(("eprint", arxiv.group(1)))
        if arxiv.group(2):
            fields.append(("primaryclass", arxiv.group(2).split(".")[0] if itype == "preprint" else arxiv.group(2)))
    for src, dst in (("repository", "publisher"), ("publisher", "publisher"), ("university", "school"),
                     ("DOI", "doi"), ("ISSN", "issn"), ("url", "url"), ("accessDate", "urldate")):
        if item.get(src):
            value = item[src][:10] if src == "accessDate" else item[src]
            fields.append((dst, unicode_to_latex(value) if src in ("publisher", "university") else value))
    if item.get("shortTitle"):
        fields.append(("shorttitle", bbt_title(item["shortTitle"])))
    if arxiv:
        fields.append(("archiveprefix", "arXiv"))
    body = ",\n".join(f"  {k} = {{{v}}}" if k != "month" else f"  {k} = {v}" for k, v in fields)
    return f"@{etype}{{{key},\n{body}\n}}\n"


# --------------------------------------------------------------------------- output

STRINGS = """@string{prl = "Phys. Rev. Lett."}
@string{prd = "Phys. Rev. D"}
@string{npb = "Nucl. Phys. B"}
@string{apj = "Astrophys. J."}
@string{aap = "Astron. Astrophys."}
@string{jmlr = "Journal of Machine Learning Research"}"""


ID_RE = re.compile(r"(?<![\w.])(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?(?![\d])|\b10\.\d{4,9}/\S+", re.I)


def carries_identifier(text: str) -> bool:
    """An arXiv id or a DOI anywhere in the record's text (the label's own check, not the reader's)."""
    return bool(ID_RE.search(text))


def check(e: Entry) -> None:
    bib_has = carries_identifier(e.bib.split("\n", 1)[1])
    zot_text = "\n".join(str(e.item.get(f, "")) for f in ("DOI", "extra", "url", "archiveID", "publicationTitle", "volume"))
    zot_has = carries_identifier(zot_text)
    assert bib_has == e.identifier == zot_has, (e.key, e.identifier, bib_has, zot_has)


def blind_half(paper: str) -> str:
    """Half the papers (all their cases together) may guide matcher work; the other half stays unseen."""
    return "blind-tune" if int(hashlib.sha256(paper.encode()).hexdigest(), 16) % 2 == 0 else "blind-holdout"


def write() -> None:
    import data  # noqa: F401  (fills PAPERS, ENTRIES, CASES)

    for e in ENTRIES.values():
        check(e)
    cases_out = []
    used: set[str] = set()
    for n, c in enumerate(CASES, 1):
        e = ENTRIES[c.key]
        assert c.paper in PAPERS, c.paper
        kinds = list(dict.fromkeys((*c.kinds, *e.kinds, *(() if e.identifier else ("no-identifier",)))))
        case: dict[str, Any] = {
            "id": f"b{n:03d}", "paper": c.paper, "expect": c.expect, "work": e.work, "form": e.form,
            "kinds": kinds, "pains": list(c.pains), "source": e.source, "identifier": e.identifier,
            "bib_key": e.key, "zotero_key": e.item["key"], "split": blind_half(c.paper),
        }
        notes = [n for n in (e.note, c.note) if n]
        if notes:
            case["note"] = " ".join(notes)
        cases_out.append(case)
        used.add(c.key)
    unused = set(ENTRIES) - used
    assert not unused, f"entries without a case: {sorted(unused)}"
    # a key names one work, whatever case uses it
    works: dict[str, str] = {}
    for c in cases_out:
        assert works.setdefault(c["bib_key"], c["work"]) == c["work"]
    papers = [PAPERS[k] for k in PAPERS]
    (HERE / "papers.json").write_text(json.dumps(papers, indent=1, ensure_ascii=False) + "\n", "utf-8")
    (HERE / "cases.json").write_text(json.dumps(cases_out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    bib = ["% The blind matching test set's library: one entry per library record of bench/matching/blind/cases.json.",
           "% Written by bench/matching/blind/build.py from hand-written exporter forms; do not edit by hand.", "",
           STRINGS, ""]
    for e in ENTRIES.values():
        bib.append(e.bib)
    (HERE / "library.bib").write_text("\n".join(bib), "utf-8")
    items = [e.item for e in ENTRIES.values()]
    (HERE / "zotero-items.json").write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n", "utf-8")
    pos_n = sum(1 for c in cases_out if c["expect"] == "present")
    print(f"{len(cases_out)} cases ({pos_n} positives, {len(cases_out) - pos_n} negatives), "
          f"{len(PAPERS)} papers, {len(ENTRIES)} entries")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.modules.setdefault("build", sys.modules[__name__])
    write()
