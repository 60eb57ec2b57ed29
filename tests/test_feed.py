"""Parsing arXiv Atom responses of both dialects."""

from __future__ import annotations

import datetime as dt

import pytest

from refsync.errors import FeedError
from refsync.arxiv.feed import parse_feed
from tests.conftest import ARXIV_DATA


def page(name: str):
    return parse_feed((ARXIV_DATA / name).read_bytes())


def test_2025_dialect_search_page_gives_every_paper_with_its_fields() -> None:
    result = page("2026_search_all_testing_p0_m10.xml")
    assert (result.total, result.entries, len(result.papers)) == (214881, 10, 10)
    paper = next(p for p in result.papers if p.arxiv_id == "2005.14124")
    assert paper.version == 2
    assert paper.authors == ("Yuqi Chen", "Bohan Xuan", "Christopher M. Poskitt", "Jun Sun", "Fan Zhang")
    assert paper.primary_class == "cs.SE"
    assert paper.categories == ("cs.SE", "cs.CR", "cs.LG")
    assert paper.dois == ("10.1145/3395363.3397376",)
    assert paper.published == dt.date(2020, 5, 28) and paper.updated == dt.date(2020, 7, 16)
    assert paper.year == 2020
    assert paper.journal_ref.startswith("In Proc. ACM SIGSOFT International Symposium")


def test_authors_are_all_kept_in_order_never_just_the_last() -> None:
    paper = next(p for p in page("2026_search_all_testing_p0_m10.xml").papers if p.arxiv_id == "2405.13786")
    assert paper.authors == ("Aurora Ramírez", "Mario Berrios", "José Raúl Romero", "Robert Feldt")


def test_old_style_id_with_compressed_journal_ref() -> None:
    (paper,) = page("2026_id_list_oldstyle_astro-ph_0601001.xml").papers
    assert paper.arxiv_id == "astro-ph/0601001" and paper.version == 1
    assert paper.journal_ref == "ActaAstron.56:1-50,2006"
    assert paper.abstract.startswith("We derive the frequencies")


def test_legacy_dialect_parses_the_same_way() -> None:
    result = page("legacy_dialect_sample.xml")
    assert (result.total, result.entries) == (2, 2)
    quantization, anarchy = result.papers
    assert quantization.title == "The Quantization Model of Neural Scaling"
    assert quantization.arxiv_id == "2303.13506" and quantization.version == 3
    assert quantization.primary_class == "cs.LG"
    assert quantization.abstract.startswith("We propose the Quantization Model of neural scaling laws, explaining both the observed")
    assert anarchy.arxiv_id == "hep-ph/0301050"
    assert anarchy.dois == ("10.1016/j.physletb.2003.08.045",)
    assert anarchy.authors == ("Andre de Gouvea", "Hitoshi Murayama")


def test_namespace_prefixes_other_than_arxiv_still_give_arxiv_fields() -> None:
    xml = (ARXIV_DATA / "2026_id_list_oldstyle_astro-ph_0601001.xml").read_text("utf-8")
    renamed = xml.replace("xmlns:arxiv=", "xmlns:ax=").replace("<arxiv:", "<ax:").replace("</arxiv:", "</ax:")
    (paper,) = parse_feed(renamed.encode()).papers
    assert paper.journal_ref == "ActaAstron.56:1-50,2006" and paper.primary_class == "astro-ph"


def test_every_doi_of_an_entry_is_kept() -> None:
    xml = (ARXIV_DATA / "2026_search_all_testing_p0_m10.xml").read_text("utf-8")
    extra = ('<arxiv:doi>10.1145/3395363.3397376</arxiv:doi>\n    <arxiv:doi>10.5555/second.doi</arxiv:doi>\n'
             '    <link rel="related" href="https://doi.org/10.5555/second.doi" title="doi"/>')
    xml = xml.replace("<arxiv:doi>10.1145/3395363.3397376</arxiv:doi>", extra, 1)
    paper = next(p for p in parse_feed(xml.encode()).papers if p.arxiv_id == "2005.14124")
    assert set(paper.dois) == {"10.1145/3395363.3397376", "10.5555/second.doi"}


def test_an_author_feed_with_all_names_in_one_element_is_split() -> None:
    xml = (ARXIV_DATA / "legacy_dialect_sample.xml").read_text("utf-8")
    combined = xml.replace(
        "<author>\n      <name>Andre de Gouvea</name>\n    </author>\n    <author>\n      <name>Hitoshi Murayama</name>\n    </author>",
        "<author><name>Andre de Gouvea, Hitoshi Murayama</name></author>",
    )
    assert parse_feed(combined.encode()).papers[1].authors == ("Andre de Gouvea", "Hitoshi Murayama")


def test_empty_result_is_not_an_error() -> None:
    result = page("2026_empty_result_id_0000.0000.xml")
    assert (result.total, result.entries, result.papers) == (0, 0, ())


def test_error_feed_becomes_a_clear_error() -> None:
    with pytest.raises(FeedError, match="^arXiv API error: incorrect id format for abc$"):
        page("2026_error_incorrect_id_format_http400.xml")


@pytest.mark.parametrize("body", [b"", b"Rate exceeded.", b"<html><body>Service Unavailable</body></html>", b"<feed><entry>"])
def test_bytes_that_are_not_an_atom_feed_are_refused(body: bytes) -> None:
    with pytest.raises(FeedError, match="not an arXiv Atom feed|empty response"):
        parse_feed(body)
