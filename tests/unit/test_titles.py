"""Folding spellings of a title to one form, and telling how two titles differ."""

from __future__ import annotations

import pytest

from refsync.textnorm import fold
from refsync.titles import Relation, compare


@pytest.mark.parametrize(
    "spellings",
    [
        (r"The {$\alpha$}-model of M{\"u}ller", "The α-model of Müller", "The alpha-model of Muller"),
        (r"Promises \& Perils", "Promises & Perils", "Promises and Perils"),
        (r"Measurements of $\Omega$ and $\Lambda$", "Measurements of Ω and Λ", "Measurements of Omega and Lambda"),
        (r"Is ``the theory of everything'' merely", "Is “the Theory of Everything” Merely", 'Is "the theory of everything" merely'),
        (r"An image is worth $16\times16$ words", "An Image is Worth 16x16 Words"),
        ("Bi–directional — transformers", "Bi-directional - transformers", "bi directional transformers"),
        (r"$\mathbb{Z}_2$ topological order", "Z_2 topological order", "Z$_{2}$ topological order",
         "Z₂ topological order", "Z2 topological order", "Z 2 topological order"),
    ],
)
def test_latex_unicode_and_plain_spellings_fold_to_one_form(spellings: tuple[str, ...]) -> None:
    assert len({fold(s) for s in spellings}) == 1


def test_a_spelling_variant_is_the_same_title() -> None:
    result = compare("The Quantization Model of Neural Scaling", "The quantisation model of neural scaling")
    assert result.relation is Relation.SAME and result.marker is None


def test_a_dropped_subtitle_is_a_shortened_main_title() -> None:
    result = compare("Adam: A Method for Stochastic Optimization", "Adam")
    assert (result.relation, result.main_title) == (Relation.SHORTENED, True)
    assert "subtitle dropped" in result.describe()


def test_words_added_in_a_later_version_shorten_the_older_title() -> None:
    result = compare("Not All Language Model Features Are One-Dimensionally Linear", "Not All Language Model Features Are Linear")
    assert result.relation is Relation.SHORTENED and not result.main_title
    assert result.added == ("one", "dimensionally") and result.shorter_words >= 4


@pytest.mark.parametrize(
    ("paper", "entry", "marker"),
    [
        ("KAN 2.0: Kolmogorov-Arnold Networks Meet Science", "KAN: Kolmogorov-Arnold Networks", "2"),
        ("Why does deep and cheap learning work so well?", 'Comment on "Why does deep and cheap learning work so well?"', "comment"),
        ("Planck 2018 results. VI. Cosmological parameters", "Planck 2018 results. VI. Cosmological parameters (Corrigendum)",
         "corrigendum"),
        ("Planck 2018 results. VI. Cosmological parameters", "Planck 2015 results. XIII. Cosmological parameters", "2018"),
        ("Attention Is All You Need", "Attention is Not All You Need", "not"),
    ],
)
def test_a_number_comment_erratum_or_negation_marks_another_work(paper: str, entry: str, marker: str) -> None:
    assert compare(paper, entry).marker == marker


def test_a_word_in_place_of_another_is_a_different_title() -> None:
    result = compare("Denoising Diffusion Probabilistic Models", "Denoising Diffusion Implicit Models")
    assert result.relation is Relation.DIFFERENT


def test_a_subtitle_added_by_the_second_title_is_an_extension_naming_its_genre() -> None:
    result = compare("Tensor networks", "Tensor networks: a review")
    assert (result.relation, result.main_title, result.extends, result.genre) == (Relation.SHORTENED, True, True, True)
    assert "subtitle added" in result.describe()


def test_words_running_on_without_a_separator_continue_the_title_rather_than_add_a_subtitle() -> None:
    result = compare("A Quantum Approximate Optimization Algorithm",
                     "A Quantum Approximate Optimization Algorithm Applied to a Bounded Occurrence Constraint Problem")
    assert result.relation is Relation.SHORTENED and result.continued and not result.main_title
    assert "title continued" in result.describe()


@pytest.mark.parametrize("separator", [": ", " - ", ". ", "? ", " ("])
def test_a_colon_dash_period_question_mark_or_parenthesis_starts_a_subtitle(separator: str) -> None:
    result = compare(f"Sparse coding of natural scenes{separator}a descriptive account", "Sparse coding of natural scenes")
    assert result.main_title and not result.continued and not result.extends and not result.genre


def test_an_index_written_another_way_is_no_sequel_number() -> None:
    result = compare("Z$_2$ Topological Order and the Quantum Spin Hall Effect", "Z2 topological order and the quantum spin Hall effect")
    assert result.relation is Relation.SAME and result.marker is None


@pytest.mark.parametrize(
    ("acronym", "spelled_out", "relation"),
    [("Bulk locality in AdS/CFT", "Bulk locality in anti-de Sitter/conformal field theory", Relation.SAME),
     ("Scaling laws for LLMs", "Scaling laws for large language models", Relation.SAME),
     ("Bulk locality in AdS/CFT", "Bulk locality in the anti-de Sitter space/conformal field theory correspondence",
      Relation.SHORTENED)],
)
def test_an_acronym_the_other_title_spells_out_is_compared_as_its_words(acronym: str, spelled_out: str, relation: Relation) -> None:
    result = compare(acronym, spelled_out)
    assert result.relation is relation and result.spelled_out and "spelled out" in result.describe()


def test_only_a_word_written_as_an_acronym_is_spelled_out() -> None:
    assert compare("Learning to play go", "Learning to play games online").relation is Relation.DIFFERENT
    assert compare("Learning to play GO", "Learning to play games online").relation is Relation.SAME
