"""How two titles of possibly one work differ: spelling, a dropped subtitle, or another work.

Similarity alone cannot tell "Not All Language Model Features Are Linear" (v1 of a paper
whose v2 adds "One-Dimensionally") from "KAN: Kolmogorov-Arnold Networks" against
"KAN 2.0: Kolmogorov-Arnold Networks Meet Science" (another paper). So the folded titles
are aligned word by word (rapidfuzz's Levenshtein opcodes over word lists) and the
differences classified: spelling variants and small words do not count; words only one
title has make it a *shortened* form of the other; a word in place of another makes it a
*different* title; and some words (a number, "comment", "erratum", "not") mark another
work whatever else agrees. Where the extra words sit matters too: after a subtitle
separator (colon, dash, period, question mark, parenthesis) they are a subtitle; running
on from the whole shorter title without one ("A Quantum Approximate Optimization
Algorithm Applied to ...") they make a longer, likely distinct title. An acronym
("AdS/CFT", "LLMs") whose words the other title spells out is compared as those words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import textnorm

STOPWORDS = frozenset("a an the of on in for and to with via by at from as or is are its their our into".split())
MARKERS = frozenset(
    """comment comments reply response rejoinder erratum errata corrigendum addendum correction corrections
    retraction retracted rebuttal supplement supplementary appendix not no non without""".split()
)
"""Words that make a title another work: a comment on a paper, its erratum, its negation."""
GENRE = frozenset(
    """survey surveys review reviews overview introduction tutorial primer lecture lectures notes perspective
    perspectives revisited update summary abstract abridged thesis dissertation commentary remarks sequel""".split()
)
"""Words that make a subtitle name a kind of work about the main title's subject ("X: a survey")."""
ROMAN = frozenset("ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx".split())
SPELLING = 80.0
"""Two differing runs of words at least this similar are one spelling (quantisation/quantization)."""
_WORD = re.compile(r"\w+")
_MAIN_TITLE = re.compile(r"\s*(?::|\?|\s[-–—]\s|\.\s|\s(?=[(\[]))")


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
    """The shorter title is the longer one up to a subtitle separator (colon, dash, period, "?")."""
    continued: bool = False
    """The longer title runs on from the whole shorter one with no separator: likely another title."""
    prefixed: bool = False
    """The longer title puts its extra words in front of the whole shorter one ("X and <title>")."""
    extends: bool = False
    """The second title is the longer one: it adds the words to the first."""
    added: tuple[str, ...] = ()
    """Words only the longer title has; for titles that differ after a shared main title, the words that differ."""
    same_main: bool = False
    """Different titles with one main title (the words up to the first subtitle separator, at the same
    place in both) and different subtitles: a journal version's reworded subtitle, a workshop version's
    own, or one paper of a series ("WMAP observations: ..."). ``shorter_words`` counts the main title."""
    shared_subtitle: bool = False
    """With ``same_main``: the two subtitles still share a content word (reworded, not replaced)."""
    swapped: bool = False
    """Different titles that differ by one word in place of another, nothing else (a changed verb)."""
    spelled_out: tuple[str, ...] = ()
    """Acronyms of one title the other spells out ("ads" for "anti de sitter")."""

    @property
    def genre(self) -> bool:
        """The added words name a kind of work ("a survey", "lecture notes"), not just describe it."""
        return any(w in GENRE for w in self.added)

    @property
    def identical(self) -> bool:
        """The very same title, once folded."""
        return self.similarity == 100 and not self.spelled_out

    def describe(self) -> str:
        acronyms = f", {', '.join(self.spelled_out)} spelled out" if self.spelled_out else ""
        if self.relation is Relation.SAME:
            if self.similarity == 100:
                return f"same title{acronyms}"
            return f"same title up to spelling (title similarity {self.similarity:.0f}%{acronyms})"
        if self.relation is Relation.SHORTENED:
            if self.main_title:
                what = f"subtitle {'added' if self.extends else 'dropped'}"
            else:
                what = f"{'title continued' if self.continued else 'words added'}: {' '.join(self.added[:6])}"
            return f"title similarity {self.similarity:.0f}% ({what}{acronyms})"
        if self.same_main:
            return f"title similarity {self.similarity:.0f}% (same main title, subtitles differ: {' '.join(self.added[:6])}{acronyms})"
        if self.swapped:
            return f"title similarity {self.similarity:.0f}% (one word in place of another: {' / '.join(self.added)}{acronyms})"
        return f"title similarity {self.similarity:.0f}% (reworded{acronyms})"


def words(title: str) -> list[str]:
    return textnorm.fold(title).split()


def compare(a: str, b: str) -> Comparison:
    """How title ``b`` relates to title ``a``."""
    (pa, starts_a, acronyms_a), (pb, starts_b, acronyms_b) = _parsed(a), _parsed(b)
    wa, subtitles_a, spelled_a = _expand_acronyms(pa, starts_a, acronyms_a, pb)
    wb, subtitles_b, spelled_b = _expand_acronyms(pb, starts_b, acronyms_b, wa)
    spelled_out = spelled_a + spelled_b
    similarity = fuzz.ratio(" ".join(wa), " ".join(wb))
    only_a: list[str] = []
    only_b: list[str] = []
    replaced: list[tuple[list[str], list[str]]] = []
    starts: list[int] = []  # where, in the longer title, each run of its extra content words begins
    for op in Levenshtein.opcodes(wa, wb):
        left, right = wa[op.src_start:op.src_end], wb[op.dest_start:op.dest_end]
        if op.tag == "equal":
            continue
        if op.tag == "replace" and not _spelling_variant(left, right):
            replaced.append((left, right))
        elif op.tag == "delete":
            only_a += left
            starts += [op.src_start] if _content(left) else []
        elif op.tag == "insert":
            only_b += right
            starts += [op.dest_start] if _content(right) else []
    differing = only_a + only_b + [w for pair in replaced for side in pair for w in side]
    marker = next((w for w in differing if _is_marker(w)), None)
    only_a, only_b = _content(only_a), _content(only_b)
    replaced = [(left, right) for left, right in replaced if _content(left) or _content(right)]
    found = Comparison(similarity, Relation.DIFFERENT, marker, spelled_out=spelled_out)
    if replaced or (only_a and only_b):
        return _differing(found, wa, subtitles_a, wb, subtitles_b, only_a + only_b, replaced)
    if not only_a and not only_b:
        return replace(found, relation=Relation.SAME, shorter_words=len(_content(wa)))
    shorter, longer, subtitles, added = (wb, wa, subtitles_a, only_a) if only_a else (wa, wb, subtitles_b, only_b)
    tail = len(starts) == 1 and _content(longer[starts[0]:]) == added
    subtitle = tail and starts[0] in subtitles
    prefixed = len(starts) == 1 and starts[0] == 0
    return replace(found, relation=Relation.SHORTENED, shorter_words=len(_content(shorter)), main_title=subtitle,
                   continued=tail and not subtitle, prefixed=prefixed, extends=bool(only_b), added=tuple(added))


def _differing(found: Comparison, wa: list[str], subtitles_a: set[int], wb: list[str], subtitles_b: set[int],
               only: list[str], replaced: list[tuple[list[str], list[str]]]) -> Comparison:
    """Two different titles, with what they still share: a main title, or all but one word."""
    differing = tuple(only + [w for pair in replaced for side in pair for w in _content(side)])
    cut = min(subtitles_a, default=0)
    if 0 < cut < len(wa) and cut == min(subtitles_b, default=0) < len(wb) and wa[:cut] == wb[:cut]:
        while cut < min(len(wa), len(wb)) and wa[cut] == wb[cut]:  # "(WMAP) Observations: ..." is still main
            cut += 1
        shared = bool(set(_content(wa[cut:])) & set(_content(wb[cut:])))
        return replace(found, same_main=True, shared_subtitle=shared, shorter_words=len(_content(wa[:cut])),
                       added=differing)
    if not only and len(replaced) == 1 and len(replaced[0][0]) == len(replaced[0][1]) == 1:
        return replace(found, swapped=True, shorter_words=len(_content(wa)) - 1, added=differing)
    return found


@lru_cache(maxsize=65536)
def _parsed(title: str) -> tuple[tuple[str, ...], frozenset[int], frozenset[str]]:
    """The folded words of a title; the positions at which a subtitle begins (after each colon,
    dash, period or question mark, or at a parenthesis); and the words written as acronyms
    (two capitals or more: "AdS", "CFT", "LLMs").

    Memoized, and immutable so that no caller can change a shared result: matching compares
    one paper's title with every candidate's, and a record's title with many papers'."""
    text = textnorm.latex_to_text(title)
    folded = [words(part) for part in _MAIN_TITLE.split(text)]
    starts = frozenset(sum(len(part) for part in folded[:i]) for i in range(1, len(folded)))
    acronyms = frozenset(f for w in _WORD.findall(text) if sum(c.isupper() for c in w) >= 2
                         for f in textnorm.fold(w).split())
    return tuple(w for part in folded for w in part), starts, acronyms


def _expand_acronyms(ws: Sequence[str], subtitles: frozenset[int], acronyms: frozenset[str],
                     other: Sequence[str]) -> tuple[list[str], set[int], tuple[str, ...]]:
    """``ws`` with each acronym the other title spells out replaced by its words ("ads cft" ->
    "anti de sitter conformal field theory"), the subtitle positions moved along, and the
    acronyms so replaced."""
    expanded: list[str] = []
    moved = set()
    spelled = []
    for i, word in enumerate(ws):
        if i in subtitles:
            moved.add(len(expanded))
        run = _spelled_out(word, other) if word in acronyms else None
        expanded += run or [word]
        spelled += [word] if run else []
    return expanded, moved, tuple(spelled)


def _spelled_out(word: str, other: Sequence[str]) -> list[str] | None:
    """The run of words in ``other`` whose initials ``word`` is, unless ``other`` has the word itself."""
    if not 2 <= len(word) <= 8 or not word.isalpha() or word in STOPWORDS or word in other:
        return None
    for start in (i for i, w in enumerate(other) if w[0] == word[0]):
        for end in range(start + 2, min(len(other), start + 2 * len(word)) + 1):
            run = list(other[start:end])
            if run[0] not in STOPWORDS and run[-1] not in STOPWORDS and _initials_of(word, run):
                return run
    return None


def _initials_of(word: str, run: list[str]) -> bool:
    """``word`` is the run's initials, with or without its small words, or their plural ("llms")."""
    initials = {textnorm.acronym(run), textnorm.acronym(_content(run))}
    return word in initials or (word[-1] == "s" and run[-1][-1] == "s" and word[:-1] in initials)


def _content(ws: list[str]) -> list[str]:
    return [w for w in ws if w not in STOPWORDS]


def _spelling_variant(left: list[str], right: list[str]) -> bool:
    a, b = " ".join(left), " ".join(right)
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    if any(w.isdigit() or w in ROMAN for w in left + right):
        return False
    return fuzz.ratio(a, b) >= SPELLING and min(len(a), len(b)) >= 4


@lru_cache(maxsize=65536)
def _is_marker(word: str) -> bool:
    return word in MARKERS or word in ROMAN or any(c.isdigit() for c in word)
