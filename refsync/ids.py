"""arXiv identifiers and DOIs: parse every form they are written in, normalise to one.

An arXiv *base id* is the identifier without its version: ``2303.13506`` or, for the
old scheme, ``hep-th/9901001`` (the subject class of ``math.CA/0611800`` is dropped,
as arXiv's own canonical form does). Versions are kept apart as integers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ArxivId",
    "parse_arxiv_id",
    "find_arxiv_ids",
    "states_arxiv_id",
    "arxiv_doi",
    "normalize_doi",
    "clean_doi",
    "find_dois",
    "abs_url",
]

# New scheme: YYMM.NNNN (2007-04 .. 2014-12) or YYMM.NNNNN (2015-01 on), optional vN.
_NEW = r"(?P<new>(?P<yy>\d\d)(?P<mm>\d\d)\.(?P<num>\d{4,5}))"
# Old scheme: archive(.SUBJECT-CLASS)/YYMMNNN, optional vN.
_OLD = r"(?P<old>(?P<archive>[a-zA-Z]+(?:-[a-zA-Z]+)?)(?:\.[A-Za-z]{2}(?:-[a-z]+)?)?/(?P<oldnum>\d{2}(?:0[1-9]|1[0-2])\d{3}))"
_VERSION = r"(?:v(?P<version>\d+))?"
_ID = rf"(?:{_NEW}|{_OLD}){_VERSION}"

_BARE = re.compile(rf"^{_ID}$")
_PREFIXED = re.compile(rf"^arxiv\s*:\s*{_ID}(?:\s*\[[^\]]*\])?$", re.IGNORECASE)
_URL = re.compile(
    rf"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|format|ps)/{_ID}(?:\.pdf)?/?(?:[?#].*)?$",
    re.IGNORECASE,
)
_DOI_FORM = re.compile(rf"^10\.48550/arxiv\.{_ID}$", re.IGNORECASE)

# Inside free text an id must stand on its own: not glued to other digits or letters.
_IN_TEXT = re.compile(
    rf"(?:(?<=arxiv:)|(?<=arxiv: )|(?<=arxiv\.)|(?<=/)|(?<![\w.\-/])){_ID}(?![\w]|\.\d)",
    re.IGNORECASE,
)

# The archives of the old scheme, so "foo/0101001" in a path is not taken for an id.
OLD_ARCHIVES = frozenset(
    """acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg
    comp-gas cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph
    mtrl-th nlin nucl-ex nucl-th patt-sol physics plasm-ph q-alg q-bio q-fin quant-ph
    solv-int stat supr-con""".split()
)


@dataclass(frozen=True, order=True)
class ArxivId:
    """A parsed arXiv identifier: the base id and, when it was written, its version."""

    base: str
    version: int | None = None

    def __str__(self) -> str:
        return self.base if self.version is None else f"{self.base}v{self.version}"


def _from_match(m: re.Match[str]) -> ArxivId | None:
    version = int(m.group("version")) if m.group("version") else None
    if m.group("new"):
        if not _plausible_new(m.group("yy"), m.group("mm"), m.group("num")):
            return None
        return ArxivId(m.group("new"), version)
    archive = m.group("archive").lower()
    if archive not in OLD_ARCHIVES:
        return None
    return ArxivId(f"{archive}/{m.group('oldnum')}", version)


def _plausible_new(yy: str, mm: str, num: str) -> bool:
    """Reject well-formed numbers that no arXiv id can have (0000.0000, 1301.12345)."""
    year, month = int(yy), int(mm)
    if not 1 <= month <= 12:
        return False
    if len(num) == 4:
        return (year, month) >= (7, 4) and year <= 14
    return year >= 15


def parse_arxiv_id(text: str) -> ArxivId | None:
    """Parse a value that *is* an arXiv id in any written form, or return None.

    Accepts a bare id, ``arXiv:<id>`` (optionally followed by `` [cs.LG]``), abs/pdf URLs
    on arxiv.org and export.arxiv.org, and the DataCite DOI ``10.48550/arXiv.<id>``
    (also as ``doi:`` or a doi.org URL).
    """
    s = text.strip()
    for pattern in (_BARE, _PREFIXED, _URL):
        m = pattern.match(s)
        if m:
            return _from_match(m)
    doi = normalize_doi(s)
    if doi:
        m = _DOI_FORM.match(doi)
        if m:
            return _from_match(m)
    return None


def find_arxiv_ids(text: str) -> list[ArxivId]:
    """Every arXiv id that stands in a piece of free text, in order, without repeats.

    Used on fields such as ``journal = {arXiv preprint arXiv:2303.13506}`` or a note.
    """
    seen: dict[str, ArxivId] = {}
    for m in _IN_TEXT.finditer(text):
        if _OTHER_DOI_BEFORE.search(text, 0, m.start()):  # 10.5555/2010.13871 is another registrant's DOI
            continue
        found = _from_match(m)
        if found and found.base not in seen:
            seen[found.base] = found
    return list(seen.values())


_OTHER_DOI_BEFORE = re.compile(r"\b10\.(?!48550/)[0-9]{4,9}/$")
_ID_LINE = re.compile(
    r"^\s*(?:(?:tex\.)?(?:arxiv(?:\s*id)?|arxivid|eprint|doi)\s*:\s*|(?:arxiv\s+)?(?:pre|e-?)print:?\s+)?"
    r"(?P<value>.+?)\s*\.?$",
    re.IGNORECASE,
)


def states_arxiv_id(text: str) -> bool:
    """Whether ``text`` is an arXiv id and nothing else, however labelled (``arXiv:2201.00738 [hep-ex]``,
    ``tex.eprint: …``, ``arXiv preprint arXiv:…``, the arXiv DOI): a record's own identifier, unlike
    free text that only mentions one ("Comment on arXiv:…", "see also arXiv:…")."""
    m = _ID_LINE.match(text)
    value = m.group("value") if m else text
    return any(parse_arxiv_id(v) is not None for v in (text, value, f"arXiv:{value}"))


def arxiv_doi(base: str) -> str:
    """The DataCite DOI arXiv assigns to every paper, in arXiv's own spelling."""
    return f"10.48550/arXiv.{base}"


def abs_url(base: str) -> str:
    """The abstract page of a paper, without version, so it always shows the latest."""
    return f"https://arxiv.org/abs/{base}"


_DOI_CORE = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = re.compile(
    r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/|https?://doi\.org/)", re.IGNORECASE
)


def normalize_doi(text: str) -> str | None:
    """A DOI in its comparable form: lower case, no ``doi:`` or resolver prefix.

    DOIs are case-insensitive by definition, so lower case is the canonical key.
    Returns None when the value holds no DOI.
    """
    doi = clean_doi(text)
    return doi.lower() if doi else None


def clean_doi(text: str) -> str | None:
    """A DOI as its registrant writes it (case kept, for writing), without ``doi:`` or resolver prefix."""
    s = text.strip()
    s = _DOI_PREFIXES.sub("", s)
    s = s.replace("%2F", "/").replace("%2f", "/")
    m = _DOI_CORE.match(s)
    if not m:
        return None
    return m.group(0).rstrip(".,;)}]")


def find_dois(text: str) -> list[str]:
    """Every DOI in a piece of free text (e.g. a ``DOI: ...`` line in Zotero's Extra)."""
    found: list[str] = []
    for m in _DOI_CORE.finditer(text):
        doi = normalize_doi(m.group(0))
        if doi and doi not in found:
            found.append(doi)
    return found
