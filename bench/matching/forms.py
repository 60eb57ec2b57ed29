"""How each exporter writes a library entry: as .bib text, and as a Zotero item's ``data``.

An :class:`Entry` says what a library entry holds (title, authors, year, ids, venue);
a form says who wrote it down. Every form renders the same entry twice: the .bib text
that exporter produces (Google Scholar, arXiv's "Export BibTeX", INSPIRE, ADS, DBLP,
Mendeley, Zotero's and Better BibTeX's exports, a hand-written entry), and the Zotero
item the same record is in Zotero: a .bib imported with Better BibTeX, or an item
Zotero made itself (arXiv translator, DOI lookup, the pre-2022 translator, typed in).
The field layouts follow the exporters' real output (see the notes in
shared/reference/zotero-items.md for the Zotero side).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pylatexenc.latexencode import unicode_to_latex

from refsync.textnorm import latex_to_text

MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
ZOTERO_KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


@dataclass
class Entry:
    key: str
    form: str
    type: str
    """BibTeX entry type: article, inproceedings, misc, unpublished, book."""
    title: str
    authors: list[tuple[str, str]]
    """(given, family) pairs; a collaboration is ("", "ATLAS Collaboration")."""
    year: int | None
    month: int | None = None
    others: bool = False
    author_text: str | None = None
    """A hand-written ``author`` field, used verbatim on the .bib side."""
    arxiv: str | None = None
    """The arXiv id as this exporter writes it (maybe with a version)."""
    primary: str | None = None
    doi: str | None = None
    journal: str | None = None
    booktitle: str | None = None
    volume: str | None = None
    pages: str | None = None
    url: str | None = None
    note: str | None = None
    extra_fields: dict[str, str] = field(default_factory=dict)

    @property
    def zotero_key(self) -> str:
        digest = hashlib.sha1(self.key.encode()).digest()
        return "".join(ZOTERO_KEY_ALPHABET[b % len(ZOTERO_KEY_ALPHABET)] for b in digest[:8])

    @property
    def archive(self) -> str:
        """The subject archive the way BBT and Zotero write it: ``cs`` for ``cs.LG``."""
        return (self.primary or "").split(".")[0]

    @property
    def bare_arxiv(self) -> str | None:
        return re.sub(r"v\d+$", "", self.arxiv) if self.arxiv else None


# ---------------------------------------------------------------- text helpers

def latex(text: str) -> str:
    """Non-ASCII letters and specials as LaTeX, the way BibTeX exporters escape them."""
    if "\\" in text or "{" in text:
        return text
    return unicode_to_latex(text, non_ascii_only=False, replacement_latex_protection="braces")


def latex_title(text: str) -> str:
    """Escape a title, keeping any math and braces it already has."""
    if "$" in text or "{" in text or "\\" in text:
        return text
    return unicode_to_latex(text, non_ascii_only=True, replacement_latex_protection="braces").replace("&", r"\&")


def sentence_case(title: str) -> str:
    """Google Scholar's habit: words lower-cased except the first and acronyms."""
    words = title.split(" ")
    out = [words[0]]
    for word in words[1:]:
        caps = sum(c.isupper() for c in word)
        out.append(word if caps >= 2 or "$" in word or "\\" in word else word.lower())
    return " ".join(out)


def protect_runs(title: str, double: bool) -> str:
    """BBT wraps runs of capitalised words in ``{{...}}``; Zotero's export wraps each in ``{...}``."""
    words = title.split(" ")
    out: list[str] = [words[0]]
    run: list[str] = []

    def flush() -> None:
        if run:
            text = " ".join(run)
            out.append("{{" + text + "}}" if double else " ".join("{" + w + "}" for w in run))
            run.clear()

    for word in words[1:]:
        bare = word.rstrip(":,.?")
        if word[:1].isupper() and "$" not in word and "\\" not in word:
            run.append(bare)
            if bare != word:
                flush()
                out[-1] += word[len(bare):]
        else:
            flush()
            out.append(word)
    flush()
    return " ".join(out)


def initials_only(given: str) -> str:
    return " ".join(part[0] + "." for part in re.split(r"[\s.]+", given) if part)


def bib_names(entry: Entry, style: str) -> str:
    """The author field in one exporter's style."""
    if entry.author_text is not None:
        return entry.author_text
    names = []
    for given, family in entry.authors:
        if not given:
            names.append("{" + family + "}")
        elif style == "last-first":
            names.append(f"{latex(family)}, {latex(given)}")
        elif style == "scholar":
            names.append(f"{latex(family)}, {latex(given).replace('.', '')}")
        elif style == "ads":
            names.append(f"{{{latex(family)}}}, {latex(given)}")
        else:
            names.append(f"{latex(given)} {latex(family)}")
    if entry.others:
        names.append("others")
    return " and ".join(names)


def fields_block(pairs: list[tuple[str, str | None]], *, indent: str = "  ", eq: str = " = ", width: int = 0,
                 quote: str = "{}") -> str:
    lines = []
    for name, value in pairs:
        if value is None:
            continue
        if quote == '""' and not value.isdigit() and not re.fullmatch(r"[a-z]{3}", value):
            value = '"' + value + '"'
        elif quote == "{}" and not re.fullmatch(r"[a-z]{3}", value) and not value.startswith("\\"):
            value = "{" + value + "}"
        lines.append(f"{indent}{name.rjust(width) if width else name}{eq}{value}")
    return ",\n".join(lines)


def month_name(entry: Entry) -> str | None:
    return MONTHS[entry.month - 1] if entry.month else None


def wrap(entry_type: str, key: str, body: str, *, closing: str = "\n}") -> str:
    return f"@{entry_type}{{{key},\n{body}{closing}\n"


# ---------------------------------------------------------------- .bib renderers

def bib_scholar(e: Entry) -> str:
    venue: list[tuple[str, str | None]]
    if e.booktitle:
        venue = [("booktitle", e.booktitle)]
    else:
        venue = [("journal", e.journal or (f"arXiv preprint arXiv:{e.arxiv}" if e.arxiv else None))]
    pairs = [("title", sentence_case(latex_title(e.title))), ("author", bib_names(e, "scholar")), *venue,
             ("volume", e.volume), ("pages", e.pages), ("year", str(e.year) if e.year else None)]
    return wrap(e.type, e.key, fields_block(pairs, eq="=", quote="{}"))


def bib_arxiv(e: Entry) -> str:
    pairs = [("title", e.title), ("author", bib_names(e, "first-last")), ("year", str(e.year)),
             ("eprint", e.arxiv), ("archivePrefix", "arXiv"), ("primaryClass", e.primary),
             ("url", f"https://arxiv.org/abs/{e.arxiv}")]
    return wrap("misc", e.key, fields_block(pairs, indent="      ", eq="=") + ", ", closing="\n}")


def bib_inspire(e: Entry) -> str:
    new_style = e.arxiv and "/" not in e.arxiv
    pairs = [("author", bib_names(e, "last-first")), ("title", "{" + latex_title(e.title) + "}"),
             ("eprint", e.arxiv), ("archivePrefix", "arXiv" if new_style else None),
             ("primaryClass", e.primary if new_style else None), ("doi", e.doi), ("journal", e.journal),
             ("volume", e.volume), ("pages", e.pages), ("month", str(e.month) if e.month else None),
             ("year", str(e.year) if e.year else None), ("note", e.note)]
    return wrap(e.type, e.key, fields_block(pairs, indent="    ", quote='""'))


def bib_ads(e: Entry) -> str:
    pairs = [("author", bib_names(e, "ads")), ("title", '"{' + latex_title(e.title) + '}"'),
             ("journal", e.journal or ("arXiv e-prints" if e.arxiv else None)), ("year", str(e.year)),
             ("month", month_name(e)), ("volume", e.volume),
             ("eid", f"arXiv:{e.arxiv}" if e.arxiv and not e.journal else None),
             ("pages", e.pages or (f"arXiv:{e.arxiv}" if e.arxiv else None)), ("doi", e.doi),
             ("archivePrefix", "arXiv" if e.arxiv else None), ("eprint", e.arxiv),
             ("primaryClass", e.primary if e.arxiv and "/" not in e.arxiv else None),
             ("adsurl", f"https://ui.adsabs.harvard.edu/abs/{e.key}"),
             ("adsnote", "Provided by the SAO/NASA Astrophysics Data System")]
    body = []
    for name, value in pairs:
        if value is None:
            continue
        shown = value if value.startswith('"') or value.isdigit() or re.fullmatch(r"[a-z]{3}", value) else "{" + value + "}"
        body.append(f"{name.rjust(13)} = {shown}")
    return f"@{e.type.upper()}{{{e.key},\n" + ",\n".join(body) + "\n}\n"


def bib_dblp(e: Entry) -> str:
    title = re.sub(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*:?)", r"{\1}", e.title)
    corr = e.arxiv and not e.booktitle and not e.journal
    pairs = [("author", bib_names(e, "first-last")), ("title", title),
             ("booktitle", e.booktitle), ("journal", "CoRR" if corr else e.journal),
             ("volume", f"abs/{e.arxiv}" if corr else e.volume), ("pages", e.pages),
             ("year", str(e.year)), ("url", e.url or (f"https://doi.org/10.48550/arXiv.{e.arxiv}" if corr else None)),
             ("doi", f"10.48550/ARXIV.{e.arxiv}" if corr else e.doi),
             ("eprinttype", "arXiv" if corr else None), ("eprint", e.arxiv if corr else None),
             ("timestamp", "Tue, 28 Mar 2023 16:39:52 +0200"),
             ("biburl", f"https://dblp.org/rec/{e.key.removeprefix('DBLP:')}.bib"),
             ("bibsource", "dblp computer science bibliography, https://dblp.org")]
    body = ",\n".join(f"  {name.ljust(12)} = {{{value}}}" for name, value in pairs if value is not None)
    return wrap(e.type, e.key, body)


def bib_mendeley(e: Entry) -> str:
    pairs = [("archivePrefix", "arXiv" if e.arxiv else None), ("arxivId", e.arxiv),
             ("author", bib_names(e, "last-first")), ("doi", e.doi), ("eprint", e.arxiv),
             ("file", f":home/user/Documents/Mendeley Desktop/{e.key}.pdf:pdf"),
             ("journal", e.journal or ("arXiv" if e.arxiv else None)), ("title", "{" + latex_title(e.title) + "}"),
             ("url", f"http://arxiv.org/abs/{e.arxiv}" if e.arxiv else e.url), ("year", str(e.year))]
    return wrap(e.type, e.key, fields_block(pairs, indent="", eq=" = "))


def bib_hand(e: Entry) -> str:
    pairs = [("author", bib_names(e, "first-last")), ("title", latex_title(e.title)), ("journal", e.journal),
             ("booktitle", e.booktitle), ("volume", e.volume), ("pages", e.pages),
             ("year", str(e.year) if e.year else None), ("doi", e.doi), ("url", e.url), ("note", e.note),
             *e.extra_fields.items()]
    return wrap(e.type, e.key, fields_block(pairs))


def bib_bbt(e: Entry) -> str:
    """Better BibTeX's export of the Zotero item (its default BibTeX flavour)."""
    preprint = e.arxiv and not (e.journal or e.booktitle)
    pairs = [("title", protect_runs(latex_title(e.title), double=True)), ("author", bib_names(e, "last-first")),
             ("year", str(e.year) if e.year else None), ("month", month_name(e)),
             ("journal", e.journal), ("booktitle", e.booktitle), ("volume", e.volume), ("pages", e.pages),
             ("number", f"arXiv:{e.bare_arxiv}" if preprint else None), ("eprint", e.bare_arxiv),
             ("primaryclass", e.archive if e.arxiv and "/" not in e.arxiv else None),
             ("publisher", "arXiv" if preprint else None), ("doi", e.doi),
             ("url", e.url), ("urldate", "2024-02-11"), ("archiveprefix", "arXiv" if e.arxiv else None),
             ("note", e.note)]
    return wrap(e.type, e.key, fields_block(pairs))


def bib_zotero_export(e: Entry) -> str:
    """Zotero's own BibTeX export: tab-indented, each capitalised word braced."""
    venue = e.journal or (f"arXiv:{e.bare_arxiv} [{e.archive}]" if e.type == "article" and e.arxiv else None)
    url = e.url or (f"http://arxiv.org/abs/{e.arxiv}" if e.arxiv else None)
    pairs = [("title", protect_runs(latex_title(e.title), double=False)), ("volume", e.volume),
             ("url", url), ("doi", e.doi), ("journal", venue), ("booktitle", e.booktitle),
             ("publisher", "arXiv" if e.type == "misc" else None), ("author", bib_names(e, "last-first")),
             ("month", month_name(e)), ("year", str(e.year) if e.year else None), ("pages", e.pages),
             ("note", f"arXiv:{e.bare_arxiv} [{e.archive}]" if e.type == "misc" and e.arxiv else e.note)]
    return wrap(e.type, e.key, fields_block(pairs, indent="\t") + ",")


# ---------------------------------------------------------------- Zotero items

def _creators(e: Entry) -> list[dict[str, str]]:
    creators = []
    for given, family in e.authors:
        if given:
            creators.append({"creatorType": "author", "firstName": latex_to_text(given), "lastName": latex_to_text(family)})
        else:
            creators.append({"creatorType": "author", "name": family})
    return creators


def _date(e: Entry, day: str | None = None) -> str:
    if day:
        return day
    if e.year and e.month:
        return f"{e.year}-{e.month:02d}"
    return str(e.year) if e.year else ""


def _base(e: Entry, item_type: str) -> dict[str, object]:
    return {"key": e.zotero_key, "version": 1200 + int(hashlib.sha1(e.key.encode()).hexdigest()[:3], 16) % 800,
            "itemType": item_type, "title": latex_to_text(e.title), "creators": _creators(e)}


def _finish(item: dict[str, object]) -> dict[str, object]:
    item.setdefault("tags", [])
    item.update({"collections": [], "relations": {}, "dateAdded": "2024-02-11T09:30:12Z",
                 "dateModified": "2024-02-11T09:30:12Z"})
    return {k: v for k, v in item.items() if v not in (None, "")}


IMPORTED_TYPES = {"article": "journalArticle", "inproceedings": "conferencePaper", "misc": "document",
                  "unpublished": "manuscript", "book": "book", "techreport": "report"}


def zotero_imported(e: Entry) -> dict[str, object]:
    """A .bib entry imported into Zotero with Better BibTeX: unknown fields go to Extra as ``tex.*``."""
    item = _base(e, IMPORTED_TYPES.get(e.type, "document"))
    item["date"] = _date(e)
    if item["itemType"] == "journalArticle":
        item["publicationTitle"] = e.journal or (f"arXiv preprint arXiv:{e.arxiv}" if e.form == "google-scholar" and e.arxiv else None)
    if item["itemType"] == "conferencePaper":
        item["proceedingsTitle"] = e.booktitle
    if item["itemType"] in ("journalArticle", "conferencePaper"):
        item.update({"volume": e.volume, "pages": e.pages})
    item["DOI"] = e.doi or (f"10.48550/arXiv.{e.arxiv}" if e.form in ("ads", "dblp") and e.arxiv and not (e.journal or e.booktitle) else None)
    item["url"] = e.url or (f"https://arxiv.org/abs/{e.arxiv}" if e.form in ("arxiv-bibtex", "mendeley") and e.arxiv else None)
    extra = []
    if e.arxiv and e.form != "google-scholar":
        extra.append(f"arXiv: {e.arxiv}" + (f" [{e.primary}]" if e.primary and "/" not in e.arxiv else ""))
    if e.note:
        extra.append(f"tex.note: {e.note}")
    if e.form == "ads":
        extra.append(f"tex.adsurl: https://ui.adsabs.harvard.edu/abs/{e.key}")
    for name, value in e.extra_fields.items():
        extra.append(f"tex.{name}: {value}")
    item["extra"] = "\n".join(extra)
    item["tags"] = []
    return _finish(item)


def zotero_arxiv_translator(e: Entry, day: str | None = None) -> dict[str, object]:
    """An item saved from arxiv.org by Zotero's arXiv translator (preprint, since 2022)."""
    assert e.arxiv
    item = _base(e, "preprint")
    old = "/" in e.bare_arxiv  # type: ignore[operator]
    versioned = e.arxiv != e.bare_arxiv
    extra = f"arXiv:{e.bare_arxiv}" + ("" if old or not e.primary else f" [{e.primary}]")
    if versioned:
        extra += f"\nversion: {e.arxiv.rsplit('v', 1)[1]}"
    item.update({"abstractNote": "", "date": _date(e, day), "DOI": f"10.48550/arXiv.{e.bare_arxiv}",
                 "repository": "arXiv", "archiveID": f"arXiv:{e.bare_arxiv}", "extra": extra,
                 "libraryCatalog": "arXiv.org", "url": f"http://arxiv.org/abs/{e.bare_arxiv}",
                 "accessDate": "2024-02-11T09:30:12Z",
                 "shortTitle": e.title.split(":")[0] if ":" in e.title else None,
                 "tags": [{"tag": "Computer Science - Machine Learning", "type": 1}] if e.archive == "cs" else []})
    return _finish(item)


def zotero_published(e: Entry) -> dict[str, object]:
    """The published version, saved from the publisher's page or by DOI lookup."""
    item_type = "conferencePaper" if e.booktitle else "journalArticle"
    item = _base(e, item_type)
    item.update({"date": _date(e), "DOI": e.doi, "url": e.url, "volume": e.volume, "pages": e.pages,
                 "libraryCatalog": "DOI.org (Crossref)" if e.doi else None})
    item["proceedingsTitle" if e.booktitle else "publicationTitle"] = e.booktitle or e.journal
    if e.arxiv:  # arXiv translator's DOI path: the arXiv id survives only in Extra
        item["extra"] = f"arXiv:{e.arxiv}" + (f" [{e.primary}]" if e.primary and "/" not in e.arxiv else "")
    return _finish(item)


def zotero_legacy(e: Entry) -> dict[str, object]:
    """A journalArticle made by the arXiv translator before 2022."""
    assert e.arxiv
    item = _base(e, "journalArticle")
    versioned = e.arxiv != e.bare_arxiv
    item.update({"date": _date(e), "publicationTitle": f"arXiv:{e.bare_arxiv} [{e.archive}]",
                 "url": f"http://arxiv.org/abs/{e.arxiv}", "libraryCatalog": "arXiv.org",
                 "extra": f"arXiv: {e.bare_arxiv}" + (f"\nversion: {e.arxiv.rsplit('v', 1)[1]}" if versioned else ""),
                 "accessDate": "2019-05-02T10:11:12Z"})
    return _finish(item)


def zotero_manual(e: Entry) -> dict[str, object]:
    """Typed into Zotero by hand: what the user bothered to fill in."""
    item = _base(e, "journalArticle" if e.journal else "conferencePaper" if e.booktitle else "document")
    item.update({"date": _date(e), "url": e.url, "DOI": e.doi, "extra": e.note})
    if e.journal:
        item["publicationTitle"] = e.journal
    if e.booktitle:
        item["proceedingsTitle"] = e.booktitle
    return _finish(item)


@dataclass(frozen=True)
class Form:
    bib: Callable[[Entry], str]
    zotero: Callable[[Entry], dict[str, object]]
    description: str


FORMS: dict[str, Form] = {
    "google-scholar": Form(bib_scholar, zotero_imported, "Google Scholar's BibTeX"),
    "arxiv-bibtex": Form(bib_arxiv, zotero_imported, "arXiv's own 'Export BibTeX Citation'"),
    "inspire": Form(bib_inspire, zotero_imported, "INSPIRE-HEP BibTeX"),
    "ads": Form(bib_ads, zotero_imported, "NASA ADS BibTeX"),
    "dblp": Form(bib_dblp, zotero_imported, "DBLP BibTeX"),
    "mendeley": Form(bib_mendeley, zotero_imported, "Mendeley Desktop export"),
    "hand-written": Form(bib_hand, zotero_imported, "typed by hand"),
    "zotero-arxiv": Form(bib_bbt, zotero_arxiv_translator, "Zotero arXiv translator item, Better BibTeX export"),
    "zotero-arxiv-export": Form(bib_zotero_export, zotero_arxiv_translator,
                                "Zotero arXiv translator item, Zotero's own BibTeX export"),
    "zotero-doi": Form(bib_bbt, zotero_published, "published version saved in Zotero, Better BibTeX export"),
    "zotero-legacy": Form(bib_zotero_export, zotero_legacy, "pre-2022 arXiv translator journalArticle"),
    "zotero-manual": Form(bib_bbt, zotero_manual, "typed into Zotero by hand, Better BibTeX export"),
}
