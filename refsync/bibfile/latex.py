"""Text from arXiv made safe inside a BibTeX field, and looking hand-typed. Pure.

arXiv titles and abstracts are TeX-ish: authors write ``$\\alpha$``, ``72\\%`` or
``\\textbf{x}`` and mean it, but also bare ``&``, ``%`` and ``_``. So math and TeX
commands are kept, bare special characters are escaped, whitespace is collapsed and
braces are balanced whatever the input, so no text can end a field or start an entry.

Titles also get case protection the way a careful author adds it: braces around the
words a sentence-case style (``plain``, ``plainnat``: BibTeX's ``change.case$``) must
not lower-case, and around nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

from ..textnorm import collapse_whitespace

_MATH = re.compile(r"(?<!\\)(\$\$(?:[^$\\]|\\.)+\$\$|\$(?:[^$\\]|\\.)+\$)", re.DOTALL)
_ESCAPE = {
    "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "<": r"\textless{}", ">": r"\textgreater{}",  # OT1, LaTeX's default font encoding, prints them as ¡ ¿
}
_ESCAPABLE = set("%&#_{}$~^\\'\"`=.,;!")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENSUREMATH = re.compile(r"\{?\\ensuremath\{(.+?)\}\}?")


# pylatexenc knows every accent but Romanian's comma below; the rest comes from its defaults.
# Characters LaTeX has no command for (CJK, rare letters) get their ASCII spelling.
_COMMA_BELOW = {ord(c): rf"\textcommabelow{{{b}}}" for c, b in {"ș": "s", "Ș": "S", "ț": "t", "Ț": "T"}.items()}
_TO_LATEX = UnicodeToLatexEncoder(
    # pylatexenc writes ŉ as \nument{149}, a command LaTeX does not have.
    conversion_rules=[UnicodeToLatexConversionRule(RULE_DICT, {**_COMMA_BELOW, ord("ŉ"): "'n"}), "defaults"],
    non_ascii_only=True,
    replacement_latex_protection="braces-all",
    unknown_char_policy=anyascii,
    unknown_char_warning=False,
)


def split_math(text: str) -> list[tuple[bool, str]]:
    """``(is_math, segment)`` pieces; ``$...$`` and ``$$...$$`` are math."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            pieces.append((False, text[pos : m.start()]))
        pieces.append((True, m.group(0)))
        pos = m.end()
    if pos < len(text):
        pieces.append((False, text[pos:]))
    return pieces


def escape(text: str, *, ascii_only: bool = False) -> str:
    """``text`` as the content of a braced BibTeX field (abstract, journal, note, names)."""
    out = "".join(
        _math(segment, ascii_only) if is_math else _text(segment, ascii_only)
        for is_math, segment in split_math(_clean(text))
    )
    return balance_braces(out)


@lru_cache(maxsize=4096)
def _math_symbol(char: str) -> str | None:
    """The math command for a Greek letter or math symbol (``α`` -> ``\\alpha``), else None."""
    latex = _TO_LATEX.unicode_to_latex(char)
    m = _ENSUREMATH.fullmatch(latex)
    return m.group(1) if m else None


def _symbols_as_math(text: str, *, in_math: bool) -> str:
    """Greek letters and math symbols written as TeX math, as an author would type them.

    Unlike accented letters, pdfLaTeX cannot typeset them from UTF-8, so this holds in
    UTF-8 mode too: ``α-stable`` becomes ``$\\alpha$-stable``, ``$x ≤ y$`` becomes ``$x {\\leq} y$``.
    """
    if text.isascii():
        return text
    out = []
    for char in text:
        symbol = None if char.isascii() else _math_symbol(char)
        if symbol is None:
            out.append(char)
        else:
            out.append(f"{{{symbol}}}" if in_math else f"${symbol}$")
    return "".join(out)


def verbatim(value: str) -> str:
    """A field LaTeX reads verbatim (``doi``, ``url``, ``eprint``): unescaped, no spaces, braces balanced."""
    return balance_braces(_CONTROL.sub("", "".join(value.split())))


def _clean(text: str) -> str:
    """One line, no control characters."""
    return collapse_whitespace(_CONTROL.sub("", text))


def _text(text: str, ascii_only: bool) -> str:
    escaped = _symbols_as_math(_escape_text(text), in_math=False)  # after escaping: no lone $ left
    return _TO_LATEX.unicode_to_latex(escaped) if ascii_only else escaped


def _math(math: str, ascii_only: bool) -> str:
    """Math is the author's TeX; Unicode symbols in it become commands, and with
    ``ascii_only`` an accented letter is boxed, since ``\\'e`` is text-only.
    """
    math = _symbols_as_math(math, in_math=True)
    if not ascii_only or math.isascii():
        return math
    return "".join(c if c.isascii() else rf"\mbox{{{_TO_LATEX.unicode_to_latex(c)}}}" for c in math)


def _escape_text(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            nxt = text[i + 1 : i + 2]
            if (nxt.isascii() and nxt.isalpha()) or (nxt and nxt in _ESCAPABLE):
                out.append(ch + nxt)  # a TeX command or an escape the author already wrote
                i += 2
                continue
            out.append(r"\textbackslash{}")
        elif ch == "$":
            out.append(r"\$")  # a lone dollar: no math to keep
        else:
            out.append(_ESCAPE.get(ch, ch))
        i += 1
    return "".join(out)


def balance_braces(text: str) -> str:
    """Keep matched braces (TeX groups); spell out unmatched ones so BibTeX's count holds.

    BibTeX counts every brace, escaped or not, so ``\\{`` alone would still open a group.
    """
    chars = list(text)
    stack: list[int] = []
    unmatched: set[int] = set()
    for i, ch in enumerate(chars):
        if ch == "{":
            stack.append(i)
        elif ch == "}":
            if stack:
                stack.pop()
            else:
                unmatched.add(i)
    unmatched.update(stack)
    if not unmatched:
        return text
    for i in sorted(unmatched, reverse=True):
        word = r"\textbraceleft{}" if chars[i] == "{" else r"\textbraceright{}"
        if i > 0 and chars[i - 1] == "\\":
            chars[i - 1 : i + 1] = [word]
        else:
            chars[i : i + 1] = [word]
    return "".join(chars)


# --- titles ----------------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|\S+")
_CORE = re.compile(r"^([(\[\"'`‘“-]*)(.*?)((?:['’]s)?[)\]\"'’”.,:;!?]*)$", re.DOTALL)
_COMMAND = re.compile(r"\\[A-Za-z]+\s*|\\.")
_UPPER_COMMAND = re.compile(r"\\[A-Za-z]*[A-Z]")
_PARTS = re.compile(r"[-‐‑–—/]")


@dataclass(frozen=True)
class _Word:
    """One whitespace-separated word of a title: its raw text and what a reader sees of it."""

    raw: str
    lead: str
    core: str
    tail: str
    math: bool

    @property
    def visible(self) -> str:
        """The letters and digits without TeX markup: ``Schr\\"odinger`` -> ``Schrodinger``."""
        return _COMMAND.sub("", self.core).replace("{", "").replace("}", "")

    @property
    def capitalised(self) -> bool:
        return self.visible[:1].isupper()

    @property
    def marked_up(self) -> bool:
        """Already braced or a TeX group the author wrote: left exactly as it is."""
        return "{" in self.core or "}" in self.core


def title(text: str, *, protect: frozenset[str] = frozenset(), ascii_only: bool = False) -> str:
    """A title field: escaped like :func:`escape`, plus case protection.

    Braces go around (1) words with a capital after their first letter (acronyms and
    the like: ``GPT-4``, ``LLMs``, ``iPhone``, ``3D``), (2) single capital letters
    (``Type I``, ``A/B``, but not the article ``A``), (3) the user's ``protect``
    words, (4) in a sentence-case title, capitalised words in mid-sentence (proper
    nouns: ``random walks with Markov bases``), (5) a capitalised word after ``?`` or
    ``!`` (``change.case$`` keeps only the first letter and the one after a colon),
    and (6) math holding capitals, which ``change.case$`` would lower-case too.
    The whole title is never wrapped; a word the author braced is kept as written.
    """
    tokens = list(_split_words(_clean(text)))
    sentence_case = _is_sentence_case([word for _, word in tokens if word is not None])
    out: list[str] = []
    previous: _Word | None = None
    for space, word in tokens:
        if word is None:
            out.append(space)
            continue
        out.append(_render_word(word, _needs_braces(word, previous, sentence_case, protect), ascii_only))
        previous = word
    return balance_braces("".join(out))


def _split_words(text: str) -> Iterator[tuple[str, _Word | None]]:
    """Spaces as ``(space, None)``, words as ``("", word)``; math (even with spaces) is one word."""
    for is_math, segment in split_math(text):
        if is_math:
            yield "", _Word(segment, "", segment, "", math=True)
            continue
        for token in _TOKEN.findall(segment):
            if token.isspace():
                yield token, None
            else:
                lead, core, tail = _CORE.match(token).groups()  # type: ignore[union-attr]
                yield "", _Word(token, lead, core, tail, math=False)


def _is_sentence_case(words: list[_Word]) -> bool:
    """Most longer mid-sentence words in lower case: then a capital marks a proper noun."""
    lower = upper = 0
    previous: _Word | None = None
    for word in words:
        visible = word.visible
        if (
            not word.math
            and not _starts_sentence(previous)
            and len(visible) >= 4
            and visible.isalpha()
            and not any(c.isupper() for c in visible[1:])
        ):
            upper += word.capitalised
            lower += not word.capitalised
        previous = word
    return lower > upper


def _starts_sentence(previous: _Word | None) -> bool:
    return previous is None or previous.raw.endswith((":", ".", "?", "!"))


def _needs_braces(word: _Word, previous: _Word | None, sentence_case: bool, protect: frozenset[str]) -> bool:
    if word.math:  # change.case$ would turn $N$ into $n$ and \\Delta into \\delta
        return any(c.isupper() for c in word.core)
    if _UPPER_COMMAND.search(word.core):
        return _balanced(word.core) and not _braced(word.core)
    if word.marked_up or not word.core:
        return False
    visible = word.visible
    parts = [p for p in _PARTS.split(visible) if any(c.isalpha() for c in p)]
    if visible in protect or any(p in protect for p in parts):
        return True
    for part in parts:
        letters = [c for c in part if c.isalpha()]
        if any(c.isupper() for c in part[1:]) or (len(letters) == 1 and letters[0].isupper() and visible != "A"):
            return True
    if not word.capitalised or previous is None:
        return False
    if previous.raw.endswith(("?", "!")):
        return True
    return sentence_case and not _starts_sentence(previous)


def _balanced(text: str) -> bool:
    return balance_braces(text) == text


def _braced(text: str) -> bool:
    """One brace group around the whole text (``{BERT}``, not ``{B}ER{T}``)."""
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "{") - (char == "}")
        if depth == 0 and i < len(text) - 1:
            return False
    return True


def _render_word(word: _Word, braces: bool, ascii_only: bool) -> str:
    if word.math:
        math = _math(word.core, ascii_only)
        return f"{{{math}}}" if braces else math
    if not braces:
        return _text(word.raw, ascii_only)
    core = _text(word.core, ascii_only)
    # "{\"Ozturk}" would be a BibTeX "special character", whose letters change.case$ still lowers.
    core = f"{{{{{core}}}}}" if core.startswith("\\") else f"{{{core}}}"
    return _text(word.lead, ascii_only) + core + _text(word.tail, ascii_only)
