"""Text inside BibTeX fields: escaped, math kept, accents, and braces only where needed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refsync.bibfile import latex
from refsync.bibfile.parse import parses_as_one_entry


def test_special_characters_are_escaped_and_math_is_kept() -> None:
    assert latex.escape("50% of $N^{-\\alpha}$ & R_2 #1 ~ 2^k") == (
        "50\\% of $N^{-\\alpha}$ \\& R\\_2 \\#1 \\textasciitilde{} 2\\textasciicircum{}k"
    )


def test_escapes_and_commands_the_author_wrote_are_kept() -> None:
    assert latex.escape("72\\% of Schr\\\"odinger's \\emph{cats}") == "72\\% of Schr\\\"odinger's \\emph{cats}"


def test_a_lone_dollar_and_a_stray_backslash_are_spelled_out() -> None:
    assert latex.escape("costs $5 \\ 3") == "costs \\$5 \\textbackslash{} 3"


def test_angle_brackets_are_commands_because_ot1_prints_them_as_inverted_marks() -> None:
    assert latex.escape("p < 0.05 > q") == "p \\textless{} 0.05 \\textgreater{} q"


def test_whitespace_and_line_breaks_are_collapsed() -> None:
    assert latex.escape("  Sparse\n   autoencoders \t\r\n scale ") == "Sparse autoencoders scale"


@pytest.mark.parametrize("text", ["Ends a field }", "Opens { but never closes", "\\{ alone", "} { backwards"])
def test_unbalanced_braces_are_spelled_out(text: str) -> None:
    escaped = latex.escape(text)
    assert latex.balance_braces(escaped) == escaped
    assert "\\textbraceleft{}" in escaped or "\\textbraceright{}" in escaped


def test_unicode_stays_utf8_by_default() -> None:
    assert latex.escape("Vukelić, Mateja and Łukasz Kaiser") == "Vukelić, Mateja and Łukasz Kaiser"


def test_ascii_turns_accents_into_latex_commands() -> None:
    assert latex.escape("Vukelić Łódź naïve", ascii_only=True) == "Vukeli{\\'c} {\\L}{\\'o}d{\\'z} na{\\\"\\i}ve"


def test_ascii_covers_letters_pylatexenc_lacks_and_transliterates_the_rest() -> None:
    assert latex.escape("Ștefan Țiriac 中", ascii_only=True) == (
        "{\\textcommabelow{S}}tefan {\\textcommabelow{T}}iriac Zhong"
    )


def test_greek_and_math_symbols_become_math_even_in_utf8_because_pdflatex_cannot_typeset_them() -> None:
    assert latex.escape("α-synuclein, $x ≤ y$ and ℏ") == "$\\alpha$-synuclein, $x {\\leq} y$ and $\\hbar$"


def test_ascii_inside_math_boxes_text_accents() -> None:
    assert latex.escape("$é_1 + α$", ascii_only=True) == "$\\mbox{{\\'e}}_1 + {\\alpha}$"


def test_verbatim_fields_are_not_escaped() -> None:
    assert latex.verbatim("10.1000/a_b%c") == "10.1000/a_b%c"
    assert latex.verbatim(" https://arxiv.org/abs/2303.13506\n") == "https://arxiv.org/abs/2303.13506"


@given(st.text())
def test_no_text_can_leave_its_field(text: str) -> None:
    entry = (
        f"@misc{{k,\n  title = {{{latex.title(text)}}},\n  note = {{{latex.escape(text)}}},\n"
        f"  abstract = {{{latex.escape(text, ascii_only=True)}}},\n  year = {{2020}}\n}}\n"
    )
    fields = parses_as_one_entry(entry)
    assert fields is not None and fields["year"] == "2020"


def _math_shifts(latex_text: str) -> int:
    """How many ``$`` switch math on or off (an escaped ``\\$`` does not)."""
    count, i = 0, 0
    while i < len(latex_text):
        if latex_text[i] == "\\":
            i += 2
            continue
        count += latex_text[i] == "$"
        i += 1
    return count


@given(st.text(alphabet=st.sampled_from(list("ab $\\{}α≤é_%")), max_size=30))
def test_math_mode_is_always_left_as_it_was_entered(text: str) -> None:
    for escaped in (latex.escape(text), latex.title(text), latex.escape(text, ascii_only=True)):
        assert _math_shifts(escaped) % 2 == 0, escaped


def test_a_symbol_after_a_lone_dollar_does_not_start_math() -> None:
    assert latex.title("costs $5 for Δ-learning") == "costs \\$5 for {$\\Delta$-learning}"


@pytest.mark.parametrize(
    ("title", "protected"),
    [
        ("KAN: Kolmogorov-Arnold Networks for AI and LLMs", "{KAN}: Kolmogorov-Arnold Networks for {AI} and {LLMs}"),
        ("GPT-4 Technical Report", "{GPT-4} Technical Report"),
        ("On 3D Models and k-NN", "On {3D} Models and {k-NN}"),
        ("The iPhone of H2O", "The {iPhone} of {H2O}"),
        ("Type I Errors in A/B Tests", "Type {I} Errors in {A/B} Tests"),
        ("A Survey of R_2 Scores", "A Survey of {R\\_2} Scores"),
        ("BERT's Attention", "{BERT}'s Attention"),
    ],
)
def test_acronyms_inner_capitals_and_single_capitals_are_protected(title: str, protected: str) -> None:
    assert latex.title(title) == protected


@pytest.mark.parametrize(
    "title",
    [
        "The Quantization Model of Neural Scaling",
        "Self-Attention Is All You Need",
        "Language Models are Few-Shot Learners",
        "A Study of Things",
    ],
)
def test_title_case_words_are_left_alone(title: str) -> None:
    assert latex.title(title) == title


def test_hyphenated_words_are_judged_by_their_parts() -> None:
    assert latex.title("Self-Attention with Top-K Routing") == "Self-Attention with {Top-K} Routing"


def test_in_a_sentence_case_title_capitalised_words_are_proper_nouns() -> None:
    assert latex.title("Heat-bath random walks with Markov bases") == "Heat-bath random walks with {Markov} bases"


def test_the_word_after_a_colon_keeps_its_capital_without_braces() -> None:
    assert latex.title("Grokking in small models: Program synthesis and circuits") == (
        "Grokking in small models: Program synthesis and circuits"
    )


def test_a_capital_after_a_question_mark_is_protected() -> None:
    assert latex.title("Do models grok? An analysis of training") == "Do models grok? {An} analysis of training"


def test_user_listed_proper_nouns_are_protected_wherever_they_appear() -> None:
    protect = frozenset({"Bayesian", "Markov", "Gaussian"})
    assert latex.title("Gaussian Processes and Bayesian-style Markov’s Chains", protect=protect) == (
        "{Gaussian} Processes and {Bayesian-style} {Markov}’s Chains"
    )


def test_math_with_capitals_is_braced_because_change_case_would_lower_it() -> None:
    assert latex.title("Scaling as $N^{-\\alpha}$ with $\\Delta$ and $\\alpha$") == (
        "Scaling as {$N^{-\\alpha}$} with {$\\Delta$} and $\\alpha$"
    )


def test_words_the_author_braced_are_kept_as_written() -> None:
    assert latex.title("The {BERT} and {\\\"O}zt{\\\"u}rk models") == "The {BERT} and {\\\"O}zt{\\\"u}rk models"


def test_commands_with_capitals_are_double_braced_so_bibtex_cannot_lower_them() -> None:
    assert latex.title("Typesetting with \\LaTeX") == "Typesetting with {{\\LaTeX}}"


def test_protection_is_the_same_in_ascii_mode() -> None:
    assert latex.title("BERT’s advantage for parsing in Łódź", ascii_only=True) == (
        "{BERT}{\\textquoteright}s advantage for parsing in {{\\L}{\\'o}d{\\'z}}"
    )


def test_the_whole_title_is_never_wrapped() -> None:
    title = latex.title("ALL CAPS TITLE")
    assert title == "{ALL} {CAPS} {TITLE}" and not (title.startswith("{{") and title.endswith("}}"))
