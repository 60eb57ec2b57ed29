"""A present Zotero item brought up to date, by the same rules as a .bib entry. Pure.

The item is read as the fields a .bib entry of it would have (:func:`item_fields`), so
:func:`refsync.bibfile.update.plan_update` alone decides what is added, what becomes the
published type and what is a conflict; this module only names its answer in Zotero's
fields and values (those :func:`~refsync.zotero.items.build_item` writes for new items)
and makes the PATCH that applies it.

A ``preprint`` that becomes a ``journalArticle`` or ``conferencePaper`` keeps its key,
collections, tags, relations, children and citation key (a PATCH leaves them alone).
Fields of the old type that the new type's template lacks are kept in Extra, where
Zotero's own import keeps them: the arXiv id on an ``arXiv:`` line, anything else on a
``field: value`` line. Every field of the PATCH is one the server's template for the
new type has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..bibfile.render import RenderOptions
from ..bibfile.settings import Style
from ..bibfile.update import plan_update
from ..model import TYPE, Decision, FieldChange, Paper, Update
from .items import build_item, extra_lines
from .records import extra_arxiv_ids, item_year, record_from_item
from .settings import ItemOptions

__all__ = ["ItemPatch", "item_fields", "overwritten", "plan_item"]

_AS_ENTRY = {"preprint": "preprint", "journalArticle": "article", "conferencePaper": "inproceedings"}
_AS_ITEM = {"article": "journalArticle", "inproceedings": "conferencePaper"}
_ENTRY_FIELDS = {"title": "title", "author": "creators", "volume": "volume", "number": "issue", "pages": "pages",
                 "publisher": "publisher", "date": "date", "doi": "DOI"}
"""biblatex field -> Zotero field, besides the venue (journaltitle, booktitle)."""
_VENUE = {"journalArticle": "publicationTitle", "conferencePaper": "proceedingsTitle"}
_SYNONYMS = {"publicationtitle": "journaltitle", "proceedingstitle": "booktitle", "journal": "journaltitle",
             "issue": "number", "creators": "author", "year": "date", "itemtype": TYPE}
"""Zotero's and BibTeX's names for the fields ``--overwrite`` may name, as the update rules name them."""
_NOT_FIELDS = frozenset({"key", "version", "itemType", "creators", "tags", "collections", "relations", "dateAdded",
                         "dateModified", "parentItem", "deleted", "inPublications"})
_LABELS = {"citationKey": "Citation Key"}
"""Extra labels Zotero and Better BibTeX read back (``Citation Key: …``)."""
_ARXIV_DOI = "10.48550/arxiv."


@dataclass(frozen=True)
class ItemPatch:
    """The fields to PATCH onto one item, conditional on the item version read."""

    key: str
    version: int
    arxiv_id: str
    fields: dict[str, Any]


def overwritten(names: frozenset[str]) -> frozenset[str]:
    """``--overwrite`` names (Zotero's or BibTeX's, any case) as the update rules name fields."""
    return frozenset(_SYNONYMS.get(n.lower(), n.lower()) for n in names)


def item_fields(data: Mapping[str, Any]) -> dict[str, str]:
    """``data`` as the fields (biblatex names) an entry for it would have: what the update rules compare.

    The arXiv DataCite DOI is arXiv's, not the published one, so it does not count as a DOI here.
    """
    item_type = str(data.get("itemType") or "")
    doi = next((f.value for f in record_from_item(data).dois if not f.value.lower().startswith(_ARXIV_DOI)), "")
    year = item_year(data)
    return {
        "ENTRYTYPE": _AS_ENTRY.get(item_type, item_type.lower()),
        "ID": str(data.get("key") or ""),
        "eprinttype": "arxiv",
        "title": str(data.get("title") or ""),
        "author": " and ".join(_author(c) for c in data.get("creators") or () if c.get("creatorType") == "author"),
        "journaltitle": str(data.get("publicationTitle") or ""),
        "booktitle": str(data.get("proceedingsTitle") or ""),
        "volume": str(data.get("volume") or ""),
        "number": str(data.get("issue") or ""),
        "pages": str(data.get("pages") or ""),
        "publisher": str(data.get("publisher") or ""),
        "date": str(year) if year else "",
        "doi": doi,
    }


def _author(creator: Mapping[str, Any]) -> str:
    if creator.get("name"):
        return "{" + str(creator["name"]) + "}"
    return f"{creator.get('lastName') or ''}, {creator.get('firstName') or ''}".strip(", ")


def plan_item(
    decision: Decision,
    data: Mapping[str, Any],
    template: Callable[[str], Mapping[str, Any]],
    overwrite: frozenset[str] = frozenset(),
) -> tuple[Update, ItemPatch | None] | None:
    """What ``data`` (the item of a present paper) lacks, in Zotero's names, and the PATCH that adds it.

    ``template`` gives the server's item template for a type; ``overwrite`` is as :func:`overwritten` makes it.
    """
    fields_now = item_fields(data)
    if str(data.get("date") or "") in _arxiv_dates(decision.paper):
        fields_now["date"] = ""  # arXiv's date of a version, as the import wrote it, is no user's: the venue's year may replace it
    planned = plan_update(decision, fields_now, RenderOptions(style=Style.BIBLATEX), overwrite)
    if planned is None:
        return None
    old_type = str(data["itemType"])
    new_type = _AS_ITEM[planned.new_type] if planned.new_type else old_type
    wanted = {**build_item(decision.paper, ItemOptions(item_type="published")).item, "DOI": decision.paper.doi or ""}
    fields: dict[str, Any] = {}
    changes = [_named(c, data, wanted, new_type, fields) for c in planned.changes]
    conflicts = tuple(_named(c, data, wanted, new_type, {}) for c in planned.conflicts)
    fitted = template(new_type)
    retyped = new_type != old_type
    changes = [c for c in changes if c.field in fitted or c.field == TYPE]  # as new items: the server's schema
    conflicts = tuple(c for c in conflicts if c.field in fitted)
    doi_line = None
    if "DOI" in fields and (new_type == "preprint" or "DOI" not in fitted):
        doi_line = f"DOI: {fields.pop('DOI')}"  # where refsync's own preprints keep a published DOI
        changes = [c for c in changes if c.field != "DOI"]
    old_extra = str(data.get("extra") or "")
    extra = _extra(data, decision.paper, fitted if retyped else None, doi_line)
    if extra != old_extra:
        fields["extra"] = extra
        changes.append(FieldChange("extra", old_extra, extra))
    if retyped:  # what the server would move into the new type's fields from the old ones is in Extra now
        old_fields = template(old_type)
        fields.update({name: "" for name in fitted
                       if name not in old_fields and name not in fields and name not in _NOT_FIELDS})
    fields = {name: value for name, value in fields.items() if name in fitted or name == "itemType"}
    update = Update(str(data["key"]), tuple(changes), conflicts)
    if not fields:
        return update, None
    return update, ItemPatch(str(data["key"]), int(data["version"]), decision.paper.arxiv_id, fields)


def _arxiv_dates(paper: Paper) -> set[str]:
    """The dates Zotero's arXiv import and refsync give a preprint item: its latest or its first version's."""
    return {day.isoformat() for day in (paper.updated, paper.published) if day}


def _named(change: FieldChange, data: Mapping[str, Any], wanted: Mapping[str, Any], new_type: str,
           fields: dict[str, Any]) -> FieldChange:
    """``change`` (biblatex names, LaTeX values) in Zotero's names and values; what to write goes in ``fields``."""
    if change.field in ("journaltitle", "booktitle"):
        name = _VENUE.get(new_type, "publicationTitle")
        value: Any = wanted.get("publicationTitle") or wanted.get("proceedingsTitle") or ""
    elif change.field == TYPE:
        fields["itemType"] = new_type
        return FieldChange(TYPE, str(data.get("itemType") or ""), new_type)  # named as for entries, so new_type works
    else:
        name = _ENTRY_FIELDS[change.field]
        value = wanted.get(name, "")
    fields[name] = value
    return FieldChange(name, _shown(data.get(name)), _shown(value))


def _shown(value: Any) -> str:
    """A field's value as the report shows it (creators as ``Family, Given; …``)."""
    if isinstance(value, list):
        return "; ".join(str(c.get("name") or f"{c.get('lastName', '')}, {c.get('firstName', '')}") for c in value)
    return str(value or "")


def _extra(data: Mapping[str, Any], paper: Paper, new_template: Mapping[str, Any] | None,
           doi_line: str | None) -> str:
    """Extra with, on a change of type, the arXiv id and every field the new type lacks, and ``doi_line``."""
    extra = str(data.get("extra") or "")
    lines = extra.splitlines()
    added: list[str] = []
    if new_template is not None:
        if paper.arxiv_id not in extra_arxiv_ids(extra):
            lines.insert(0, extra_lines(paper, with_publication=False)[0])
        added += [f"{_LABELS.get(name, name)}: {value}" for name, value in _dropped(data, paper, new_template)]
    if doi_line:
        added.append(doi_line)
    lines += [line for line in added if line not in lines]
    return "\n".join(lines) if lines != extra.splitlines() else extra


def _dropped(data: Mapping[str, Any], paper: Paper, template: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The item's own fields the new type has no place for, except arXiv's (the ``arXiv:`` line holds them)."""
    arxiv_own = {f"arXiv:{paper.arxiv_id}".lower(), "arxiv"}
    return [(name, str(value)) for name, value in data.items()
            if name not in _NOT_FIELDS and name not in template and value not in ("", None, [], {})
            and str(value).lower() not in arxiv_own]
