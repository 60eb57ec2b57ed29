"""Entries for new papers: the type arXiv's metadata supports, in BibTeX or biblatex style."""

from __future__ import annotations

import datetime as dt

import pytest

from refsync.bibfile.parse import parses_as_one_entry
from refsync.model import Paper
from refsync.bibfile.render import RenderOptions, Style, citation_year, entry_for, format_name, render_entry

PAPER = Paper(
    arxiv_id="2303.13506", version=3, title="The Quantization Model of Neural Scaling",
    authors=("Eric J. Michaud", "Ziming Liu", "Uzay Girit", "Max Tegmark"),
    published=dt.date(2023, 3, 23), updated=dt.date(2024, 1, 13), primary_class="cs.LG",
)
GEOMETRY = Paper(
    arxiv_id="2410.19750", version=3, title="The Geometry of Concepts: Sparse Autoencoder Feature Structure",
    authors=("Yuxiao Li", "Eric J. Michaud", "Max Tegmark"), published=dt.date(2024, 10, 10),
    primary_class="q-bio.NC", dois=("10.3390/e27040344",), journal_ref="Entropy 2025, 27(4), 344",
)
BIBLATEX = RenderOptions(style=Style.BIBLATEX)


def paper(**changes) -> Paper:
    return Paper(**{**PAPER.__dict__, **changes})


def test_a_preprint_is_a_tidy_misc_entry_with_its_arxiv_fields() -> None:
    assert render_entry(PAPER, "michaudQuantizationModelNeural2023") == (
        "@misc{michaudQuantizationModelNeural2023,\n"
        "  title         = {The Quantization Model of Neural Scaling},\n"
        "  author        = {Michaud, Eric J. and Liu, Ziming and Girit, Uzay and Tegmark, Max},\n"
        "  year          = {2023},\n"
        "  eprint        = {2303.13506},\n"
        "  archivePrefix = {arXiv},\n"
        "  primaryClass  = {cs.LG},\n"
        "  url           = {https://arxiv.org/abs/2303.13506}\n"
        "}\n"
    )


def test_a_preprint_in_biblatex_is_online_with_eprinttype_and_eprintclass() -> None:
    assert render_entry(PAPER, "k", BIBLATEX) == (
        "@online{k,\n"
        "  title       = {The Quantization Model of Neural Scaling},\n"
        "  author      = {Michaud, Eric J. and Liu, Ziming and Girit, Uzay and Tegmark, Max},\n"
        "  date        = {2023},\n"
        "  eprint      = {2303.13506},\n"
        "  eprinttype  = {arxiv},\n"
        "  eprintclass = {cs.LG}\n"
        "}\n"
    )


def test_a_parsed_journal_ref_makes_an_article_that_keeps_its_arxiv_fields() -> None:
    assert render_entry(GEOMETRY, "k") == (
        "@article{k,\n"
        "  title         = {The Geometry of Concepts: Sparse Autoencoder Feature Structure},\n"
        "  author        = {Li, Yuxiao and Michaud, Eric J. and Tegmark, Max},\n"
        "  journal       = {Entropy},\n"
        "  volume        = {27},\n"
        "  number        = {4},\n"
        "  pages         = {344},\n"
        "  year          = {2025},\n"
        "  doi           = {10.3390/e27040344},\n"
        "  eprint        = {2410.19750},\n"
        "  archivePrefix = {arXiv},\n"
        "  primaryClass  = {q-bio.NC},\n"
        "  url           = {https://arxiv.org/abs/2410.19750}\n"
        "}\n"
    )


def test_a_biblatex_article_uses_journaltitle_and_date() -> None:
    assert render_entry(GEOMETRY, "k", BIBLATEX) == (
        "@article{k,\n"
        "  title        = {The Geometry of Concepts: Sparse Autoencoder Feature Structure},\n"
        "  author       = {Li, Yuxiao and Michaud, Eric J. and Tegmark, Max},\n"
        "  journaltitle = {Entropy},\n"
        "  volume       = {27},\n"
        "  number       = {4},\n"
        "  pages        = {344},\n"
        "  date         = {2025},\n"
        "  doi          = {10.3390/e27040344},\n"
        "  eprint       = {2410.19750},\n"
        "  eprinttype   = {arxiv},\n"
        "  eprintclass  = {q-bio.NC}\n"
        "}\n"
    )


def test_a_conference_ref_makes_inproceedings_with_booktitle_pages_and_publisher() -> None:
    ref = ("In Proc. ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020), "
           "pages 14-26. ACM, 2020")
    entry = entry_for(paper(arxiv_id="2005.14124", primary_class="cs.SE", journal_ref=ref), "k")
    assert entry.type == "inproceedings"
    assert entry.get("booktitle") == (
        "Proceedings of ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020)"
    )
    assert (entry.get("pages"), entry.get("publisher"), entry.get("year")) == ("14--26", "ACM", "2020")
    assert (entry.get("eprint"), entry.get("primaryClass")) == ("2005.14124", "cs.SE")


def test_a_conference_with_only_a_year_is_inproceedings() -> None:
    entry = entry_for(paper(journal_ref="International Conference on Learning Representations, 2025"), "k", BIBLATEX)
    assert (entry.type, entry.get("booktitle"), entry.get("date")) == (
        "inproceedings", "International Conference on Learning Representations", "2025")


def test_an_article_is_dated_by_its_publication_and_a_preprint_by_its_first_version() -> None:
    assert entry_for(GEOMETRY, "k").get("year") == "2025" and citation_year(GEOMETRY) == 2025
    assert entry_for(PAPER, "k").get("year") == "2023"


def test_a_journal_ref_without_a_year_falls_back_to_the_first_version() -> None:
    entry = entry_for(paper(journal_ref="Phys.Lett.B573:94-100"), "k")
    assert (entry.type, entry.get("journal"), entry.get("pages"), entry.get("year")) == (
        "article", "Phys. Lett. B", "94--100", "2023")


def test_an_unparsed_journal_ref_is_kept_raw_in_note_or_addendum() -> None:
    raw = "Accepted to Some Venue & Co."
    entry = entry_for(paper(journal_ref=raw), "k")
    assert entry.type == "misc" and entry.get("note") == "Accepted to Some Venue \\& Co." and entry.get("journal") is None
    online = entry_for(paper(journal_ref=raw), "k", BIBLATEX)
    assert online.type == "online" and online.get("addendum") == "Accepted to Some Venue \\& Co."


def test_a_doi_without_a_journal_ref_stays_a_preprint_with_its_doi() -> None:
    entry = entry_for(paper(dois=("10.1103/physrevd.69.103501",)), "k")
    assert entry.type == "misc" and entry.get("doi") == "10.1103/physrevd.69.103501"


def test_old_style_ids_have_no_redundant_primary_class() -> None:
    old = paper(arxiv_id="hep-ph/0301050", primary_class="hep-ph")
    fields = parses_as_one_entry(render_entry(old, "k"))
    assert fields["eprint"] == "hep-ph/0301050" and "primaryclass" not in fields
    assert fields["url"] == "https://arxiv.org/abs/hep-ph/0301050"
    assert entry_for(old, "k", BIBLATEX).get("eprintclass") is None


@pytest.mark.parametrize(
    ("written", "formatted"),
    [("Eric J. Michaud", "Michaud, Eric J."), ("Andre de Gouvea", "de Gouvea, Andre"),
     ("J. D. van der Waals", "van der Waals, J. D."), ("John Smith Jr.", "Smith, Jr., John"), ("Plato", "Plato"),
     ("ATLAS Collaboration", "{ATLAS Collaboration}"), ("Ana And Sousa", "Sousa, Ana {And}")],
)
def test_names_are_written_last_comma_first_with_particles_and_suffixes(written: str, formatted: str) -> None:
    assert format_name(written) == formatted


def test_unicode_names_stay_utf8_by_default_and_become_latex_with_ascii() -> None:
    named = paper(authors=("Mateja Vukelić", "Jérémy Scheurer"))
    assert "Vukelić, Mateja" in render_entry(named, "k")
    ascii_entry = render_entry(named, "k", RenderOptions(ascii_only=True))
    assert ascii_entry.isascii() and "Vukeli{\\'c}, Mateja and Scheurer, J{\\'e}r{\\'e}my" in ascii_entry


def test_long_author_lists_are_kept_complete_by_default() -> None:
    many = paper(authors=tuple(f"Author{i} Person{i}" for i in range(40)))
    assert entry_for(many, "k").get("author").count(" and ") == 39  # type: ignore[union-attr]


def test_max_authors_truncates_to_and_others() -> None:
    fields = parses_as_one_entry(render_entry(PAPER, "k", RenderOptions(max_authors=2)))
    assert fields["author"] == "Michaud, Eric J. and Liu, Ziming and others"


def test_the_abstract_is_written_escaped_when_asked() -> None:
    abstract = "We find 50% of\n  features & $N^{-\\alpha}$ scaling."
    assert entry_for(paper(abstract=abstract), "k").get("abstract") is None
    entry = entry_for(paper(abstract=abstract), "k", RenderOptions(abstract=True))
    assert entry.get("abstract") == "We find 50\\% of features \\& $N^{-\\alpha}$ scaling."


def test_title_protection_reaches_the_entry() -> None:
    options = RenderOptions(protect=frozenset({"Markov"}))
    entry = entry_for(paper(title="Sparse autoencoders for GPT-4 in Markov chains"), "k", options)
    assert entry.get("title") == "Sparse autoencoders for {GPT-4} in {Markov} chains"
