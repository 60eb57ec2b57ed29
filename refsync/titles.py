"""How two titles of possibly one work differ: spelling, a dropped subtitle, or another work.

Similarity alone cannot tell "Not All Language Model Features Are Linear" (v1 of a paper
whose v2 adds "One-Dimensionally") from "KAN: Kolmogorov-Arnold Networks" against
"KAN 2.0: Kolmogorov-Arnold Networks Meet Science" (another paper). So the folded titles
are aligned word by word (rapidfuzz's Levenshtein opcodes over word lists) and the
differences classified: spelling variants and small words do not count; words only one
title has make it a *shortened* form of the other; a word in place of another makes it a
*different* title; and some words (a number, "comment", "erratum", "not") mark another
work whatever else agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import textnorm

STOPWORDS = frozenset("a an the of on in for and to with via by at from as or is are its their our into".split())
MARKERS = frozenset(
    """comment comments reply response rejoinder erratum errata corrigendum addendum correction corrections
    retraction retracted rebuttal supplement supplementary appendix not no non without""".split()
)
"""Words that make a title another work: a comment on a paper, its erratum, its negation."""
ROMAN = frozenset("ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx".split())
SPELLING = 80.0
"""Two differing runs of words at least this similar are one spelling (quantisation/quantization)."""
_MAIN_TITLE = re.compile(r"\s*(?::|\?|\s[-–—]\s|\.\s)")


class Relation(Enum):
    SAME = "same"
    """Equal once folded, up to spelling variants and small words."""
    SHORTENED = "shortened"
    """One title is the other with words left out (a dropped subtitle, a word added in v2)."""
    DIFFERENT = "different"


@dataclass(frozen=True)
class Comparison:
    similarity: float
    """rapidfuzz ratio of the folded titles, 0-100."""
    relation: Relation
    marker: str | None = None
    """The word that makes one of them another work, if one does."""
    shorter_words: int = 0
    """Content words of the shorter title: how specific what they share is."""
    main_title: bool = False
    """The shorter title is the longer one's main title (the part before a colon)."""
    added: tuple[str, ...] = ()
    """Words only the longer title has."""

    def describe(self) -> str:
        if self.relation is Relation.SAME:
            return "same title" if self.similarity == 100 else f"same title up to spelling (title similarity {self.similarity:.0f}%)"
        if self.relation is Relation.SHORTENED:
            what = "subtitle dropped" if self.main_title else f"words added: {' '.join(self.added[:6])}"
            return f"title similarity {self.similarity:.0f}% ({what})"
        return f"title similarity {self.similarity:.0f}% (reworded)"


def words(title: str) -> list[str]:
    return textnorm.fold(title).split()


def content_words(title: str) -> list[str]:
    return [w for w in words(title) if w not in STOPWORDS]


def compare(a: str, b: str) -> Comparison:
    """How title ``b`` relates to title ``a``."""
    wa, wb = words(a), words(b)
    similarity = fuzz.ratio(" ".join(wa), " ".join(wb))
    only_a: list[str] = []
    only_b: list[str] = []
    replaced: list[tuple[list[str], list[str]]] = []
    for op in Levenshtein.opcodes(wa, wb):
        left, right = wa[op.src_start:op.src_end], wb[op.dest_start:op.dest_end]
        if op.tag == "equal":
            continue
        if op.tag == "replace" and not _spelling_variant(left, right):
            replaced.append((left, right))
        elif op.tag == "delete":
            only_a += left
        elif op.tag == "insert":
            only_b += right
    differing = only_a + only_b + [w for pair in replaced for side in pair for w in side]
    marker = next((w for w in differing if _is_marker(w)), None)
    only_a, only_b = _content(only_a), _content(only_b)
    replaced = [(left, right) for left, right in replaced if _content(left) or _content(right)]
    if replaced or (only_a and only_b):
        return Comparison(similarity, Relation.DIFFERENT, marker)
    if not only_a and not only_b:
        return Comparison(similarity, Relation.SAME, marker, len(_content(wa)))
    shorter, longer, added = (b, a, only_a) if only_a else (a, b, only_b)
    return Comparison(similarity, Relation.SHORTENED, marker, len(content_words(shorter)),
                      main_title=words(main_title(longer)) == words(shorter), added=tuple(added))


def main_title(title: str) -> str:
    """The part before the subtitle: "Adam: A Method for ..." -> "Adam"."""
    return _MAIN_TITLE.split(textnorm.latex_to_text(title), maxsplit=1)[0]


def _content(ws: list[str]) -> list[str]:
    return [w for w in ws if w not in STOPWORDS]


def _spelling_variant(left: list[str], right: list[str]) -> bool:
    a, b = " ".join(left), " ".join(right)
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    if any(w.isdigit() or w in ROMAN for w in left + right):
        return False
    return fuzz.ratio(a, b) >= SPELLING and min(len(a), len(b)) >= 4


def _is_marker(word: str) -> bool:
    return word in MARKERS or word in ROMAN or any(c.isdigit() for c in word)
