"""BibTeX entries for new papers, and the keys they get."""

from __future__ import annotations

import datetime as dt

import pytest

from refsync import citekey
from refsync.bibtex import parses_as_one_entry
from refsync.model import Paper
from refsync.render import RenderOptions, format_name, render_entry

PAPER = Paper(
    arxiv_id="2303.13506", version=3, title="The Quantization Model of Neural Scaling",
    authors=("Eric J. Michaud", "Ziming Liu", "Uzay Girit", "Max Tegmark"),
    published=dt.date(2023, 3, 23), updated=dt.date(2024, 1, 13), primary_class="cs.LG",
)


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


def test_doi_and_journal_ref_are_kept() -> None:
    fields = parses_as_one_entry(render_entry(paper(dois=("10.3390/e27040344",), journal_ref="Entropy 2025, 27(4), 344"), "k"))
    assert fields["doi"] == "10.3390/e27040344" and fields["note"] == "Entropy 2025, 27(4), 344"


def test_old_style_ids_have_no_redundant_primary_class() -> None:
    fields = parses_as_one_entry(render_entry(paper(arxiv_id="hep-ph/0301050", primary_class="hep-ph"), "k"))
    assert fields["eprint"] == "hep-ph/0301050" and "primaryclass" not in fields
    assert fields["url"] == "https://arxiv.org/abs/hep-ph/0301050"


@pytest.mark.parametrize(
    ("written", "formatted"),
    [("Eric J. Michaud", "Michaud, Eric J."), ("Andre de Gouvea", "de Gouvea, Andre"),
     ("J. D. van der Waals", "van der Waals, J. D."), ("John Smith Jr.", "Smith, Jr., John"), ("Plato", "Plato")],
)
def test_names_are_written_last_comma_first_with_particles_and_suffixes(written: str, formatted: str) -> None:
    assert format_name(written) == formatted


def test_acronyms_are_protected_but_not_the_whole_title() -> None:
    fields = parses_as_one_entry(render_entry(paper(title="KAN: Kolmogorov-Arnold Networks for AI and LLMs"), "k"))
    assert fields["title"] == "{KAN}: {Kolmogorov-Arnold} Networks for {AI} and {LLMs}"


def test_special_characters_are_escaped_and_math_is_kept() -> None:
    title = "50% of $N^{-\\alpha}$ & R_2 #1"
    fields = parses_as_one_entry(render_entry(paper(title=title), "k"))
    assert fields["title"] == "50\\% of $N^{-\\alpha}$ \\& R\\_2 \\#1"


@pytest.mark.parametrize("title", ["Ends a field }", "Opens { but never closes", "@misc{injected, title={x}}", "100% % sure"])
def test_text_from_arxiv_can_never_break_out_of_its_field(title: str) -> None:
    fields = parses_as_one_entry(render_entry(paper(title=title), "k"))
    assert fields is not None and fields["ID"] == "k" and fields["eprint"] == "2303.13506"


def test_unicode_stays_utf8_by_default_and_becomes_latex_with_ascii() -> None:
    named = paper(authors=("Mateja Vukelić", "Jérémy Scheurer"))
    assert "Vukelić, Mateja" in render_entry(named, "k")
    ascii_entry = render_entry(named, "k", RenderOptions(ascii_only=True))
    assert ascii_entry.isascii() and "Vukeli{\\'c}, Mateja" in ascii_entry


def test_max_authors_truncates_to_and_others() -> None:
    fields = parses_as_one_entry(render_entry(PAPER, "k", RenderOptions(max_authors=2)))
    assert fields["author"] == "Michaud, Eric J. and Liu, Ziming and others"


@pytest.mark.parametrize(
    ("title", "first", "year", "key"),
    [
        ("The Quantization Model of Neural Scaling", "Eric J. Michaud", 2023, "michaudQuantizationModelNeural2023"),
        ("Efficient Dictionary Learning with Switch Sparse Autoencoders", "Anish Mudide", 2024,
         "mudideEfficientDictionaryLearning2024"),
        ("Language Models are Few-Shot Learners", "Tom B. Brown", 2020, "brownLanguageModelsAre2020"),
        ("BERT: Pre-training of Deep Bidirectional Transformers", "Jacob Devlin", 2018, "devlinBERTPretrainingDeep2018"),
        ("Opening the AI black box: program synthesis", "Eric J. Michaud", 2024, "michaudOpeningAIBlack2024"),
        ("Statistical Test of Anarchy", "Andre de Gouvea", 2003, "gouveaStatisticalTestAnarchy2003"),
        ("Нейронные сети", "Иван Петров", 2019, "petrovNeyronnyeSeti2019"),
        ("On the $\\alpha$-stable limit", "Mateja Vukelić", 2021, "vukelicAstableLimit2021"),
    ],
)
def test_default_keys_follow_better_bibtex(title: str, first: str, year: int, key: str) -> None:
    assert citekey.bbt(paper(title=title, authors=(first,), published=dt.date(year, 1, 1))) == key


def test_other_key_styles() -> None:
    assert citekey.google_scholar(PAPER) == "michaud2023quantization"
    assert citekey.arxiv_key(paper(arxiv_id="hep-th/9901001")) == "arXiv:hep-th_9901001"


def test_new_keys_never_clash_with_existing_ones_case_insensitively() -> None:
    keys = citekey.make_keys([PAPER, PAPER, PAPER], ["MichaudQuantizationModelNeural2023", "michaudQuantizationModelNeural2023a"])
    assert keys == ["michaudQuantizationModelNeural2023b", "michaudQuantizationModelNeural2023c",
                    "michaudQuantizationModelNeural2023d"]
