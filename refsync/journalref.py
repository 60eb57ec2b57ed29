"""Turn arXiv's free-text ``journal_ref`` into citation fields, or decline.

Authors type ``journal_ref`` by hand, so it comes in dozens of shapes
(``Phys.Rev.D78:013004,2008``, ``Entropy 2025, 27(4), 344``, ``In Proc. ... pages
14-26. ACM, 2020``). The parser is an ordered table of named patterns, each anchored
on the whole string; the first one whose result also passes the sanity checks wins.
Anything else returns ``None`` so the caller keeps the raw text (BibTeX ``note``,
biblatex ``addendum``, Zotero Extra) instead of writing a wrong journal or year.

Conventions: page ranges become ``a--b``, article numbers stay as written; journal
abbreviations get INSPIRE-style spacing (``Phys.Lett.B`` -> ``Phys. Lett. B``);
volumes are kept as written (``JHEP0809`` keeps volume ``0809``). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .model import Paper

__all__ = ["JournalRef", "PATTERN_NAMES", "match_journal_ref", "parse_journal_ref", "publication"]


@dataclass(frozen=True)
class JournalRef:
    """Citation fields read from a journal_ref; unset fields are ``None``."""

    kind: Literal["article", "inproceedings"]
    journal: str | None = None
    booktitle: str | None = None
    volume: str | None = None
    number: str | None = None
    pages: str | None = None
    year: int | None = None
    publisher: str | None = None
    raw: str = ""


Fields = dict[str, str]

# --- building blocks -------------------------------------------------------------------

# Digits are spelled [0-9]: \d would also accept other scripts' digits.
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:(?:[0-9]{{1,2}}\s+)?{_MONTH}\s+)?"  # optional "12 October " before a year
_DAY_DATE = rf"(?:{_MONTH}\s+(?:[0-9]{{1,2}},?\s+)?)?"  # optional "May 21, " before a year
_PAGE = r"[A-Za-z]?[0-9]+(?:[A-Z][0-9]+)?[A-Za-z]?"  # 103501, e1914, L103, S541, 62751C, 013B05 (PTEP)
_DASH = r"\s*[-\u2010-\u2015]+\s*"  # hyphen, double hyphen, en/em dash, spaced or not
_RANGE = rf"{_PAGE}{_DASH}{_PAGE}"
_PAGES = rf"{_PAGE}(?:{_DASH}{_PAGE})?"
_NUMBER = r"[0-9]+(?:\s*[-\u2013]\s*[0-9]+(?![0-9]|\s+[A-Z][a-z]))?"  # not "Iss. 2 -15 January"
# A journal name holds no digits (they would be volume, year or pages) and starts with a letter.
_JOURNAL = r"(?P<journal>(?:[23]D\s+)?[^\W\d_][^0-9]*?)"  # "2D Materials" is the one digit allowed
_VOLUME = r"(?P<volume>[A-Z]?[0-9]+)"  # B75, D78: the letter belongs to the journal

_MAX_LENGTH = 300  # longer than any real journal_ref: it is prose

_CONFERENCE = re.compile(
    r"\b(?:Proc\.|Proceedings|Conference|Conf\.|Workshop|Symposium|Symp\.|Congress|Meeting"
    r"|NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|EACL|COLING|AAAI|IJCAI|KDD|SIGIR"
    r"|STOC|FOCS|SODA|ICALP|COLT|AISTATS|UAI|ICSE|FSE|ISSTA|ICST|ICSTW|CHI|WWW|SIGMOD|VLDB"
    r"|ICDE|CIKM|WSDM|ICRA|IROS|CoRL|ICASSP|INTERSPEECH|MICCAI|WACV|BMVC|POPL|PLDI|OOPSLA"
    r"|CAV|LICS|CRYPTO|EUROCRYPT|CCS|NDSS|OSDI|SOSP|NSDI)(?![\w-])"
)
# Journals whose names look like meetings: "J. Phys.: Conf. Ser.", PNAS, Proc. R. Soc., Proc. IEEE.
_JOURNAL_LOOKALIKE = re.compile(
    r"^(?:Journal\b|(?:Int\.\s*)?J\.|AIP\s*Conf(?:\.|erence)\s*Proc)"
    r"|^(?:Math\.\s*)?Proc(?:\.|eedings of the)\s+"
    r"(?!.*\b(?:Conference|Conf\.|Workshop|Symposium|Meeting|Congress)\b)"
    r"(?:Natl\b\.?|Nat'l\b\.?|Nat\.|National|R\.|Roy\.|Royal|Steklov|Amer\.|American|Lond\.|London|Edinburgh|Japan|Indian|Camb\."
    r"|Cambridge|IEEE\s*$)"
)
_NOT_PUBLISHED = re.compile(
    r"(?i)\b(?:submitted|under review|in press|in preparation|preprint|unpublished)\b"
)
# Acceptance is not publication: keep such a ref only if it already names volume or pages.
_TENTATIVE = re.compile(r"(?i)\b(?:accepted|to appear|to be published|forthcoming|presented)\b")
_TENTATIVE_LEAD = re.compile(
    r"(?i)^(?:accepted|to appear|to be published|forthcoming|presented)"
    r"(?:\s+for\s+publication)?\s+(?:in|at|to|by|on)\s*:?\s+"
)
_PUBLISHED_LEAD = re.compile(r"(?i)^(?:published|appeared)\s+(?:in\s*:?|[-\u2013:])\s+")
# What follows a complete citation and is no field: a page count says how long it is, not where
# ("(25pp)", ", 34 pages", "(11p)"), "(Brief Report)", "(in Japanese)", "[Engl. translation: ...]",
# a link, a quoted remark after the year ('(2014) "Editors' Suggestion"').
_NOISE_TAIL = re.compile(
    r"(?i)(?:\s*[,.]?\s*[(\[]?\s*[0-9]+\s*(?:pages|pp)\.?\s*[)\]]?|\s*\(\s*[0-9]+\s*p\s*\)|\s*\(Brief Report\)"
    r"|(?<=\))\s*\"(?![^\"]*(?i:errat|corrig|addend))[^\"]*\""
    r"|\s*\(?in\s+(?:Japanese|Russian|Chinese|French|German|Spanish|Italian|Portuguese|Polish|Ukrainian)\)?"
    r"|\s*\[(?![^\]]*(?i:errat|corrig|addend))[^\]]*\]|\s*\(?https?://[^\s)]*\)?)+\s*\.?$"
)
# ... and in the middle, before the year: "J. Math. Phys. 56: 032301, 52 pp., 2015"
_NOISE_MID = re.compile(r"(?i),\s*[0-9]+\s*(?:pages|pp)\.?\s*(?=,|\s*\()")
_IN_LEAD = re.compile(r"(?i)^in(?:\s+|(?=proc))")
_FOREIGN = re.compile(r"(?i)@|https?:|www\.|\bdoi\b|arxiv|[<>]|\b(?:erratum|corrigendum|addendum)\b")  # "... Next Article > Volume 22" is a web page; "Erratum: Phys. Rev. D 90, ..." is not the publication
_SENTENCE = re.compile(r"\b[a-z]{3,}\.(?:\s|$)")  # "Linear analysis. Journal of ..." is a citation
# A leading author list is not part of the name: "P. Virnau, L. A. Mirny, PLoS Comp Biol 2, ..."
# or "Kaluzny, J., Acta Astronomica"
_AUTHORS_LEAD = re.compile(r"^(?:(?:[A-Z]\.\s*-?)+\s*[A-Z][\w'-]+|[A-Z][\w'-]+,\s*(?:[A-Z]\.\s*-?)+),")
# "Solid State Commun., v.205"; "RMS Lecture Note Series, No. 15 (2011)"
_FIELD_WORD = re.compile(r"(?i)\b(?:pp|pages?|vol|volume)\b|\b(?:v|no|nr)\.$")
_DIGIT = re.compile(r"[0-9]")
_LETTER = re.compile(r"[^\W\d_]")
_DIMENSION_LEAD = re.compile(r"^[23]D\s+(?=[A-Z])")  # "2D Materials"
# "Ann. Phys. (N.Y.)": spaced like the name or kept as typed? Either may be the label, so raw.
_DOTTED_IN_PARENS = re.compile(r"\([^()]*[^\W\d_]\.\s?[^\W\d_][^()]*\)")
_POS_NAMED = re.compile(r"^PoS\W*[A-Za-z]")  # "PoS LA" + "T2009": only the PoS row reads PoS volumes
_EDITORS = re.compile(r"(?i)\bedited\s+by\b|\beds?\.|\beditors?\b")  # a citation, not a meeting's name
_GLUED_PAGES = re.compile(r"\bpp?\.?[0-9]")  # "..., p255-264, AIP Conference Proceedings vol. 846"
_LONE_NUMBER = re.compile(r"(?<![\w-])[0-9]+(?![\w-])")
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
# "Geom. 4,1(2016)": a short number glued to the year after the volume is an issue or a page
_GLUED_SHORT = re.compile(rf"[0-9]\s*,\s*[0-9]{{1,2}}\({_YEAR}\)")
_YEAR_IN = re.compile(rf"(?<![0-9]){_YEAR}")
_DOT_LETTER = re.compile(r"\.(?=[^\W\d_])")
_CAMEL = re.compile(r"(?<=[a-z][a-z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z])")  # ActaAstron., AIPConf.Proc.; not eConf
_PROC_LEAD = re.compile(r"^(?:Proc\.\s+(?:of\s+)?|proceedings\b)")
# TeX braces around a word of a name ("..., {MFCS} 2017"); not an accent's ("K\\^{o}")
_TEX_GROUP = re.compile(r"(?:^|(?<=[\s,(]))\{([^{}\\]*)\}")
# A paper title before the journal (no authors): "Spectral Gaps of Graphs, Israel J. Math., v. 9"
_TITLE_LEAD = re.compile(
    r"^[^\W\d_][^,.]*\s[^,.]*\s[^,.]*,\s*(?=.*\bJ\.|.*\b[^\W\d_]+\.\s*[^\W\d_]+\.|Journal\s+of\b|Annals\s+of\b)"
)
# Journals whose volume is the year they appeared in: "Journal of High Energy Physics, Volume 2010, ..."
_YEAR_VOLUMES = re.compile(
    r"^(?:JHEP|JCAP|J\.\s*High\s*Energ(?:y|\.)\s*Phys\.|Journal of High Energy Physics"
    r"|J\.\s*Cosmol\.\s*Astropart\.\s*Phys\.|Journal of Cosmology and Astroparticle Physics"
    r"|J\.\s*Stat\.\s*Mech\.|Journal of Statistical Mechanics: Theory and Experiment|PTEP"
    r"|IMRN|Int\.\s*Math\.\s*Res\.\s*Not(?:\.|ices)|International Mathematics Research Notices)$"
)
_SERIES = re.compile(r"\bSer(?:ies\b|\.)")  # "Proc. ..., RMS Lecture Note Series, No. 15"
# A full stop, not an abbreviation's dot: "Phys. Rev. A." is Phys. Rev. A, "Annals of Physics." is
# Annals of Physics (abbreviations do not end in these whole-word endings)
_END_DOT = re.compile(r"(\s[A-E]|[a-z](?:ics|ences?|ters|ews|arch|urnal|stry|iety|ials|ions))\.$")
# TeX markup around a field: "Rept. Math. Phys. {\bf 75} (2015) 179-197"
_TEX_BOLD = re.compile(r"\{\\bf\s+([^{}]*)\}")


# --- the patterns ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    """One row of the table. ``journals_only``: the shape is too loose to trust for a meeting
    (``ICLR 2021 (2021)`` is no volume 2021)."""

    name: str
    parse: Callable[[str], Fields | None]
    journals_only: bool = False


def _regex_row(name: str, template: str, journals_only: bool = False) -> _Pattern:
    """A table row: one anchored regex whose named groups are the fields.

    A field may be captured in several places (``number``, ``number2``); the first set wins.
    """
    regex = re.compile(template)

    def parse(text: str) -> Fields | None:
        m = regex.fullmatch(text)
        return None if m is None else _groups(m)

    return _Pattern(name, parse, journals_only)


def _groups(m: re.Match[str]) -> Fields:
    """The named groups that matched, ``number2`` counting as ``number`` (the first set wins)."""
    fields: Fields = {}
    for key, value in m.groupdict().items():
        if value is not None:
            fields.setdefault(key.rstrip("0123456789"), value)
    return fields


# "Phys.Lett.B573:94-100,2003", "JHEP 0705:034,2007", "Europhys. Letters 70:1-7 (2005)"
_HEP_COMPRESSED = (
    rf"{_JOURNAL},?\s*{_VOLUME}\s*:\s*(?P<pages>{_PAGES})"
    rf"(?:\s*,\s*(?P<year>{_YEAR})|\s*,?\s*\(\s*(?P<year2>{_YEAR})\s*\))?\.?"
)
# "Phys. Rev. D 69, 103501 (2004)", "Physical Review B vol. 66, 161320(R) (2002)"
_APS = (
    rf"{_JOURNAL}(?:,?\s+|(?<=\.))(?:(?i:vol)\.?\s*)?{_VOLUME},\s*(?P<pages>{_PAGES})(?:\s*\([A-Z]\))?"
    rf"\s*\(\s*{_DATE}(?P<year>{_YEAR})\s*\)\.?"
)
# "New J. Phys. 10 (2008) 033023", "Pacific J. Math. 231 (2007), no. 2, 279–291",
# INSPIRE's issue after the year: "Phys.Rev.D 92 (2015) 12, 123003"
_VOL_YEAR_PAGES = (
    rf"{_JOURNAL},?\s+{_VOLUME}(?:,?\s*(?i:no)\.?\s*(?P<number>{_NUMBER}))?"
    rf"\s*\(\s*{_DATE}(?P<year>{_YEAR})\s*\)[,:]?\s*"
    rf"(?:(?:(?i:no|n)\.?\s*)?(?P<number2>{_NUMBER}),\s*)?(?:pp\.?\s*)?(?P<pages>{_PAGES})(?:\s*\([A-Z]\))?\.?"
)
# "Software: Practice and Experience 51 (8), 2021"
_VOL_ISSUE_YEAR = (
    rf"{_JOURNAL},?\s+{_VOLUME}\s*\(\s*(?P<number>{_NUMBER})\s*\),\s*(?P<year>{_YEAR})\.?"
)
# "Software Testing, Verification and Reliability, 35(2):e1914, 2025",
# "Learned Publishing, 20(1) (January 2007) 16-22", "PCCP, 2014. 16(42): 22995-23002",
# "MNRAS (May 21, 2016) 458 (3): 3060-3074", "Nano Lett., 17 (12), pp 7252-7257 (2017)",
# "PLoS ONE 5(5): e10355. 2010", "Osaka J. Math. 59 (4) 853 - 880, October 2022", "28 [4] 515-519"
_VOL_ISSUE_PAGES = (
    rf"{_JOURNAL},?\s+(?:{_DATE}(?P<year>{_YEAR})[,.]\s*|\(\s*{_DAY_DATE}(?P<year5>{_YEAR})\s*\),?\s*)?"
    rf"{_VOLUME}\s*(?:\((?!\s*{_YEAR}\s*\))\s*(?P<number>{_NUMBER})\s*\)"  # "24 (2015): 1530003" has no issue
    rf"|\[\s*(?P<number2>{_NUMBER})\s*\])"
    rf"(?:\s*:\s*|\s*,\s*|\s+)(?:\(\s*{_DATE}(?P<year2>{_YEAR})\s*\),?\s*|(?P<year6>{_YEAR}),\s*)?(?:pp\.?\s*)?(?P<pages>{_PAGES})"
    rf"(?:\s*,?\s*\(\s*(?P<year4>{_YEAR})\s*\)|\s*[,.]\s*{_DATE}(?P<year3>{_YEAR}))?\.?"
)
# "Entropy 2025, 27(4), 344"
_MDPI = (
    rf"{_JOURNAL}\s+(?P<year>{_YEAR}),\s*{_VOLUME}\s*\(\s*(?P<number>{_NUMBER})\s*\),"
    rf"\s*(?P<pages>{_PAGES})\.?"
)
# "Statistical Science 2008, Vol. 23, No. 1, 65-68" (Institute of Mathematical Statistics)
_IMS = (
    rf"{_JOURNAL}\s+(?P<year>{_YEAR}),\s*Vol\.\s*{_VOLUME},\s*No\.\s*(?P<number>{_NUMBER}),"
    rf"\s*(?P<pages>{_PAGES})\.?"
)
# "EPTCS 95, 2012, pp. 1-14", "Discrete Mathematics and Theoretical Computer Science 17, 2016, 77-90"
_VOL_YEAR_PP = (
    rf"{_JOURNAL},?\s+{_VOLUME},\s*(?P<year>{_YEAR}),\s*(?:pp\.\s*(?P<pages>{_PAGES})|(?P<pages2>{_RANGE}))\.?"
)

# IOP and others leave out the comma: "J. Phys. A: Math. Theor. 40 8739-8749 (2007)",
# "New J. Phys. 13 045013, 2011", "Phys. Rev. E 77, 036311 2008"
_SPACED = (
    rf"{_JOURNAL}(?:\s+|(?<=\.)){_VOLUME}(?:\s+|\s*,\s*)(?P<pages>{_PAGES})(?:\s*\([A-Z]\))?"
    rf"(?:\s*\(\s*{_DATE}(?P<year>{_YEAR})\s*\)|\s*,\s*(?P<year2>{_YEAR})|\s+(?P<year3>{_YEAR}))\.?"
)
# The issue as a bare number: "Random Structures and Algorithms 42, 1 (2013) 59-72",
# "Lett. Math. Phys. 106 1 (2016) 29-56", "Collect. Math. 57,3 (2006), 319 - 346"
_VOL_NUM_YEAR_PAGES = (
    rf"{_JOURNAL},?\s+{_VOLUME}\s*(?:,|\s)\s*(?P<number>{_NUMBER})\s*\(\s*{_DATE}(?P<year>{_YEAR})\s*\)"
    rf"\s*,?\s*(?:pp\.?\s*)?(?P<pages>{_PAGES})(?:\s*\([A-Z]\))?\.?"
)
# ACS: "Nano Lett. 22, 8, 3283-3288 (2022)"; only with a page range, since "843, 10, 138040"
# may hold a month rather than an issue
_VOL_NUM_RANGE_YEAR = (
    rf"{_JOURNAL},?\s+{_VOLUME},\s*(?P<number>[0-9]+),\s*(?P<pages>{_RANGE})\s*\(\s*(?P<year>{_YEAR})\s*\)\.?"
)
# ACS with the year first: "Nano Lett. 2020, 20, 10, 7237-7242" (a page range, as above)
_YEAR_VOL_NUM_RANGE = (
    rf"{_JOURNAL},?\s+(?P<year>{_YEAR}),\s*{_VOLUME},\s*(?P<number>[0-9]+),\s*(?P<pages>{_RANGE})\.?"
)
# ACM: "ACM Trans. Graph. 40, 4, Article 12 (August 2021)" (the page count already dropped)
_ACM = (
    rf"{_JOURNAL},?\s+{_VOLUME},\s*(?P<number>{_NUMBER}),\s*Article\s+(?:No\.\s*)?(?P<pages>[0-9]+)"
    rf"\s*\(\s*{_DATE}(?P<year>{_YEAR})\s*\)\.?"
)
# The year after the name: "Annu. Rev. Nucl. Part. Sci. 2010. 60:27-51",
# "Theoretical and Mathematical Physics, 2016, 189:2, 1574-1591"
_YEAR_VOL_COLON = (
    rf"{_JOURNAL},?\s+(?P<year>{_YEAR})[.,]\s*{_VOLUME}(?:\s*:\s*(?P<number>[0-9]+))?\s*[:,]\s*(?P<pages>{_PAGES})\.?"
)
# No pages yet: "Phys.Lett.B 798 (2019)", "Canadian Journal of Physics, 2015, 93(12)".
# Not JHEP or JCAP, whose "JHEP 57 (2019)" is an article number rather than a volume.
_NOT_JHEP = r"(?!JHEP|JCAP|J\.\s*High|J\.\s*Cosmol)"
# A seven-digit "1800524 (2019)" is a Wiley article number, not a volume.
_VOL_YEAR_ONLY = rf"{_NOT_JHEP}{_JOURNAL},?\s+(?P<volume>[A-Z]?[0-9]{{1,4}})\s*\(\s*(?P<year>{_YEAR})\s*\)\.?"
# "J. Geophys. Res., 116, 2011": a short volume and the year (a long number would be an article)
_VOL_COMMA_YEAR = rf"{_NOT_JHEP}{_JOURNAL},\s*(?P<volume>[0-9]{{1,3}}),\s*(?P<year>{_YEAR})\.?"
_YEAR_VOL_ISSUE = (
    rf"{_NOT_JHEP}{_JOURNAL},?\s+(?P<year>{_YEAR}),\s*{_VOLUME}\s*\(\s*(?P<number>{_NUMBER})\s*\)\.?"
)
# Author-year citations with the journal inside: "Kaluzny, J., et al. 2010, Acta Astronomica, 60, 245",
# and the same without the authors: "2011, MNRAS, 413, 2873"
_AUTHOR = r"[^\W\d_][^\W\d_'-]*(?:[ '-][^\W\d_]+)*,\s*(?:[^\W\d_]\.\s*-?)+"
_AUTHOR_YEAR = (
    rf"(?:{_AUTHOR}(?:,?\s*(?:(?:and|&)\s+)?{_AUTHOR})*,?\s*(?:et\s+al\.?,?\s*)?)?"
    rf"(?P<year>{_YEAR}),\s*{_JOURNAL},\s*{_VOLUME},\s*(?P<pages>{_PAGES})\.?"
)

# "JHEP08(2014)102", "JCAP03(2011)039": the month is the volume, the article number the pages
_JHEP_GLUED = rf"(?P<journal>JHEP|JCAP)\s*(?P<volume>[0-9]{{2}})\s*\(\s*(?P<year>{_YEAR})\s*\)\s*(?P<pages>[0-9]+)\.?"
# "Eur. Phys. J. Plus (2015) 130:27", "Adv. Appl. Clifford Algebras (2017) 27:303-310" (Springer)
_SPRINGER = rf"{_JOURNAL},?\s*\(\s*(?P<year>{_YEAR})\s*\)\s*{_VOLUME}\s*:\s*(?P<pages>{_PAGES})\.?"
# "Comm. Math. Phys. 336, (2015), 671-694"
_VOL_COMMA_YEAR_PAGES = rf"{_JOURNAL},?\s+{_VOLUME},\s*\(\s*(?P<year>{_YEAR})\s*\),\s*(?P<pages>{_PAGES})\.?"
# "Memorie della Societa Astronomica Italiana, 82, 674, 2011"; "Physical Review E, 2011, 83, 061187";
# "Symmetry 2014, 6, 473-515"
_COMMAS = rf"{_JOURNAL},\s*{_VOLUME},\s*(?P<pages>{_PAGES}),\s*(?P<year>{_YEAR})\.?"
_YEAR_COMMAS = rf"{_JOURNAL},?\s+(?P<year>{_YEAR}),\s*{_VOLUME},\s*(?P<pages>{_PAGES})\.?"
# "J. Stat. Mech. P02019 (2009)", "J. Stat. Mech. (2009) P02019"
_STAT_MECH = (
    rf"(?P<journal>J\.\s*Stat\.\s*Mech\.)(?::?\s*Theory\s+Exp\.)?,?\s*"
    rf"(?:(?P<pages>[PL][0-9]{{5}})\s*\(\s*(?P<year>{_YEAR})\s*\)|\(\s*(?P<year2>{_YEAR})\s*\)\s*(?P<pages2>[PL][0-9]{{5}}))\.?"
)
# "PoS(LATTICE2014)275", "PoS(Lattice 2011)258", "PoS LATTICE2014 (2014) 319", INSPIRE's
# "PoS LAT2009:224,2009": the volume is the meeting's acronym and year
_POS_VOLUME = r"[A-Za-z-]+\s?[0-9]{4}"
_POS = (
    rf"(?P<journal>PoS)\s*(?:\(\s*(?P<volume>{_POS_VOLUME})\s*\)\s*,?\s*(?P<pages>[0-9]+)"
    rf"(?:\s*,?\s*\(?(?P<year>{_YEAR})\)?)?"
    rf"|\s(?P<volume2>[A-Za-z-]+[0-9]{{4}})\s*\(\s*(?P<year2>{_YEAR})\s*\)\s*(?P<pages2>[0-9]+)"
    rf"|\s(?P<volume3>[A-Za-z-]+[0-9]{{4}})\s*:\s*(?P<pages3>[0-9]+)\s*,\s*(?P<year3>{_YEAR}))\.?"
)


# "Journal, Vol. V, No. N (Year), pp. a-b" and every other order of labelled fields.
_LABEL_AT = re.compile(
    r"(?i)(?<![^\s,(])(?=(?:vol(?:ume)?|v)\.?\s*:?\s*[A-Z]?[0-9])|(?<=[a-z]\.)(?=volume\s*[0-9])"
    r"|(?<![^\s,(])(?=(?:no|nr|num|numbers?|issues?|iss)\.?\s*:?\s*[0-9]|(?:pp|pages?|p\.|article\s+(?:id|no\.?|number))\.?\s*:?\s*[A-Z]?[0-9])"
)
_LABELLED_FIELD = re.compile(
    rf"""(?ix)
      (?:vol(?:ume)?|v)\.?\s*:?\s*(?P<volume>[A-Z]?[0-9]+)
    | (?:no|nr|num|numbers?|issues?|iss)\.?\s*:?\s*(?P<number>{_NUMBER})
    | (?:pp|pages?|p(?![0-9]{{5}})|article\s+(?:id|no\.?|number))\.?\s*:?\s*(?P<pages>{_PAGES})  # P06011: J. Stat. Mech.'s
    | {_DATE}(?P<year>{_YEAR})
    | (?P<range>{_RANGE})
    | (?<=\()(?P<issue>[0-9]+)(?=\))
    | (?P<bare>{_PAGE})(?=\s*(?:\(|$))
    | (?P<bare2>[A-Za-z]?[0-9]{{3,}}[A-Za-z]?)(?=\s*,\s*(?:\(\s*)?{_YEAR})  # "vol. 91, 104102, 2007"
    """
)
_LABEL_CONTENT = re.compile(r"[^\s,;().]")  # the next character that is not a separator
# What may stand between the name and the first labelled field: a bare volume, a year or a date,
# as in "Methods Funct. Anal. Topol. 10, No.2, 4-12 (2004)", "Earth Planets Space, 2010, v. 62, ...",
# "Annals of the New York Academy of Sciences (May 1998), Vol. 848, p. 75-88". A year-shaped bare
# number is a volume only before its year ("2013 (2013), Article ID 293986"): "Springer 2015, pp."
_LABEL_LEAD = re.compile(
    rf"""(?x)(?P<journal>.*?)
    (?: (?:,?\s+|(?<=\.))(?P<volume>[A-Z]?[0-9]+)\s*\(\s*(?P<year>{_YEAR})\s*\)
      | (?:,?\s+|(?<=\.))(?!{_YEAR})(?P<volume2>[A-Z]?[0-9]+)
      | (?:,\s*|\s*\(\s*|\s+(?={_MONTH}\s)){_DAY_DATE}(?P<year2>{_YEAR})\s*\)?
    )?[\s,]*"""
)


def _labelled(text: str) -> Fields | None:
    """Journal name, then fields that each say what they are (``Vol.``, ``No.``, ``pp.``).

    Every part of the tail must be recognised and no field may appear twice, so
    ``Vol. 8, Issue 3, No. 1`` (two issue numbers) is declined rather than guessed.
    """
    start = _LABEL_AT.search(text)
    if start is None or start.start() == 0:
        return None
    lead = _LABEL_LEAD.fullmatch(text[: start.start()])
    if lead is None:
        return None
    fields = _groups(lead)
    tail, pos = text[start.start() :], 0
    while True:
        content = _LABEL_CONTENT.search(tail, pos)
        pos = content.start() if content else len(tail)
        if not tail[pos:].strip(". "):
            break
        m = _LABELLED_FIELD.match(tail, pos)
        if m is None or m.lastgroup is None:
            return None
        field = {"range": "pages", "bare": "pages", "bare2": "pages", "issue": "number"}.get(m.lastgroup, m.lastgroup)
        if field in fields and fields[field] != m.group(m.lastgroup):  # "2016, PP 26-30, 2016" is one year
            return None
        fields[field] = m.group(m.lastgroup)
        pos = m.end()
    labelled = "volume" in fields or "number" in fields
    return fields if labelled and ("year" in fields or "pages" in fields) else None


_PUBLISHER = (
    r"ACM|IEEE(?: Computer Society)?(?: Press)?|Springer(?:-Verlag)?|Elsevier|AAAI Press"
    r"|MIT Press|Curran Associates|SIAM|World Scientific|IOS Press|Morgan Kaufmann|PMLR"
)
# "September 2007", "2022 Jul 18", "1995"
_DATE_ANY = (
    rf"(?:{_MONTH}\s+(?:[0-9]{{1,2}},?\s+)?)?(?P<year>{_YEAR})"
    rf"(?:\s+{_MONTH}(?:\s+[0-9]{{1,2}})?)?"
)
# Trailing parts of a proceedings ref, peeled off right to left in any order.
_PROCEEDINGS_TAILS = tuple(
    re.compile(tail)
    for tail in (
        rf"[.,]\s*(?P<publisher>{_PUBLISHER})(?:\s*,\s*(?P<year>{_YEAR}))?\s*\.?$",
        rf",?\s*(?P<publisher>PMLR)\s+(?P<volume>[0-9]+)\s*:\s*(?P<pages>{_PAGES})\s*\.?$",
        rf"(?:[,.]\s*|\s+)\(\s*(?:pp?\.?|pages?)\s*(?P<pages>{_PAGES})\s*\)\s*\.?$",
        rf"[,.]?\s*(?:pp?\.|[Pp]ages?)\s*(?P<pages>{_PAGES})\s*\.?$",
        rf",\s*(?P<pages>{_RANGE})\s*\.?$",
        rf"(?:[,.]\s*|\s+)\(\s*{_DATE_ANY}\s*\)\s*\.?$",
        # a bare year after a space is part of the name ("Proc. Interspeech 2021"), a date is not
        rf"(?:[,.]\s*|\s+(?={_MONTH}|{_YEAR}\s+{_MONTH})){_DATE_ANY}\s*\.?$",
    )
)


_TRACK = re.compile(r"[.,]\s*(?:Main|Special|Survey|Demos?|Journal|AI for Good|AI and Arts)\s+Track(?=[.,])")


def _proceedings(text: str) -> Fields | None:
    """A meeting name followed by pages, publisher and date (``..., pages 14-26. ACM, 2020``).

    The year may sit inside the name (``(ISSTA 2020)``); it is used when it is the only one.
    IJCAI's track (``..., Main Track. Pages ...``) is no part of the proceedings' title.
    """
    fields: Fields = {}
    rest = _TRACK.sub("", text)
    peeled = True
    while peeled:
        peeled = False
        for tail in _PROCEEDINGS_TAILS:
            m = tail.search(rest)
            if m is None:
                continue
            found = {k: v for k, v in m.groupdict().items() if v is not None}
            if found.keys() & fields.keys():
                continue
            fields.update(found)
            rest, peeled = rest[: m.start()], True
            break
    if not ({"pages", "publisher"} & fields.keys()) or not _is_conference(rest):
        return None
    years = set(_YEAR_IN.findall(rest))
    if "year" not in fields and len(years) > 1:  # "Workshop (2013), Trends in Mathematics 2014": which?
        return None
    if "year" not in fields and years:
        fields["year"] = years.pop()
    fields["booktitle"] = rest
    return fields


_VENUE_YEAR = re.compile(rf"(?P<booktitle>.+?)(?P<sep>,\s*|\s+)'?(?P<year>{_YEAR})\.?")
_YEAR_VENUE = re.compile(rf"(?P<year>{_YEAR})\s+[^\W\d_].*")


def _venue_year(text: str) -> Fields | None:
    """``International Conference on Learning Representations, 2025``, ``NeurIPS 2023``.

    A year after a comma is a date; after a space it is part of the meeting's name, kept as
    written (``NeurIPS 2023``, as DBLP writes ``Interspeech 2021``).
    """
    m = _VENUE_YEAR.fullmatch(text)
    if m is None or not _is_conference(m["booktitle"]):
        return None
    return {"booktitle": m["booktitle"] if m["sep"].strip() else text.rstrip("."), "year": m["year"]}


def _year_venue(text: str) -> Fields | None:
    """IEEE names its proceedings ``2023 IEEE International Conference on ...``: keep it whole."""
    m = _YEAR_VENUE.fullmatch(text)
    if m is None or not _is_conference(text):
        return None
    return {"booktitle": text, "year": m["year"]}


PATTERNS: tuple[_Pattern, ...] = (
    _regex_row("pos", _POS),
    _regex_row("hep_compressed", _HEP_COMPRESSED),
    _regex_row("aps", _APS),
    _regex_row("vol_year_pages", _VOL_YEAR_PAGES),
    _regex_row("mdpi", _MDPI),
    _regex_row("ims", _IMS),
    _regex_row("vol_issue_year", _VOL_ISSUE_YEAR),
    _regex_row("vol_issue_pages", _VOL_ISSUE_PAGES),
    _regex_row("vol_year_pp", _VOL_YEAR_PP),
    _regex_row("jhep_glued", _JHEP_GLUED),
    _regex_row("springer", _SPRINGER),
    _regex_row("vol_comma_year_pages", _VOL_COMMA_YEAR_PAGES),
    _regex_row("commas", _COMMAS),
    _regex_row("year_commas", _YEAR_COMMAS, journals_only=True),
    _regex_row("stat_mech", _STAT_MECH),
    _regex_row("spaced", _SPACED, journals_only=True),
    _regex_row("vol_num_year_pages", _VOL_NUM_YEAR_PAGES, journals_only=True),
    _regex_row("vol_num_range_year", _VOL_NUM_RANGE_YEAR, journals_only=True),
    _regex_row("year_vol_num_range", _YEAR_VOL_NUM_RANGE, journals_only=True),
    _regex_row("acm", _ACM, journals_only=True),
    _regex_row("year_vol_colon", _YEAR_VOL_COLON, journals_only=True),
    _regex_row("author_year", _AUTHOR_YEAR, journals_only=True),
    _Pattern("labelled", _labelled),
    _Pattern("proceedings", _proceedings),
    _Pattern("venue_year", _venue_year),
    _Pattern("year_venue", _year_venue),
    _regex_row("vol_year_only", _VOL_YEAR_ONLY, journals_only=True),
    _regex_row("year_vol_issue", _YEAR_VOL_ISSUE, journals_only=True),
    _regex_row("vol_comma_year", _VOL_COMMA_YEAR, journals_only=True),
)
PATTERN_NAMES: tuple[str, ...] = tuple(p.name for p in PATTERNS)


# --- checks and normalisation ----------------------------------------------------------


def _is_conference(name: str) -> bool:
    return bool(_CONFERENCE.search(name)) and not _JOURNAL_LOOKALIKE.search(name)


def _venue_ok(name: str, max_words: int) -> bool:
    """Reject venue names that are really prose, citations or links."""
    return (
        bool(name)
        and name[0].isalnum()
        and not _FOREIGN.search(name)
        and not _SENTENCE.search(name)
        and not _AUTHORS_LEAD.match(name)
        and len(name.split()) <= max_words
        and _balanced(name)
    )


def _balanced(name: str) -> bool:
    """A stray brace (``Statist.}``) is a typing slip that would also break a .bib value."""
    depth = 0
    for char in name:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _journal_ok(name: str) -> bool:
    """A journal name has no digits: any number in it is a misplaced volume, year or page."""
    bare = _DIMENSION_LEAD.sub("", name)
    return (
        bare[:1].isalpha()
        and not _DIGIT.search(bare)
        and _venue_ok(name, max_words=12)
        and not _FIELD_WORD.search(name)
        and not _POS_NAMED.match(name)
        and not _DOTTED_IN_PARENS.search(name)
        and not _TITLE_LEAD.match(name)
    )


def _booktitle_ok(name: str) -> bool:
    """Numbers in a meeting name are years (``ISSTA 2020``) or glued (``31st``, ``IJCAI-95``)."""
    return (
        _venue_ok(name, max_words=30)
        and not _FIELD_WORD.search(name)
        and not _GLUED_PAGES.search(name)
        and not _EDITORS.search(name)
        and all(_YEAR_ONLY.match(n) for n in _LONE_NUMBER.findall(name))
    )


def _tidy_journal(name: str, raw: str) -> str:
    """INSPIRE spacing for compressed abbreviations: ``ActaAstron.`` -> ``Acta Astron.``.

    Compressed means dotted or glued to the volume (``CellularOncology29:67-69,2007``);
    ``BioSystems 103 (2011) 132`` is a name as written.
    """
    after = raw.find(name) + len(name)
    glued = name in raw and raw[after : after + 1].isdigit()
    if not any(c.isspace() for c in name) and ("." in name or glued):
        name = _CAMEL.sub(" ", name)
    return _DOT_LETTER.sub(". ", name)


def _tidy_booktitle(name: str) -> str:
    """Spell out a leading ``Proc.`` (``Proceedings of``, inventing no "the") and capitalise it."""
    return _PROC_LEAD.sub(lambda m: "Proceedings" if m[0] == "proceedings" else "Proceedings of ", name)


_APS_RAPID = re.compile(r"(?<=^[0-9]{6})R$")  # "020403R" is 020403(R), a Rapid Communication


def _pages(value: str | None) -> str | None:
    return None if value is None else _APS_RAPID.sub("", re.sub(_DASH, "--", value))


def _dashes(value: str | None) -> str | None:
    return None if value is None else re.sub(_DASH, "--", value)


def _series_letter(venue: str, volume: str | None) -> tuple[str, str | None]:
    """``Phys.Lett.B573``, ``Physica E42``: the letter glued to the volume names the series.

    Only an acronym takes it without a space (``PR`` + ``D78`` is ``PRD``); ``eConf C010815``
    is a volume.
    """
    if not volume or not (volume[0].isupper() and volume[1:].isdigit()) or venue == "eConf":
        return venue, volume
    glued = venue.isupper() and venue.isalpha()
    return venue + ("" if glued else " ") + volume[0], volume[1:]


def _finish(fields: Fields, raw: str) -> JournalRef | None:
    """Validate and normalise one pattern's fields into a JournalRef (or decline)."""
    venue = (fields.get("journal") or fields.get("booktitle") or "").strip(" ,;:(").rstrip("-\u2013 ")
    venue, volume = _series_letter(_TEX_GROUP.sub(r"\1", venue), fields.get("volume"))
    ref = JournalRef(
        kind="article",
        volume=volume,
        number=_dashes(fields.get("number")),
        pages=_pages(fields.get("pages")),
        year=int(fields["year"]) if "year" in fields else None,
        publisher=fields.get("publisher"),
        raw=raw,
    )
    if "booktitle" in fields or _is_conference(venue):
        if (volume or ref.number) and _SERIES.search(venue):  # which is the series, which the meeting?
            return None
        if volume and _YEAR_ONLY.match(volume):  # "CVPR 2020 ...": the year, not a volume
            return None
        venue = _tidy_booktitle(venue)
        if not _booktitle_ok(venue):
            return None
        return replace(ref, kind="inproceedings", booktitle=venue)
    venue = _END_DOT.sub(r"\1", _tidy_journal(venue, raw))
    if ref.year is None and volume and _YEAR_ONLY.match(volume) and _YEAR_VOLUMES.match(venue):
        ref = replace(ref, year=int(volume))
    return replace(ref, journal=venue) if _journal_ok(venue) else None


def _strip_lead(raw: str) -> str:
    """Drop ``In``/``Published in``/``Accepted at`` when a venue follows."""
    for lead in (_TENTATIVE_LEAD, _PUBLISHED_LEAD):
        if m := lead.match(raw):
            return raw[m.end() :]
    if (m := _IN_LEAD.match(raw)) and _is_conference(raw[m.end() :]):
        return raw[m.end() :]
    return raw


def _first_of_several(raw: str) -> str:
    """``A; Erratum-ibid. B`` or ``A; Russian version B``: the first reference is the publication.

    A semicolon with only numbers after it (``J. Acoust. Soc. Am. 154; 1413- 1426 (2023)``)
    separates fields, as a comma would.
    """
    first, semicolon, rest = raw.partition(";")
    if semicolon and not _LETTER.search(rest):
        return f"{first},{rest}"
    return first.strip() if semicolon and _DIGIT.search(first) else raw


def _body(raw: str) -> str:
    """The part the patterns read: one reference, no lead-in, markup or trailing noise."""
    first = _first_of_several(_TEX_BOLD.sub(r"\1", raw)).lstrip(",;. ")
    return _NOISE_TAIL.sub("", _NOISE_MID.sub("", _strip_lead(first)))


# --- entry points ----------------------------------------------------------------------


@lru_cache(maxsize=4096)
def match_journal_ref(text: str | None) -> tuple[str, JournalRef] | None:
    """Like :func:`parse_journal_ref`, also naming the pattern that matched (for the bench)."""
    raw = " ".join(text.split()) if text else ""
    if not raw or len(raw) > _MAX_LENGTH or _NOT_PUBLISHED.search(raw) or _GLUED_SHORT.search(raw):
        return None
    body = _body(raw)
    for pattern in PATTERNS:
        fields = pattern.parse(body)
        ref = None if fields is None else _finish(fields, raw)
        if ref is None or (pattern.journals_only and ref.kind == "inproceedings"):
            continue
        if _TENTATIVE.search(raw) and not (ref.volume or ref.pages):
            return None
        return pattern.name, ref
    return None


def parse_journal_ref(text: str | None) -> JournalRef | None:
    """Parse a journal_ref into fields, or ``None`` when there is none or no pattern is confident."""
    matched = match_journal_ref(text)
    return None if matched is None else matched[1]


def publication(paper: Paper) -> JournalRef | None:
    """Where the paper was published: its journal_ref when that parses, else the index's venue."""
    return parse_journal_ref(paper.journal_ref) or paper.venue
