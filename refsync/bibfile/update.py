"""What a present entry lacks that arXiv now knows: field-level updates, old -> new. Pure.

"What the library should hold" is the entry :func:`~refsync.render.entry_for` writes for
the paper: its published DOI and journal reference, whoever supplied them. An entry is
compared with it field by field:

- a missing field refsync owns (DOI; journal, volume, number, pages, publisher and year
  once the entry is, or becomes, the published type) is added;
- a preprint entry (``@misc``, ``@online``, ``@unpublished``) whose journal reference
  parses becomes ``@article`` or ``@inproceedings``, key and every other field kept;
- a non-empty value is the user's and is never replaced, unless the user named the
  field (``overwrite``) or it is exactly what refsync writes for the preprint (the
  arXiv year of a preprint that is now published); otherwise it is a conflict,
  reported, not changed;
- title and authors are compared only for entries matched by arXiv id: a difference is
  a conflict unless overwritten (a later arXiv version changed them, or the user did).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .. import names, textnorm
from ..model import PREPRINT_KINDS, TYPE, Decision, FieldChange, MatchBy, Update
from .parse import split_authors
from .render import Entry, RenderOptions, entry_for
from .settings import Style

PUBLISHED_TYPES = frozenset({"article", "inproceedings"})
VENUE_FIELDS = frozenset({"journal", "journaltitle", "booktitle", "volume", "number", "pages", "publisher",
                          "year", "date"})
"""Fields filled only when the entry has (or gets) the type of the published version."""
TEXT_FIELDS = ("title", "author")
COMPARED = frozenset({*VENUE_FIELDS, *TEXT_FIELDS, "doi", "archiveprefix", "eprinttype", "eprintclass"})
"""Every field :func:`plan_update` and :func:`entry_style` read: the rest need not be parsed."""


def entry_style(fields: Mapping[str, str], default: Style) -> Style:
    """The style the entry is written in: its own field names say so better than the config."""
    if any(name in fields for name in ("journaltitle", "eprinttype", "eprintclass")):
        return Style.BIBLATEX
    if "year" in fields or "archiveprefix" in fields or "journal" in fields:
        return Style.BIBTEX
    return Style.BIBLATEX if "date" in fields else default


def plan_update(
    decision: Decision, fields: Mapping[str, str], options: RenderOptions, overwrite: frozenset[str] = frozenset()
) -> Update | None:
    """The update of the entry ``fields`` (lower-case names, ``ENTRYTYPE``, ``ID``) for a present paper."""
    key = fields.get("ID", "")
    options = replace(options, style=entry_style(fields, options.style), abstract=False)
    wanted = entry_for(decision.paper, key, options)
    preprint = entry_for(replace(decision.paper, journal_ref=None, dois=(), venue=None), key, options)
    old_type = fields.get("ENTRYTYPE", "").lower()
    changes: list[FieldChange] = []
    if old_type in PREPRINT_KINDS and wanted.type in PUBLISHED_TYPES:
        changes.append(FieldChange(TYPE, old_type, wanted.type))
    new_type = changes[0].new if changes else old_type
    conflicts: list[FieldChange] = []
    for name, new in _compared(wanted, new_type, decision):
        old = " ".join(fields.get(name.lower(), "").split())
        if _same(name, old, new):
            continue
        change = FieldChange(name, old, new)
        own = not old or name.lower() in overwrite or old == preprint.get(name)
        (changes if own else conflicts).append(change)
    if not changes and not conflicts:
        return None
    return Update(key, tuple(changes), tuple(conflicts))


def _compared(wanted: Entry, new_type: str, decision: Decision) -> list[tuple[str, str]]:
    """The wanted fields this entry is held to."""
    by_id = decision.match is not None and decision.match.by is MatchBy.ARXIV_ID
    published = new_type == wanted.type and new_type in PUBLISHED_TYPES
    return [(name, value) for name, value in wanted.fields
            if name == "doi" or (published and name in VENUE_FIELDS) or (by_id and name in TEXT_FIELDS)]


_BRACES = re.compile(r"[{}\\\s]")


def _same(name: str, old: str, new: str) -> bool:
    """Equal as BibTeX prints them: braces, case, spacing and dash style aside."""
    if not old:
        return False
    if name == "title":
        return textnorm.fold(old) == textnorm.fold(new)
    if name == "author":
        return _family_names(old) == _family_names(new)
    return _plain(old) == _plain(new)


def _plain(text: str) -> str:
    return _BRACES.sub("", text).casefold().replace("--", "-")


def _family_names(field: str) -> list[str]:
    return [names.fold(a.family) for a in split_authors(field)]
