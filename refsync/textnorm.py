"""Fold LaTeX and Unicode spellings of the same text to one comparable form.

A title may reach us as ``The {$\\alpha$}-model of M{\\"u}ller`` from a .bib file, as
``The α-model of Müller`` from Zotero or arXiv, or as ``The alpha-model of Muller`` typed
by hand; all three must compare equal. So LaTeX is rendered to Unicode first, then Greek
letters are spelled out, ``&`` becomes "and", accents, case and punctuation go.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from anyascii import anyascii
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
from pylatexenc.macrospec import LatexContextDb
from pylatexenc.version import version_str as _pylatexenc_version

LATEX_PARSER = f"pylatexenc {_pylatexenc_version}"
"""What renders LaTeX in titles: folded titles cached by another version may differ."""


def _latex_context() -> LatexContextDb:
    """pylatexenc's macros, plus the escapes refsync writes that it does not know (it drops them).

    A brace, escaped or not, reads as nothing: plain text loses its braces the same way.
    """
    context = get_default_latex_context_db()
    escapes = {"textless": "<", "textgreater": ">", "textbraceleft": "", "textbraceright": ""}
    context.add_context_category("refsync-escapes", prepend=True,
                                 macros=[MacroTextSpec(name, text) for name, text in escapes.items()])
    return context


_LATEX = LatexNodes2Text(latex_context=_latex_context(), math_mode="text", strict_latex_spaces=False)
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_SYMBOL_NAMES = {"&": " and ", "×": "x", "∞": " infinity "}
_LETTER_MAP = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
                             # pylatexenc renders \textasciicircum and \textasciitilde as modifier letters
                             "ˆ": "^", "˜": "~"})


def collapse_whitespace(text: str) -> str:
    """arXiv hard-wraps titles and abstracts; one space is what was meant."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def latex_to_text(text: str) -> str:
    """Render LaTeX markup as the Unicode text it stands for (accents, math symbols).

    Plain text, the common case, skips the LaTeX parser.
    """
    if "\\" not in text and "$" not in text:
        return text.replace("{", "").replace("}", "")
    try:
        return str(_LATEX.latex_to_text(text))
    except Exception:  # noqa: BLE001 - pylatexenc gives up on some malformed input: keep the letters
        return text.replace("{", "").replace("}", "").replace("\\", "")


def strip_accents(text: str) -> str:
    """Remove diacritics: "Vukelić" -> "Vukelic", "Schrödinger" -> "Schrodinger", "Đ" -> "D"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", "".join(_latin_base(c) for c in text.translate(_LETTER_MAP)))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def _latin_base(char: str) -> str:
    """A Latin letter as the ASCII --ascii writes for it: also those NFKD cannot split (``Đ``, ``Ħ``, ``Ŀ``)."""
    if char.isascii() or " LATIN " not in f" {unicodedata.name(char, '')} ":
        return char
    return anyascii(char)


def spell_symbols(text: str) -> str:
    """Greek letters as their names and ``&``/``×`` as words: "α & β" -> " alpha  and  beta "."""
    return "".join(_SYMBOL_NAMES.get(c) or _greek_name(c) or c for c in text)


@lru_cache(maxsize=256)
def _greek_name(char: str) -> str | None:
    if not "\u0370" <= char <= "\u03ff":
        return None
    name = unicodedata.name(char, "")
    if not name.startswith("GREEK") or " LETTER " not in name:
        return None
    word = name.rsplit(" ", 1)[-1].lower()
    return f" {'lambda' if word == 'lamda' else word} "


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, LaTeX and punctuation removed; words separated by single spaces.

    Letters and digits are split apart, because a subscript or index is written every way:
    "Z_2", "Z$_2$", "Z₂", "Z2" and "Z 2" all fold to "z 2", so a stray "2" never looks
    like a sequel's number.
    """
    text = strip_accents(spell_symbols(latex_to_text(text))).casefold()
    text = _LETTER_DIGIT.sub(" ", text.replace("_", " "))
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", text)).strip()


def acronym(words: Sequence[str]) -> str:
    """The initials of folded words: ["event", "horizon", "telescope"] -> "eht"."""
    return "".join(w[0] for w in words if w)
