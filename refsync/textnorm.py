"""Fold LaTeX and Unicode spellings of the same text to one comparable form.

A title may reach us as ``The {$\\alpha$}-model of M{\\"u}ller`` from a .bib file and as
``The α-model of Müller`` from Zotero or arXiv; both must compare equal.
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


def fold(text: str) -> str:
    """Case, accents, LaTeX and punctuation removed; words separated by single spaces."""
    text = strip_accents(latex_to_text(text)).casefold()
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", text.replace("_", " "))).strip()


def normalize_title(title: str) -> str:
    """The key under which two spellings of one title are equal."""
    return fold(title)
