"""Citation keys for new entries: a formula in Better BibTeX's syntax, unique in the file. Pure.

The default ``auth.lower + shorttitle(3,3) + year`` gives ``michaudQuantizationModelNeural2023``
for "The Quantization Model of Neural Scaling" (2023), as BBT would. A formula is
terms joined by ``+``: functions (``auth``, ``year``, ``shorttitle(n,m)``, ...) with
``.lower``/``.upper`` modifiers, and quoted literals. Keys are ASCII letters, digits
and ``_:.-``. Existing keys are never changed; a new key that clashes with any key in
the file (case-insensitively, as BBT and biber compare) gets ``a``, ``b``, ... appended.
A key the user pinned elsewhere (Zotero's ``citationKey``) wins over the formula.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from anyascii import anyascii

from .. import names, textnorm
from ..model import Paper, Plan, Status
from .render import citation_year

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

PRESETS = {
    "bbt": "auth.lower + shorttitle(3,3) + year",
    "google": "auth.lower + year + veryshorttitle.lower",
    "arxiv": "'arXiv:' + arxiv",
}
"""Named formulas: Better BibTeX's default, Google Scholar's shape, the arXiv id."""

_UNSAFE = re.compile(r"[^A-Za-z0-9]")
_KEY_CHARS = re.compile(r"[A-Za-z0-9_:.\-]*")
_USABLE_PIN = re.compile(r"[^\s,{}()=%#\"'\\~]+")  # what BibTeX and biber accept in a key


class FormulaError(ValueError):
    """A citation key formula that cannot be read; the message says where."""


def _ascii(text: str) -> str:
    """Key-safe ASCII: LaTeX rendered, then transliterated ("Вукелић" -> "Vukelic", "α" -> "a")."""
    return _UNSAFE.sub("", anyascii(textnorm.latex_to_text(text)))


def author_family(paper: Paper, position: int = 1) -> str:
    """An author's family name without particles, ASCII ("de Witt" -> "Witt"); "" if none."""
    if not 1 <= position <= len(paper.authors):
        return ""
    family = names.parse_name(paper.authors[position - 1]).family
    words = [w for w in family.split() if not names.is_particle(w)]
    return _ascii("".join(words or family.split()))


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


def _short_title(paper: Paper, count: int = 3, capitalised: int = 3) -> str:
    words = title_words(paper.title)[:count]
    return "".join(w[:1].upper() + w[1:] if i < capitalised else w for i, w in enumerate(words))


def _very_short_title(paper: Paper, count: int = 1, capitalised: int = 0) -> str:
    return _short_title(paper, count, capitalised)


def _title(paper: Paper) -> str:
    return "".join(w[:1].upper() + w[1:] for w in title_words(paper.title))


def _arxiv(paper: Paper) -> str:
    return paper.arxiv_id.replace("/", "_")


def _auth(paper: Paper, chars: int = 0, position: int = 1) -> str:
    family = author_family(paper, position)
    return family[:chars] if chars else family


def _year(paper: Paper) -> str:
    year = citation_year(paper)
    return str(year) if year else ""


FUNCTIONS: dict[str, tuple[Callable[..., str], int]] = {
    "auth": (_auth, 2),
    "year": (_year, 0),
    "shorttitle": (_short_title, 2),
    "veryshorttitle": (_very_short_title, 2),
    "title": (_title, 0),
    "arxiv": (_arxiv, 0),
}
"""Formula functions and how many integer arguments each takes at most.

``auth(n,m)``: first n letters (0: all) of the m-th author's family name (default the
first author's, whole); ``year``: the entry's year; ``shorttitle(n,m)``: the first n
title words without stop words, the first m capitalised (default 3,3);
``veryshorttitle(n,m)``: the same with default 1,0; ``title``: every word, capitalised;
``arxiv``: the arXiv id (``hep-th_9901001`` for an old one).
"""
MODIFIERS: dict[str, Callable[[str], str]] = {"lower": str.lower, "upper": str.upper}

_TERM = re.compile(
    r"""\s*(?:
        (?P<literal>'[^']*'|"[^"]*")
      | (?P<name>[A-Za-z]+)(?:\(\s*(?P<args>[0-9]+(?:\s*,\s*[0-9]+)*)\s*\))?(?P<mods>(?:\.[A-Za-z]+)*)
    )\s*""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Term:
    literal: str | None = None
    function: str = ""
    args: tuple[int, ...] = ()
    modifiers: tuple[str, ...] = ()

    def value(self, paper: Paper) -> str:
        if self.literal is not None:
            return self.literal
        text = FUNCTIONS[self.function][0](paper, *self.args)
        for modifier in self.modifiers:
            text = MODIFIERS[modifier](text)
        return text


@dataclass(frozen=True)
class Formula:
    """A parsed key formula; :meth:`key` applies it to a paper."""

    text: str
    terms: tuple[_Term, ...]

    def key(self, paper: Paper) -> str:
        """The key, or the arXiv-id key when the formula yields nothing for this paper."""
        key = "".join(term.value(paper) for term in self.terms)
        return key or "arXiv:" + _arxiv(paper)


def parse_formula(text: str) -> Formula:
    """A preset name (``bbt``, ``google``, ``arxiv``) or a formula; :class:`FormulaError` if neither."""
    source = PRESETS.get(text.strip(), text)
    terms = [_parse_term(part, text) for part in _split_plus(source, text)]
    return Formula(text, tuple(terms))


def _split_plus(source: str, text: str) -> list[str]:
    """The ``+``-separated parts, leaving ``+`` inside quotes alone."""
    parts, current, quote = [], "", ""
    for char in source:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "+":
            parts.append(current)
            current = ""
            continue
        current += char
    if quote:
        raise FormulaError(f"citekey formula {text!r} has an unclosed quote")
    return [*parts, current]


def _parse_term(part: str, text: str) -> _Term:
    m = _TERM.fullmatch(part)
    if m is None:
        raise FormulaError(f"citekey formula {text!r}: cannot read {part.strip()!r}")
    if m["literal"] is not None:
        literal = m["literal"][1:-1]
        if not _KEY_CHARS.fullmatch(literal):
            raise FormulaError(f"citekey formula {text!r}: {literal!r} has characters a key cannot hold")
        return _Term(literal=literal)
    name = m["name"]
    if name not in FUNCTIONS:
        known = ", ".join(sorted(FUNCTIONS))
        raise FormulaError(f"citekey formula {text!r}: unknown function {name!r} (known: {known})")
    args = tuple(int(a) for a in m["args"].split(",")) if m["args"] else ()
    if len(args) > FUNCTIONS[name][1]:
        raise FormulaError(f"citekey formula {text!r}: {name} takes at most {FUNCTIONS[name][1]} numbers")
    modifiers = tuple(m["mods"].split(".")[1:])
    for modifier in modifiers:
        if modifier not in MODIFIERS:
            raise FormulaError(f"citekey formula {text!r}: unknown modifier .{modifier} (known: .lower, .upper)")
    return _Term(function=name, args=args, modifiers=modifiers)


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


def pinned_keys(plan: Plan) -> dict[str, str]:
    """arXiv id -> the citation key a library pinned for that paper (Zotero's ``citationKey``).

    Taken from the papers the library already holds, however they were matched.
    """
    return {
        d.paper.arxiv_id: d.record.citation_key
        for d in plan.decisions
        if d.status is Status.PRESENT and d.record is not None and d.record.citation_key and not d.record.trashed
    }


def make_keys(
    papers: Iterable[Paper],
    taken: Iterable[str],
    formula: str | Formula = "bbt",
    pinned: Mapping[str, str] | None = None,
) -> list[str]:
    """One key per paper, unique against ``taken`` and each other.

    A pinned key is used as is unless the file already has it (then it gets a suffix like
    any other key) or it could not stand in a .bib file (then the formula decides).
    """
    build = formula if isinstance(formula, Formula) else parse_formula(formula)
    used = {k.casefold() for k in taken}
    keys = []
    for paper in papers:
        pin = (pinned or {}).get(paper.arxiv_id, "")
        key = unique(pin if _USABLE_PIN.fullmatch(pin) else build.key(paper), used)
        used.add(key.casefold())
        keys.append(key)
    return keys
