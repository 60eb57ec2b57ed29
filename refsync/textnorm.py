"""Fold LaTeX and Unicode spellings of the same text to one comparable form.

A title may reach us as ``The {$\\alpha$}-model of M{\\"u}ller`` from a .bib file, as
``The α-model of Müller`` from Zotero or arXiv, or as ``The alpha-model of Muller`` typed
by hand; all three must compare equal. So LaTeX is rendered to Unicode first, then Greek
letters are spelled out, ``&`` becomes "and", accents, case and punctuation go.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.version import version_str as _pylatexenc_version

LATEX_PARSER = f"pylatexenc {_pylatexenc_version}"
"""What renders LaTeX in titles: folded titles cached by another version may differ."""
_LATEX = LatexNodes2Text(math_mode="text", strict_latex_spaces=False)
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")
_SYMBOL_NAMES = {"&": " and ", "×": "x", "∞": " infinity "}
_LETTER_MAP = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


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
        return _LATEX.latex_to_text(text)
    except Exception:  # pylatexenc gives up on some malformed input: keep the letters
        return text.replace("{", "").replace("}", "").replace("\\", "")


def strip_accents(text: str) -> str:
    """Remove diacritics: "Vukelić" -> "Vukelic", "Schrödinger" -> "Schrodinger"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LETTER_MAP))
    return "".join(c for c in text if not unicodedata.combining(c))


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


def fold(text: str) -> str:
    """Case, accents, LaTeX and punctuation removed; words separated by single spaces."""
    text = strip_accents(spell_symbols(latex_to_text(text))).casefold()
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", text.replace("_", " "))).strip()


def normalize_title(title: str) -> str:
    """The key under which two spellings of one title are equal."""
    return fold(title)
