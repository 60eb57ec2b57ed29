"""Papers as Zotero items: field by field like Zotero's own arXiv import."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest

from refsync.arxiv.feed import parse_feed
from refsync.model import Paper
from refsync.zotero.items import ItemOptions, build_item, creator, fit_to_template, short_title
from tests.conftest import ARXIV_DATA, DATA
from tests.servers.zotero import Schema

CASES = json.loads((DATA / "zotero" / "arxiv-testcases.json").read_text("utf-8"))["cases"]
PAPERS = {p.arxiv_id: p for p in parse_feed((ARXIV_DATA / "zotero_testcases.xml").read_bytes()).papers}
ACCESSED = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.timezone.utc)
EVERYTHING = ItemOptions(tags=True, notes=True, attachments=True, item_type="published")

# Where refsync knowingly differs from a translator test case, and why.
KNOWN_DIFFERENCES = {
    # The translator takes the date of the published version from doi.org; refsync has
    # only the year of the journal reference arXiv gives.
    "2305.16311": {"date": "2023"},
}
ADDED_BY_THE_FRAMEWORK = {"accessDate"}  # the translator's test output omits it


def case_id(case: dict[str, Any]) -> str:
    return case["item"]["url"].removeprefix("http://arxiv.org/abs/")


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_items_match_zoteros_own_import_field_by_field(case: dict[str, Any]) -> None:
    expected = case["item"]
    arxiv_id = case_id(case)
    built = build_item(PAPERS[arxiv_id], EVERYTHING, accessed=ACCESSED)
    item = built.item
    special = KNOWN_DIFFERENCES.get(arxiv_id, {})
    for name, value in expected.items():
        if name in ("tags", "notes"):
            continue
        assert item.get(name) == special.get(name, value), name
    assert {t["tag"] for t in item["tags"]} == {t["tag"] for t in expected["tags"]}
    assert all(t["type"] == 1 for t in item["tags"])
    assert [c["note"] for c in built.children if c["itemType"] == "note"] == [n["note"] for n in expected["notes"]]
    assert set(item) - set(expected) - {"collections"} == ADDED_BY_THE_FRAMEWORK
    assert item["accessDate"] == "2026-11-02T09:30:00Z"


def test_a_preprint_has_the_arxiv_fields_of_the_search_path() -> None:
    item = build_item(PAPERS["1402.1516"], accessed=ACCESSED).item
    assert item["itemType"] == "preprint"
    assert item["url"] == "http://arxiv.org/abs/1402.1516"
    assert item["DOI"] == "10.48550/arXiv.1402.1516"
    assert (item["repository"], item["archiveID"]) == ("arXiv", "arXiv:1402.1516")
    assert item["extra"] == "arXiv:1402.1516 [math.SG]"
    assert item["libraryCatalog"] == "arXiv.org"


def test_an_old_style_id_has_no_category_bracket_in_extra() -> None:
    item = build_item(PAPERS["math/0211159"], accessed=ACCESSED).item
    assert item["extra"] == "arXiv:math/0211159"
    assert item["DOI"] == "10.48550/arXiv.math/0211159"


def test_a_published_paper_stays_a_preprint_by_default_with_its_doi_and_reference_in_extra() -> None:
    item = build_item(PAPERS["2305.16311"], accessed=ACCESSED).item
    assert item["itemType"] == "preprint"
    assert item["DOI"] == "10.48550/arXiv.2305.16311"
    assert item["extra"].splitlines() == [
        "arXiv:2305.16311 [cs.CV]",
        "DOI: 10.1145/3610548.3618154",
        "Journal reference: SIGGRAPH Asia 2023 Conference Papers, pp. 1-12, 2023",
    ]


def test_a_published_journal_paper_becomes_a_journal_article_when_configured() -> None:
    paper = replace(PAPERS["1402.1516"], journal_ref="Entropy 2025, 27(4), 344", dois=("10.3390/e27040344",))
    item = build_item(paper, ItemOptions(item_type="published"), accessed=ACCESSED).item
    assert item["itemType"] == "journalArticle"
    assert (item["publicationTitle"], item["volume"], item["issue"], item["pages"]) == ("Entropy", "27", "4", "344")
    assert (item["date"], item["DOI"]) == ("2025", "10.3390/e27040344")
    assert item["extra"] == "arXiv:1402.1516 [math.SG]"
    assert "archiveID" not in item and "repository" not in item


def test_a_journal_reference_that_does_not_parse_keeps_the_item_a_preprint() -> None:
    paper = replace(PAPERS["1402.1516"], journal_ref="submitted to a journal near you")
    item = build_item(paper, ItemOptions(item_type="published"), accessed=ACCESSED).item
    assert item["itemType"] == "preprint"
    assert item["extra"].endswith("Journal reference: submitted to a journal near you")


def test_the_item_is_filed_in_the_target_collection() -> None:
    assert build_item(PAPERS["1402.1516"], collection="ABCD2345", accessed=ACCESSED).item["collections"] == ["ABCD2345"]


def test_tags_notes_and_attachments_are_opt_in() -> None:
    built = build_item(PAPERS["1402.1516"], accessed=ACCESSED)
    assert built.item["tags"] == []
    assert built.children == ()


def test_the_pdf_is_a_linked_url_to_the_versioned_pdf() -> None:
    (attachment,) = build_item(PAPERS["math/0211159"], ItemOptions(attachments=True), accessed=ACCESSED).children
    assert attachment["linkMode"] == "linked_url"
    assert (attachment["title"], attachment["contentType"]) == ("Preprint PDF", "application/pdf")
    assert attachment["url"] == "http://arxiv.org/pdf/math/0211159v1"


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("Christian Schroeder de Witt", "Christian Schroeder", "de Witt"),  # Zotero: "Witt"
        ("Johannes van der Waals", "Johannes", "van der Waals"),
        ("Eric J Michaud", "Eric J.", "Michaud"),
        ("F R S Smith", "F. R. S.", "Smith"),
        ("FRS Smith", "F. R. S.", "Smith"),
        ("John Smith Jr.", "John, Jr.", "Smith"),
        ("Daniel Cohen-Or", "Daniel", "Cohen-Or"),
        ("Plato", "", "Plato"),
    ],
)
def test_names_are_split_with_particles_kept_in_the_last_name(written: str, first: str, last: str) -> None:
    assert creator(written) == {"creatorType": "author", "firstName": first, "lastName": last}


def test_a_collaboration_is_one_field() -> None:
    assert creator("The ATLAS Collaboration") == {"creatorType": "author", "name": "The ATLAS Collaboration"}


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("BERT: Pre-training of Deep Bidirectional Transformers", "BERT"),
        ("Is attention all you need? A study", "Is attention all you need?"),
        ("Precision Machine Learning", None),
        ("Why now?", None),
    ],
)
def test_short_title_follows_zoteros_rule(title: str, short: str | None) -> None:
    assert short_title(title) == short


def test_unknown_categories_get_no_tag() -> None:
    paper = replace(PAPERS["1402.1516"], categories=("cs.LG", "xx.YY", "stat.ML"))
    tags = build_item(paper, ItemOptions(tags=True), accessed=ACCESSED).item["tags"]
    assert [t["tag"] for t in tags] == ["Computer Science - Machine Learning", "Statistics - Machine Learning"]


def test_fields_the_servers_template_lacks_are_left_out() -> None:
    template = Schema().template("preprint")
    del template["archiveID"]
    fitted, dropped = fit_to_template(build_item(PAPERS["1402.1516"], accessed=ACCESSED).item, template)
    assert dropped == ("archiveID",)
    assert "archiveID" not in fitted and fitted["DOI"] == "10.48550/arXiv.1402.1516"


def test_every_item_fits_the_v41_templates_unchanged() -> None:
    schema = Schema()
    for paper in PAPERS.values():
        built = build_item(paper, EVERYTHING, accessed=ACCESSED)
        for item in (built.item, *built.children):
            assert fit_to_template(item, schema.template(item["itemType"], item.get("linkMode")))[1] == ()


def test_the_date_is_the_latest_versions_date() -> None:
    paper: Paper = replace(PAPERS["1402.1516"], published=dt.date(2014, 2, 6), updated=dt.date(2015, 3, 1))
    assert build_item(paper, accessed=ACCESSED).item["date"] == "2015-03-01"
