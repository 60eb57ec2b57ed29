"""Citation keys for new entries: Better BibTeX's default shape, unique in the file. Pure.

The default ``auth.lower + shorttitle(3,3) + year`` gives ``michaudQuantizationModelNeural2023``
for "The Quantization Model of Neural Scaling" (2023), as BBT would. Existing keys are
never changed; a new key that clashes (case-insensitively, as BBT compares) gets
``a``, ``b``, ... appended.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from anyascii import anyascii

from . import names, textnorm
from .model import Paper

# Better BibTeX's default skipWords preference.
SKIP_WORDS = frozenset(
    """a ab aboard about above across after against al along amid among an and anti around as at
    before behind below beneath beside besides between beyond but by d da das de del dell dello dei
    degli della dell delle dem den der des despite die do down du during ein eine einem einen einer
    eines el en et except for from gli i il in inside into is l la las le les like lo los near nor of
    off on onto or over past per plus round save since so some sur than the through to toward towards
    un una unas under underneath une unlike uno unos until up upon versus via von while with within
    without yet zu zum""".split()
)

_UNSAFE = re.compile(r"[^A-Za-z0-9]")


def _ascii(text: str) -> str:
    """Key-safe ASCII: LaTeX rendered, then transliterated ("Вукелић" -> "Vukelic", "α" -> "a")."""
    return _UNSAFE.sub("", anyascii(textnorm.latex_to_text(text)))


def first_author_family(paper: Paper) -> str:
    """The first author's family name without particles, ASCII, lower case ("de Witt" -> "witt")."""
    if not paper.authors:
        return "anon"
    family = names.parse_name(paper.authors[0]).family
    words = [w for w in family.split() if not (w.lower() in names.PARTICLES and w[:1].islower())]
    return _ascii("".join(words or family.split())).lower() or "anon"


def title_words(title: str) -> list[str]:
    """Title words as BBT's ``shorttitle`` sees them: no markup, no stop words, joined hyphens."""
    text = textnorm.latex_to_text(title).replace("/", " ").replace(":", " ")
    words = []
    for raw in text.split():
        word = _ascii(raw.replace("-", ""))
        if not word or (len(word) == 1 and not word.isdigit()) or word.lower() in SKIP_WORDS:
            continue
        words.append(word)
    return words


def bbt(paper: Paper) -> str:
    """``auth.lower + shorttitle(3,3) + year``."""
    short = "".join(w[:1].upper() + w[1:] for w in title_words(paper.title)[:3])
    return f"{first_author_family(paper)}{short}{paper.year or ''}"


def google_scholar(paper: Paper) -> str:
    """``{first_author}{year}{first_word}``: ``michaud2023quantization``."""
    words = title_words(paper.title)
    return f"{first_author_family(paper)}{paper.year or ''}{words[0].lower() if words else ''}"


def arxiv_key(paper: Paper) -> str:
    """The arXiv id as key, ``arXiv:2303.13506``; an old id's ``/`` becomes ``_``."""
    return "arXiv:" + paper.arxiv_id.replace("/", "_")


FORMATS: dict[str, Callable[[Paper], str]] = {"bbt": bbt, "google": google_scholar, "arxiv": arxiv_key}


def unique(key: str, taken: Iterable[str]) -> str:
    """``key``, or ``key`` + a, b, ..., z, aa, ... when it is taken (case-insensitively)."""
    used = {k.casefold() for k in taken}
    if key.casefold() not in used:
        return key
    n = 0
    while True:
        candidate = key + _suffix(n)
        if candidate.casefold() not in used:
            return candidate
        n += 1


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters


def make_keys(papers: Iterable[Paper], taken: Iterable[str], fmt: str = "bbt") -> list[str]:
    """One unique key per paper, unique against ``taken`` and against each other."""
    build = FORMATS[fmt]
    used = set(taken)
    keys = []
    for paper in papers:
        key = unique(build(paper), used)
        used.add(key)
        keys.append(key)
    return keys
