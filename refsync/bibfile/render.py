"""Papers as BibTeX or biblatex entries, written the way a careful author would type them. Pure.

One field per line, aligned, braces as delimiters, no trailing comma. What arXiv knows
decides the entry type:

- a ``journal_ref`` that :func:`~refsync.journalref.parse_journal_ref` is sure of makes
  an ``@article`` (journal, volume, number, pages ``a--b``, the publication year) or an
  ``@inproceedings`` (booktitle, pages, publisher, year), which keeps its arXiv fields
  so the free version stays one click away;
- anything else is a preprint: ``@misc`` with ``eprint``/``archivePrefix``/``primaryClass``
  (BibTeX) or ``@online`` with ``eprinttype``/``eprintclass`` (biblatex), dated by its
  first version; a journal_ref the parser declined is kept word for word in ``note``
  (BibTeX) or ``addendum`` (biblatex) instead of being guessed into fields.

A published DOI is written either way. It alone does not make an ``@article``: arXiv
gives no journal name with it, and an article without a journal is an error in every
BibTeX style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import latex

from .. import names
from ..journalref import JournalRef, parse_journal_ref
from ..model import Paper
from .settings import Style


@dataclass(frozen=True)
class RenderOptions:
    style: Style = Style.BIBTEX
    ascii_only: bool = False
    """Write accents as LaTeX commands (for classic BibTeX and non-UTF-8 files)."""
    max_authors: int | None = None
    """Keep this many authors and add ``and others``; None keeps them all."""
    protect: frozenset[str] = field(default_factory=frozenset)
    """Extra words (proper nouns) to keep capitalised in titles."""
    abstract: bool = False
    """Also write the abstract."""


@dataclass(frozen=True)
class Entry:
    """One entry as written: type, key and fields in order."""

    type: str
    key: str
    fields: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.fields if key == name), None)

    def __str__(self) -> str:
        width = max(len(k) for k, _ in self.fields)
        body = ",\n".join(f"  {k.ljust(width)} = {{{v}}}" for k, v in self.fields)
        return f"@{self.type}{{{self.key},\n{body}\n}}\n"


def publication(paper: Paper) -> JournalRef | None:
    """Where the paper was published, when its journal_ref says so unambiguously."""
    return parse_journal_ref(paper.journal_ref)


def citation_year(paper: Paper) -> int | None:
    """The year an entry carries: the publication's, else the first arXiv version's."""
    ref = publication(paper)
    return ref.year if ref is not None and ref.year else paper.year


_COLLECTIVE = re.compile(r"(?i)\b(?:collaboration|consortium|collab\.|team)$")


def format_name(written: str) -> str:
    """``Last, First`` (``van der Waals, J. D.``, ``Smith, Jr., John``): unambiguous for BibTeX.

    A collaboration is one braced name (``{ATLAS Collaboration}``), and a word ``and``
    inside a name is braced so BibTeX does not split the name there.
    """
    if _COLLECTIVE.search(written.strip()):
        return f"{{{' '.join(written.split())}}}"
    name = names.parse_name(written)
    family, given, suffix = (_guard_and(part) for part in (name.family, name.given, name.suffix))
    if not given:
        return f"{{{family}}}" if " " in family else family
    if suffix:
        return f"{family}, {suffix}, {given}"
    return f"{family}, {given}"


def _guard_and(part: str) -> str:
    return " ".join(f"{{{w}}}" if w.casefold() == "and" else w for w in part.split())


def author_field(authors: tuple[str, ...], options: RenderOptions) -> str:
    kept = list(authors)
    cut = options.max_authors is not None and len(kept) > options.max_authors
    if cut:
        kept = kept[: options.max_authors]
    written = [latex.escape(format_name(a), ascii_only=options.ascii_only) for a in kept]
    return " and ".join(written + (["others"] if cut else []))


def entry_for(paper: Paper, key: str, options: RenderOptions | None = None) -> Entry:
    """The entry for ``paper`` under ``key``, in the options' style."""
    options = options or RenderOptions()
    ref = publication(paper)
    biblatex = options.style == Style.BIBLATEX
    if ref is None:
        kind = "online" if biblatex else "misc"
    else:
        kind = ref.kind
    fields = [
        ("title", latex.title(paper.title, protect=options.protect, ascii_only=options.ascii_only)),
        ("author", author_field(paper.authors, options)),
        *_venue_fields(ref, options),
        ("date" if biblatex else "year", str(citation_year(paper) or "")),
        ("doi", latex.verbatim(paper.doi or "")),
        *_arxiv_fields(paper, biblatex),
        ("addendum" if biblatex else "note", _raw_journal_ref(paper, ref, options)),
        ("abstract", latex.escape(paper.abstract, ascii_only=options.ascii_only) if options.abstract else ""),
    ]
    return Entry(kind, key, tuple((k, v) for k, v in fields if v))


def _venue_fields(ref: JournalRef | None, options: RenderOptions) -> list[tuple[str, str]]:
    if ref is None:
        return []
    text = lambda value: latex.escape(value or "", ascii_only=options.ascii_only)  # noqa: E731
    biblatex = options.style == Style.BIBLATEX
    venue = ("journaltitle" if biblatex else "journal", text(ref.journal))
    if ref.kind == "inproceedings":
        venue = ("booktitle", text(ref.booktitle))
    volume, number = ref.volume, ref.number
    if not volume and not biblatex:  # BibTeX styles warn on a number without a volume: it is the volume
        volume, number = number, None
    return [
        venue,
        ("volume", text(volume)),
        ("number", text(number)),
        ("pages", text(ref.pages)),
        ("publisher", text(ref.publisher)),
    ]


def _arxiv_fields(paper: Paper, biblatex: bool) -> list[tuple[str, str]]:
    """``eprint`` with its type and class; old ids carry their archive (``hep-th/9901001``) already."""
    primary = paper.primary_class if paper.primary_class and "/" not in paper.arxiv_id else ""
    eprint = latex.verbatim(paper.arxiv_id)
    if biblatex:
        return [("eprint", eprint), ("eprinttype", "arxiv"), ("eprintclass", latex.verbatim(primary))]
    return [
        ("eprint", eprint),
        ("archivePrefix", "arXiv"),
        ("primaryClass", latex.verbatim(primary)),
        ("url", latex.verbatim(paper.url)),
    ]


def _raw_journal_ref(paper: Paper, ref: JournalRef | None, options: RenderOptions) -> str:
    """A journal_ref the parser was not sure of, kept as the author typed it."""
    if ref is not None or not paper.journal_ref:
        return ""
    return latex.escape(paper.journal_ref, ascii_only=options.ascii_only)


def render_entry(paper: Paper, key: str, options: RenderOptions | None = None) -> str:
    """One entry as text, ending with a newline."""
    return str(entry_for(paper, key, options))
