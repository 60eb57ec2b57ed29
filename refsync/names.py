"""Person names: split them, fold them, and decide whether two forms can be one person.

arXiv gives names as free text ("Eric J. Michaud", "Christian Schroeder de Witt");
libraries give "Last, First" (.bib) or split fields (Zotero). One splitting rule is
used everywhere, BibTeX's own "First von Last" rule, so a name rendered into a .bib
file reads back as the same name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from . import textnorm
from .model import Name

PARTICLES = frozenset(
    "da das de dei del della der des di do dos du la le van von ten ter den zu zum y d' l' af av".split()
)
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

_PARENS = re.compile(r"\s*\([^)]*\)")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """A name part folded for comparison: "Vukeli{\\'c}" and "Vukelić" are "vukelic"."""
    return textnorm.fold(text)


def parse_name(text: str) -> Name:
    """Split one name written either as "First von Last" or "von Last, [Jr.,] First"."""
    text = _SPACE.sub(" ", _PARENS.sub("", text)).strip().strip(",")
    if "," in text:
        return _parse_comma_form(text)
    words = text.split(" ")
    suffix = ""
    if len(words) > 1 and words[-1].lower() in SUFFIXES:
        suffix = words.pop()
    if len(words) == 1:
        return Name(family=words[0], suffix=suffix)
    start = _family_start(words)
    return Name(family=" ".join(words[start:]), given=" ".join(words[:start]), suffix=suffix)


def _parse_comma_form(text: str) -> Name:
    parts = [p.strip() for p in text.split(",")]
    family = parts[0]
    if len(parts) >= 3:
        return Name(family=family, given=", ".join(parts[2:]).strip(), suffix=parts[1])
    rest = parts[1]
    if rest.lower() in SUFFIXES:  # "John Smith, Jr." is "First Last, Jr."
        plain = parse_name(family)
        return Name(family=plain.family, given=plain.given, suffix=rest)
    return Name(family=family, given=rest)


def _family_start(words: list[str]) -> int:
    """Index where the family name begins: the first lower-case particle, else the last word."""
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in PARTICLES and word[:1].islower():
            return i
    return len(words) - 1


def given_tokens(name: Name) -> list[str]:
    """Given names as folded tokens: "Jean-Pierre J." -> ["jean", "pierre", "j"]."""
    return fold(name.given).split()


def family_key(name: Name) -> str:
    """The family name folded to one comparable string, particles included."""
    return fold(name.family)


def last_family_word(name: Name) -> str:
    """The last word of the family name: the part every written form of it keeps."""
    words = family_key(name).split()
    return words[-1] if words else ""


class Compat(Enum):
    SAME = "same"
    CONFLICT = "conflict"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Verdict:
    compat: Compat
    reason: str


def compare(target: Name, other: Name) -> Verdict:
    """Can ``other`` be the person ``target`` names?

    Family names must agree (accents, case, hyphens and particles aside). Given names
    are compared position by position: two full names must be equal, an initial must
    match the other's first letter, and a missing middle name is no conflict. So
    "E. J. Michaud" and "Eric Michaud" are "Eric J. Michaud", but "Etienne J. Michaud"
    and "Eric K. Michaud" are someone else.
    """
    aligned = _aligned_given(target, other)
    if aligned is None:
        return Verdict(Compat.UNRELATED, f"{other} has another family name")
    for position, (a, b) in enumerate(zip(*aligned)):
        if not _given_compatible(a, b):
            what = "forename" if position == 0 else "middle name"
            return Verdict(Compat.CONFLICT, f"{other} has a different {what} than {target}")
    return Verdict(Compat.SAME, f"{other} is {target}")


def _aligned_given(target: Name, other: Name) -> tuple[list[str], list[str]] | None:
    """Both names' given names, once their family names are aligned; None if they cannot be.

    A name split differently elsewhere ("José García-Lario" and "Jose Garcia Lario",
    family "Lario") is aligned on the whole written name; a family name written
    without its particles ("Beethoven" for "van Beethoven") still aligns.
    """
    g1, f1 = given_tokens(target), family_key(target).split()
    g2, f2 = given_tokens(other), family_key(other).split()
    if not f1 or not f2:
        return None
    if f1 == f2:
        return g1, g2
    short, long_ = (f1, f2) if len(f1) < len(f2) else (f2, f1)
    if long_[-len(short):] == short and all(w in PARTICLES for w in long_[: -len(short)]):
        return g1, g2
    if len(f1) > len(f2) and (g2 + f2)[-len(f1):] == f1:
        return g1, (g2 + f2)[: -len(f1)]
    if len(f2) > len(f1) and (g1 + f1)[-len(f2):] == f2:
        return (g1 + f1)[: -len(f2)], g2
    return None


def _given_compatible(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def initials(name: Name) -> str:
    """First letters of the given names: "Eric J." -> "ej"."""
    return "".join(t[0] for t in given_tokens(name))
