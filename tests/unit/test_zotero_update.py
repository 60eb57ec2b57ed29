"""Which fields of a present Zotero item are out of date, and the PATCH that brings it up to date. Pure."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from refsync.model import TYPE, Decision, Match, MatchBy, Paper, Status
from refsync.zotero.items import build_item
from refsync.zotero.update import ItemPatch, item_fields, overwritten, plan_item
from tests.servers.zotero import Schema
from tests.unit.test_update import PREPRINT, PUBLISHED

SCHEMA = Schema()
KEY = "LIGEOM24"


def held(paper: Paper = PREPRINT, **fields: Any) -> dict[str, Any]:
    """The item refsync made for ``paper``, as the server returns its data."""
    return {"key": KEY, "version": 12, **build_item(paper).item, "citationKey": "li2024", **fields}


def present(paper: Paper = PUBLISHED, by: MatchBy = MatchBy.ARXIV_ID) -> Decision:
    return Decision(paper, Status.PRESENT, "archiveID = arXiv:2410.19750", Match(KEY, by))


def template(item_type: str) -> dict[str, Any]:
    return SCHEMA.template(item_type)


def planned(data: dict[str, Any], overwrite: frozenset[str] = frozenset(), decision: Decision | None = None,
            templates: Any = template) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], ItemPatch | None]:
    result = plan_item(decision or present(), data, templates, overwritten(overwrite))
    assert result is not None
    update, patch = result
    return ({c.field: (c.old, c.new) for c in update.changes}, {c.field: (c.old, c.new) for c in update.conflicts},
            patch)


def test_an_item_reads_as_the_entry_fields_the_update_rules_compare() -> None:
    fields = item_fields(held(PUBLISHED, itemType="journalArticle", publicationTitle="Entropy", issue="4"))
    assert (fields["ENTRYTYPE"], fields["journaltitle"], fields["number"]) == ("article", "Entropy", "4")
    assert fields["author"] == "Li, Yuxiao and Michaud, Eric J. and Tegmark, Max"
    assert fields["date"] == "2024"


def test_the_arxiv_datacite_doi_is_not_a_published_doi() -> None:
    assert item_fields(held())["doi"] == ""
    assert item_fields(held(extra="DOI: 10.3390/E27040344"))["doi"] == "10.3390/e27040344"


def test_a_published_preprint_becomes_a_journal_article_with_the_published_fields() -> None:
    changes, conflicts, patch = planned(held())
    assert changes[TYPE] == ("preprint", "journalArticle")
    assert changes["publicationTitle"] == ("", "Entropy")
    assert changes["DOI"] == ("10.48550/arXiv.2410.19750", "10.3390/e27040344")
    assert changes["date"] == ("2024-10-10", "2025")
    assert conflicts == {}
    assert patch is not None and patch.version == 12 and patch.key == KEY
    assert {"itemType": "journalArticle", "volume": "27", "issue": "4", "pages": "344"}.items() <= patch.fields.items()
    assert set(patch.fields) - {"itemType"} <= set(template("journalArticle"))
    assert "citationKey" not in patch.fields and "collections" not in patch.fields


def test_a_users_value_is_a_conflict_unless_the_field_is_named_in_any_of_its_names() -> None:
    data = held(PUBLISHED, itemType="journalArticle", publicationTitle="Entropy (Basel)", volume="27", issue="4",
                pages="344", DOI="10.3390/e27040344", date="2025")
    del data["repository"], data["archiveID"]
    changes, conflicts, patch = planned(data)
    assert conflicts == {"publicationTitle": ("Entropy (Basel)", "Entropy")} and changes == {} and patch is None
    for name in ("publicationTitle", "journal", "journaltitle"):
        changes, conflicts, patch = planned(data, frozenset({name}))
        assert changes == {"publicationTitle": ("Entropy (Basel)", "Entropy")} and conflicts == {}
        assert patch is not None and patch.fields == {"publicationTitle": "Entropy"}


def test_a_published_doi_of_a_paper_with_no_journal_reference_goes_to_extra_as_on_new_preprints() -> None:
    changes, _, patch = planned(held(), decision=present(replace(PREPRINT, dois=("10.3390/e27040344",))))
    assert "DOI" not in changes and patch is not None
    assert patch.fields == {"extra": "arXiv:2410.19750 [q-bio.NC]\nDOI: 10.3390/e27040344"}


def test_fields_the_new_type_lacks_are_kept_in_extra_never_dropped() -> None:
    data = held(genre="Working paper", extra="")
    old_schema = {**template("journalArticle")}
    del old_schema["citationKey"]  # journalArticle had no citationKey before schema 36

    def templates(item_type: str) -> dict[str, Any]:
        return old_schema if item_type == "journalArticle" else template(item_type)

    changes, _, patch = planned(data, templates=templates)
    assert patch is not None
    assert patch.fields["extra"].splitlines() == ["arXiv:2410.19750 [q-bio.NC]", "Citation Key: li2024",
                                                  "genre: Working paper"]
    assert changes["extra"][1] == patch.fields["extra"]
    assert patch.fields["publisher"] == ""  # not the preprint's repository "arXiv"


def test_an_item_up_to_date_needs_nothing() -> None:
    data = held(PUBLISHED, itemType="journalArticle", publicationTitle="Entropy", volume="27", issue="4",
                pages="344", DOI="10.3390/e27040344", date="2025")
    assert plan_item(present(), data, template) is None


def test_a_field_the_servers_template_lacks_is_neither_written_nor_reported() -> None:
    assert planned(held())[0]["pages"] == ("", "344")
    without_pages = {k: v for k, v in template("journalArticle").items() if k != "pages"}

    def templates(item_type: str) -> dict[str, Any]:
        return without_pages if item_type == "journalArticle" else template(item_type)

    changes, _, patch = planned(held(), templates=templates)
    assert "pages" not in changes and patch is not None and "pages" not in patch.fields
    assert changes[TYPE] == ("preprint", "journalArticle")
