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
