"""Citation keys: Better BibTeX formulas, ASCII only, unique in the file, pinned keys first."""

from __future__ import annotations

import datetime as dt

import pytest

from refsync.bibfile import citekey
from refsync.bibfile.citekey import FormulaError, make_keys, parse_formula, pinned_keys
from refsync.plan import Selection, make_plan
from refsync.model import Found, Paper, Record

PAPER = Paper(
    arxiv_id="2303.13506", version=3, title="The Quantization Model of Neural Scaling",
    authors=("Eric J. Michaud", "Ziming Liu", "Uzay Girit", "Max Tegmark"),
    published=dt.date(2023, 3, 23), primary_class="cs.LG",
)


def paper(**changes) -> Paper:
    return Paper(**{**PAPER.__dict__, **changes})


def key(formula: str, p: Paper = PAPER) -> str:
    return parse_formula(formula).key(p)


@pytest.mark.parametrize(
    ("title", "first", "year", "expected"),
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
def test_default_keys_follow_better_bibtex(title: str, first: str, year: int, expected: str) -> None:
    assert key("bbt", paper(title=title, authors=(first,), published=dt.date(year, 1, 1))) == expected


def test_google_scholar_and_arxiv_presets() -> None:
    assert key("google") == "michaud2023quantization"
    assert key("arxiv") == "arXiv:2303.13506"
    assert key("arxiv", paper(arxiv_id="hep-th/9901001")) == "arXiv:hep-th_9901001"


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("auth.lower + shorttitle(3,3) + year", "michaudQuantizationModelNeural2023"),
        ("auth + year", "Michaud2023"),
        ("auth(3,2).upper + '_' + year", "LIU_2023"),
        ("auth.lower + ':' + year + veryshorttitle(2,1)", "michaud:2023QuantizationModel"),
        ("title", "QuantizationModelNeuralScaling"),
        ('"arXiv-" + arxiv', "arXiv-2303.13506"),
    ],
)
def test_formulas_combine_functions_modifiers_and_literals(formula: str, expected: str) -> None:
    assert key(formula) == expected


def test_shorttitle_capitalises_only_the_first_m_words() -> None:
    assert key("shorttitle(3,1)", paper(title="Opening the AI black box")) == "OpeningAIblack"


def test_the_key_year_is_the_entry_year_the_publication_year_when_published() -> None:
    published = paper(journal_ref="Entropy 2025, 27(4), 344")
    assert key("bbt", published) == "michaudQuantizationModelNeural2025"


def test_keys_are_ascii() -> None:
    assert key("auth + title", paper(authors=("Łukasz Gómez-Núñez",), title="Über Größe")).isascii()


def test_a_formula_that_yields_nothing_falls_back_to_the_arxiv_id() -> None:
    assert key("auth", paper(authors=())) == "arXiv:2303.13506"


@pytest.mark.parametrize(
    ("formula", "message"),
    [
        ("auth.lower + nonsense", "unknown function 'nonsense'"),
        ("auth.shout", "unknown modifier .shout"),
        ("shorttitle(1,2,3)", "shorttitle takes at most 2 numbers"),
        ("auth + 'a b'", "has characters a key cannot hold"),
        ("auth + 'open", "unclosed quote"),
        ("auth + + year", "cannot read ''"),
    ],
)
def test_a_bad_formula_is_an_error_that_says_what_is_wrong(formula: str, message: str) -> None:
    with pytest.raises(FormulaError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse_formula(formula)


def test_new_keys_never_clash_with_existing_ones_case_insensitively() -> None:
    keys = make_keys([PAPER, PAPER, PAPER], ["MichaudQuantizationModelNeural2023", "michaudQuantizationModelNeural2023a"])
    assert keys == ["michaudQuantizationModelNeural2023b", "michaudQuantizationModelNeural2023c",
                    "michaudQuantizationModelNeural2023d"]


def test_suffixes_go_on_past_z() -> None:
    taken = ["k"] + [f"k{chr(c)}" for c in range(ord("a"), ord("z") + 1)]
    assert citekey.unique("k", taken) == "kaa"


def test_a_pinned_key_is_used_for_its_paper() -> None:
    records = [Record(key="ZOTKEY1", citation_key="michaud2023quant",
                      arxiv_ids=(Found("2303.13506", "extra", "arXiv:2303.13506"),))]
    other = paper(arxiv_id="2210.13447", title="Precision Machine Learning")
    pins = pinned_keys(make_plan([PAPER, other], records, Selection()))
    assert make_keys([PAPER, other], ["unrelated"], "bbt", pins) == [
        "michaud2023quant", "michaudPrecisionMachineLearning2023"]


def test_a_pinned_key_already_in_the_file_is_suffixed_not_reused() -> None:
    assert make_keys([PAPER], ["michaud2023quant"], "bbt", {"2303.13506": "michaud2023quant"}) == ["michaud2023quanta"]


def test_a_pinned_key_a_bib_file_cannot_hold_is_ignored() -> None:
    assert make_keys([PAPER], [], "google", {"2303.13506": "michaud 2023, quant"}) == ["michaud2023quantization"]


def test_trashed_records_and_records_without_a_pin_give_no_pins() -> None:
    found = (Found("2303.13506", "extra", "arXiv:2303.13506"),)
    records = [Record(key="A", arxiv_ids=found), Record(key="B", citation_key="gone", trashed=True, arxiv_ids=found)]
    assert pinned_keys(make_plan([PAPER], records, Selection())) == {}
