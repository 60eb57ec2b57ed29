"""Reading Zotero items: arXiv ids and DOIs wherever Zotero and its plugins put them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from refsync.arxiv.feed import parse_feed
from refsync.model import Name
from refsync.zotero import record_from_item
from refsync.zotero.items import ItemOptions, build_item
from tests.conftest import MICHAUD_FEED


def item(**data: Any) -> dict[str, Any]:
    """An API object around ``data``, as the Web API returns it."""
    data = {"key": "ABCD2345", "version": 7, "itemType": "preprint", "title": "A title", **data}
    return {"key": data["key"], "version": data["version"], "library": {}, "links": {}, "meta": {}, "data": data}


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"archiveID": "arXiv:2303.13506"}, "archiveID"),
        ({"DOI": "10.48550/arXiv.2303.13506"}, "DOI"),
        ({"DOI": "10.48550/ARXIV.2303.13506"}, "DOI"),  # DataCite's spelling
        ({"extra": "arXiv:2303.13506 [cs.LG]"}, "extra"),  # since 2026-05
        ({"extra": "arXiv:2303.13506 [cs]"}, "extra"),  # 2024-10 to 2026-05
        ({"extra": "arXiv:2303.13506 [cs, eess, q-bio]"}, "extra"),  # OAI era
        ({"extra": "Citation Key: michaud2023\narXiv: 2303.13506v3\nversion: 3"}, "extra"),  # before 2022
        ({"extra": "tex.eprint: 2303.13506"}, "extra"),  # Better BibTeX import
        ({"extra": "DOI: 10.48550/arXiv.2303.13506"}, "extra"),
        ({"url": "https://arxiv.org/abs/2303.13506v2"}, "url"),
        ({"url": "http://export.arxiv.org/pdf/2303.13506v1.pdf"}, "url"),
        ({"itemType": "journalArticle", "publicationTitle": "arXiv:2303.13506 [cs]"}, "publicationTitle"),
        ({"itemType": "journalArticle", "publicationTitle": "arXiv preprint arXiv:2303.13506"}, "publicationTitle"),
        ({"itemType": "report", "reportNumber": "arXiv:2303.13506"}, "reportNumber"),
    ],
)
def test_the_arxiv_id_is_found_wherever_it_was_put(fields: dict[str, Any], where: str) -> None:
    record = record_from_item(item(**fields))
    assert [(f.value, f.field) for f in record.arxiv_ids] == [("2303.13506", where)]


def test_an_old_style_id_in_extra_is_found() -> None:
    assert record_from_item(item(extra="arXiv:math/0211159")).arxiv_ids[0].value == "math/0211159"


def test_a_number_that_only_looks_like_an_id_is_not_one() -> None:
    record = record_from_item(item(extra="Pages: 2303.13506", url="https://example.org/2303.13506"))
    assert record.arxiv_ids == ()


def test_dois_come_from_the_doi_field_extra_lines_and_doi_urls() -> None:
    record = record_from_item(item(
        itemType="conferencePaper", DOI="https://doi.org/10.1145/3610548.3618154",
        extra="arXiv:2305.16311 [cs.CV]\nDOI: 10.1000/ExtraLine",
    ))
    assert [(f.value, f.field) for f in record.dois] == [("10.1145/3610548.3618154", "DOI"), ("10.1000/extraline", "extra")]
    record = record_from_item(item(itemType="book", url="https://doi.org/10.1000/xyz"))
    assert [f.value for f in record.dois] == ["10.1000/xyz"]


def test_title_creators_year_and_library_state_are_read() -> None:
    record = record_from_item(item(
        key="ZZZZ2345", version=42, itemType="conferencePaper", title="Towards Understanding Grokking",
        creators=[{"creatorType": "author", "firstName": "Ziming", "lastName": "Liu"},
                  {"creatorType": "author", "name": "Christian Schroeder de Witt"},
                  {"creatorType": "editor", "firstName": "", "lastName": ""}],
        date="October 2022", collections=["COLL2345"], citationKey="liu2022towards", deleted=True,
    ))
    assert record.key == "ZZZZ2345" and record.version == 42 and record.kind == "conferencePaper"
    assert record.title == "Towards Understanding Grokking" and record.year == 2022
    assert record.authors == (Name("Liu", "Ziming"), Name("de Witt", "Christian Schroeder"))
    assert record.collections == frozenset({"COLL2345"})
    assert record.trashed and record.citation_key == "liu2022towards"


def test_a_citation_key_in_extra_counts_when_the_field_is_empty() -> None:
    assert record_from_item(item(extra="Citation Key: michaud2023quantization")).citation_key == "michaud2023quantization"


def test_item_data_without_the_api_wrapper_is_read_too() -> None:
    assert record_from_item(item(archiveID="arXiv:2303.13506")["data"]).arxiv_ids[0].value == "2303.13506"


def test_items_refsync_makes_read_back_as_the_same_paper() -> None:
    accessed = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for paper in parse_feed(MICHAUD_FEED.read_bytes()).papers:
        for options in (ItemOptions(), ItemOptions(item_type="published")):
            built = build_item(paper, options, accessed=accessed).item
            record = record_from_item({**built, "key": "ABCD2345", "version": 1})
            assert record.arxiv_ids[0].value == paper.arxiv_id
            assert record.title == paper.title and record.year is not None
            assert len(record.authors) == len(paper.authors)
