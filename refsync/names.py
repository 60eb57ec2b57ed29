"""Person names: split them, fold them, and decide whether two forms can be one person.

arXiv gives names as free text ("Eric J. Michaud", "Christian Schroeder de Witt");
libraries give "Last, First" (.bib) or split fields (Zotero). One splitting rule is
used everywhere, BibTeX's own "First von Last" rule, so a name rendered into a .bib
file reads back as the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

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


_UMLAUTS_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=65536)
def fold_umlauts_out(text: str) -> str:
    """A name part folded the way German writes umlauts without accents: "Schölkopf" is "schoelkopf"."""
    rendered = unicodedata.normalize("NFC", textnorm.repair(textnorm.latex_to_text(text)))
    return textnorm.fold(rendered.translate(_UMLAUTS_WRITTEN_OUT))


FOLDINGS = (fold, fold_umlauts_out)
"""Two spellings are one name if they agree under either folding: "Schollwöck" is both "Schollwock"
and "Schollwoeck" (accent dropped, umlaut written out), though those two are not each other."""


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
        if is_particle(word):
            return i
    return len(words) - 1


def is_particle(word: str) -> bool:
    """A particle written in lower case ("van", "de"): BibTeX's "von" part; "Van" is a name."""
    return word.lower() in PARTICLES and word[:1].islower()


def given_tokens(name: Name) -> list[str]:
    """Given names as folded tokens: "Jean-Pierre J." -> ["jean", "pierre", "j"]."""
    return fold(name.given).split()


def _last_word(folded: str) -> str:
    words = folded.split()
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
    and "Eric K. Michaud" are someone else. A name that agrees under either of the
    :data:`FOLDINGS` agrees ("Jürgen" is "Juergen").
    """
    conflict = None
    for folding in FOLDINGS:
        aligned = _aligned_given(target, other, folding)
        if aligned is None:
            continue
        clash = next((i for i, (a, b) in enumerate(zip(*aligned)) if not _given_compatible(a, b)), None)
        if clash is None:
            return Verdict(Compat.SAME, f"{other} is {target}")
        what = "forename" if clash == 0 else "middle name"
        conflict = conflict or Verdict(Compat.CONFLICT, f"{other} has a different {what} than {target}")
    return conflict or Verdict(Compat.UNRELATED, f"{other} has another family name")


def compare_any(targets: Sequence[Name], other: Name) -> Verdict:
    """Can ``other`` be the person named by any of ``targets`` (a name and its aliases)?

    The first same verdict, else the first conflict (a namesake), else unrelated.
    """
    verdicts = [compare(t, other) for t in targets]
    for compat in (Compat.SAME, Compat.CONFLICT):
        for verdict in verdicts:
            if verdict.compat is compat:
                return verdict
    return verdicts[0]


def _aligned_given(target: Name, other: Name, folding: Callable[[str], str]) -> tuple[list[str], list[str]] | None:
    """Both names' given names, once their family names are aligned; None if they cannot be.

    A name split differently elsewhere ("José García-Lario" and "Jose Garcia Lario",
    family "Lario") is aligned on the whole written name; a family name written
    without its particles ("Beethoven" for "van Beethoven") still aligns.
    """
    g1, f1 = folding(target.given).split(), folding(target.family).split()
    g2, f2 = folding(other.given).split(), folding(other.family).split()
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
_GROUP_FILLERS = frozenset({"the", "of", "for", "and"})


def is_group(name: Name) -> bool:
    """A collaboration written as an author ("ATLAS Collaboration"), not a person."""
    return bool(_GROUP_WORDS & set(fold(f"{name.given} {name.family}").split()))


def same_group(a: Name, b: Name) -> bool:
    """Two collaborations are one when their names agree without "The" and "Collaboration", or
    one is the other's acronym: "{The EHT Collaboration}" is "Event Horizon Telescope Collaboration"."""
    ka, kb = _group_words(a), _group_words(b)
    if not ka or not kb:
        return False
    return ka == kb or any(len(x) == 1 and x[0] in _acronyms(y) for x, y in ((ka, kb), (kb, ka)))


def _group_words(name: Name) -> list[str]:
    """The words that name a collaboration: "The Astropy Collaboration" -> ["astropy"]."""
    words = fold(f"{name.given} {name.family}").split()
    return [w for i, w in enumerate(words) if w not in _GROUP_WORDS and not (i == 0 and w == "the")]


def _acronyms(words: list[str]) -> set[str]:
    """The acronyms a name of several words goes by, with and without its small words."""
    if len(words) < 2:
        return set()
    return {textnorm.acronym(words), textnorm.acronym([w for w in words if w not in _GROUP_FILLERS])}


def same_person(a: Name, b: Name) -> bool:
    """The looser test a matcher can afford: family names agree and first initials do not clash.

    Stricter :func:`compare` decides who an author *is*; here both names already sit on
    entries with similar titles, so "Liu, Z." may be "Ziming Liu".
    """
    if is_group(a) or is_group(b):
        return is_group(a) and is_group(b) and same_group(a, b)
    if not any(_last_word(folding(a.family)) == _last_word(folding(b.family)) != "" for folding in FOLDINGS):
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
    whole: bool = False
    """Both lists name the same persons, as many on each, led by the same one."""
    truncated: bool = False
    """The entry lists only the paper's first authors, in order: a list cut short ("Touvron, H. and others").

    Little to go on, so the names must agree strictly (:func:`compare`): "Zhuang Liu" is not "Ziming Liu"."""

    @property
    def strong(self) -> bool:
        """Enough to carry a weaker title match: two shared authors led by the same one, the sole
        author, or the leading authors of a list cut short."""
        return (len(self.shared) >= 2 and self.first) or self.sole or self.truncated

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
    whole = first and len(my_people) == len(their_people) and all(any(same_person(m, t) for t in their_people) for m in my_people)
    truncated = 0 < len(their_people) < len(my_people) and all(
        compare(m, t).compat is Compat.SAME for m, t in zip(my_people, their_people))
    return Overlap(shared, first, bool(my_people and their_people), sole, whole, truncated)
