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


_GROUP_WORDS = frozenset({"collaboration", "consortium", "team", "group", "collaborations", "project"})


def is_group(name: Name) -> bool:
    """A collaboration written as an author ("ATLAS Collaboration"), not a person."""
    return bool(_GROUP_WORDS & set(fold(f"{name.given} {name.family}").split()))


def same_person(a: Name, b: Name) -> bool:
    """The looser test a matcher can afford: family names agree and first initials do not clash.

    Stricter :func:`compare` decides who an author *is*; here both names already sit on
    entries with similar titles, so "Liu, Z." may be "Ziming Liu".
    """
    if is_group(a) or is_group(b):
        return is_group(a) and is_group(b) and fold(f"{a.given} {a.family}") == fold(f"{b.given} {b.family}")
    if last_family_word(a) != last_family_word(b) or not last_family_word(a):
        return False
    x, y = initials(a)[:1], initials(b)[:1]
    return not x or not y or x == y


@dataclass(frozen=True)
class Overlap:
    """What two author lists (a paper's and a library entry's) have in common."""

    shared: tuple[str, ...]
    """Family names of the paper's authors the entry also lists, in the paper's order."""
    first: bool
    """The first persons of both lists are one person."""
    comparable: bool
    """Both lists name persons; a list of collaborations alone says nothing either way."""
    sole: bool
    """Each list names exactly one person, and it is the same one."""

    @property
    def strong(self) -> bool:
        """Enough to carry a weaker title match: two shared authors led by the same one, or the sole author."""
        return (len(self.shared) >= 2 and self.first) or self.sole

    def describe(self) -> str:
        """ "author Michaud", "authors Liu, Michaud, Tegmark and 2 more", or why there is none."""
        if not self.shared:
            return "no author in common" if self.comparable else "no comparable authors (one side lists only a collaboration)"
        names = ", ".join(self.shared[:3]) + (f" and {len(self.shared) - 3} more" if len(self.shared) > 3 else "")
        return f"author{'s' if len(self.shared) > 1 else ''} {names}"


def overlap(paper_authors: tuple[str, ...], record_authors: tuple[Name, ...]) -> Overlap:
    """Which of the paper's authors the entry lists too, by :func:`same_person`."""
    mine = [parse_name(a) for a in paper_authors]
    theirs = list(record_authors)
    shared = tuple(str(m) if is_group(m) else m.family for m in mine if any(same_person(m, t) for t in theirs))
    my_people = [m for m in mine if not is_group(m)]
    their_people = [t for t in theirs if not is_group(t)]
    first = bool(my_people and their_people) and same_person(my_people[0], their_people[0])
    sole = len(my_people) == 1 and len(their_people) == 1 and first
    return Overlap(shared, first, bool(my_people and their_people), sole)
