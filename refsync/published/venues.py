"""The common venues as people cite them: an index's venue name -> the booktitle or journal written. Pure.

Indexes name a conference after the meeting ("Neural Information Processing Systems"),
while a researcher's .bib names the proceedings ("Advances in Neural Information
Processing Systems"); journal names come in the case a source typed them ("Physical
review letters"). A row is found by any of its names (compared case- and space-blind)
or by its acronym among the index's short names for the venue; a venue not in the table
is written as the index names it.

The acronyms (and a row's older ones) are also how an arXiv comment names the venue
("Accepted to ICLR 2025", "NeurIPS'23"): :func:`comment_year` reads the year there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Venue:
    kind: Literal["inproceedings", "article"]
    written: str
    """The booktitle (conference) or journal name an entry carries."""
    short: str
    """The acronym, written with ``--short-venues`` and looked for in arXiv comments."""
    names: tuple[str, ...] = ()
    """Other names indexes use for it (the written one always counts)."""
    acronyms: tuple[str, ...] = ()
    """Older acronyms (``NIPS``)."""


def _conference(written: str, short: str, *names: str, acronyms: tuple[str, ...] = ()) -> Venue:
    return Venue("inproceedings", written, short, names, acronyms)


def _journal(written: str, short: str, *names: str) -> Venue:
    return Venue("article", written, short, names)


VENUES = (
    _conference("Advances in Neural Information Processing Systems", "NeurIPS",
                "Neural Information Processing Systems", acronyms=("NIPS",)),
    _conference("International Conference on Learning Representations", "ICLR"),
    _conference("Proceedings of the International Conference on Machine Learning", "ICML",
                "International Conference on Machine Learning"),
    _conference("Proceedings of the International Conference on Artificial Intelligence and Statistics", "AISTATS",
                "International Conference on Artificial Intelligence and Statistics"),
    _conference("Proceedings of the Conference on Learning Theory", "COLT", "Conference on Learning Theory"),
    _conference("Proceedings of the Conference on Uncertainty in Artificial Intelligence", "UAI",
                "Conference on Uncertainty in Artificial Intelligence"),
    _conference("Proceedings of the AAAI Conference on Artificial Intelligence", "AAAI", "AAAI Conference on Artificial Intelligence"),
    _conference("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", "CVPR",
                "Computer Vision and Pattern Recognition"),
    _conference("Proceedings of the IEEE/CVF International Conference on Computer Vision", "ICCV",
                "IEEE International Conference on Computer Vision"),
    _conference("Proceedings of the Annual Meeting of the Association for Computational Linguistics", "ACL",
                "Annual Meeting of the Association for Computational Linguistics"),
    _conference("Proceedings of the Conference on Empirical Methods in Natural Language Processing", "EMNLP",
                "Conference on Empirical Methods in Natural Language Processing"),
    _journal("Transactions on Machine Learning Research", "TMLR", "Trans. Mach. Learn. Res."),
    _journal("Journal of Machine Learning Research", "JMLR", "J. Mach. Learn. Res."),
    _journal("Physical Review Letters", "Phys. Rev. Lett.", "Phys. Rev. Lett."),
    _journal("Physical Review D", "Phys. Rev. D", "Physical review. D", "Phys. Rev. D"),
    _journal("Physical Review E", "Phys. Rev. E", "Physical review. E", "Phys. Rev. E"),
    _journal("Journal of Cosmology and Astroparticle Physics", "JCAP", "J. Cosmol. Astropart. Phys."),
    _journal("Monthly Notices of the Royal Astronomical Society", "MNRAS", "Mon. Not. R. Astron. Soc."),
    _journal("The Astrophysical Journal", "ApJ", "Astrophysical Journal", "Astrophys. J."),
)


def _fold(name: str) -> str:
    return " ".join(name.replace(".", ". ").split()).casefold()


_BY_NAME = {_fold(name): v for v in VENUES for name in (v.written, *v.names)}
_BY_ACRONYM = {a: v for v in VENUES for a in (v.short, *v.acronyms) if " " not in a}


def known_venue(name: str, short_names: Iterable[str] = ()) -> Venue | None:
    """The table's row for a venue an index calls ``name`` (with these short names), if any."""
    by_name = _BY_NAME.get(_fold(name))
    if by_name is not None:
        return by_name
    return next((_BY_ACRONYM[s] for s in short_names if s in _BY_ACRONYM), None)


def comment_year(comment: str | None, acronyms: Iterable[str]) -> int | None:
    """The year an arXiv comment gives the venue ("NeurIPS 2023", "Accepted to ICLR 2025", "ICML'24").

    A comment that mentions a workshop gives none: "Workshop at NeurIPS 2020" is not
    the conference's proceedings. Two different years for the venue give none either.
    """
    if not comment or re.search(r"(?i)workshop", comment):
        return None
    names = "|".join(re.escape(a) for a in acronyms if a)
    if not names:
        return None
    found = re.findall(rf"\b(?:{names})\s*(?:'([0-9]{{2}})|((?:19|20)[0-9]{{2}}))(?![0-9])", comment)
    years = {int(four) if four else 2000 + int(two) for two, four in found}
    return years.pop() if len(years) == 1 else None
