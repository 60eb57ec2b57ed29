"""Papers as BibTeX entries, written the way a careful author would type them. Pure.

One field per line, aligned, braces as delimiters, no trailing comma. A preprint is
``@misc`` with ``eprint``/``archivePrefix``/``primaryClass`` (which biblatex also
reads), the DOI arXiv knows, the abs URL without version, and the journal reference
kept in ``note``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from . import latex, names
from .textnorm import collapse_whitespace
from .model import Paper


@dataclass(frozen=True)
class RenderOptions:
    ascii_only: bool = False
    """Write accents as LaTeX commands (for classic BibTeX and non-UTF-8 files)."""
    max_authors: int | None = None
    """Keep this many authors and add ``and others``; None keeps them all."""
    protect: frozenset[str] = field(default_factory=frozenset)
    """Extra words (proper nouns) to keep capitalised in titles."""


def format_name(written: str) -> str:
    """``Last, First`` (``van der Waals, J. D.``, ``Smith, Jr., John``): unambiguous for BibTeX."""
    name = names.parse_name(written)
    if not name.given:
        return f"{{{name.family}}}" if " " in name.family else name.family
    if name.suffix:
        return f"{name.family}, {name.suffix}, {name.given}"
    return f"{name.family}, {name.given}"


def author_field(authors: tuple[str, ...], options: RenderOptions) -> str:
    kept = list(authors)
    if options.max_authors is not None and len(kept) > options.max_authors:
        kept = kept[: options.max_authors] + ["others"]
    return " and ".join(a if a == "others" else format_name(a) for a in kept)


def fields_for(paper: Paper, options: RenderOptions) -> list[tuple[str, str]]:
    """The fields of a preprint entry, in the order they are written."""
    text = lambda value: latex.escape(_printable(value), ascii_only=options.ascii_only)  # noqa: E731
    fields = [
        ("title", latex.protect_case(text(paper.title), options.protect)),
        ("author", text(author_field(paper.authors, options))),
        ("year", str(paper.year) if paper.year else ""),
        ("eprint", paper.arxiv_id),
        ("archivePrefix", "arXiv"),
        ("primaryClass", paper.primary_class if paper.primary_class and not _old_style(paper) else ""),
        ("doi", paper.doi or ""),
        ("url", paper.url),
        ("note", text(paper.journal_ref) if paper.journal_ref else ""),
    ]
    return [(k, v) for k, v in fields if v]


def _printable(value: str) -> str:
    """One line, no control characters: a NUL written here would make the file unreadable."""
    return collapse_whitespace("".join(" " if unicodedata.category(c) == "Cc" else c for c in value))


def _old_style(paper: Paper) -> bool:
    """Old ids carry their archive (``hep-th/9901001``): a primaryClass would repeat it."""
    return "/" in paper.arxiv_id


def render_entry(paper: Paper, key: str, options: RenderOptions | None = None) -> str:
    """One ``@misc`` entry, ending with a newline."""
    fields = fields_for(paper, options or RenderOptions())
    return format_entry("misc", key, fields)


def format_entry(entry_type: str, key: str, fields: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in fields)
    body = ",\n".join(f"  {k.ljust(width)} = {{{v}}}" for k, v in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"
