"""arXiv author ids and ORCIDs in the one form arxiv.org's ``/a/<id>`` feeds accept.

arXiv's feed controller (arXiv/arxiv-browse ``browse/controllers/list_page/author.py``)
treats an id as an ORCID only when it matches ``0000-0000-0000-000X`` exactly (hyphens,
upper-case ``X``); anything else is looked up as an author id, and an id with a ``/``
matches no route at all. So an ORCID written without hyphens, with a lower-case ``x``
or as a URL must be rewritten here, or arXiv answers "not found" for a valid ORCID.
"""

from __future__ import annotations

import re

from ..errors import ConfigError

_ORCID_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?orcid\.org/|^orcid:\s*", re.IGNORECASE)
_ORCID_BODY = re.compile(r"^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$")
_FEED_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?arxiv\.org/a/", re.IGNORECASE)
_FEED_SUFFIX = re.compile(r"\.(?:atom2?|html|json)$", re.IGNORECASE)
_AUTHOR_ID = re.compile(r"^[A-Za-z0-9_\-]+$")


def orcid(text: str, where: str = "--orcid") -> str:
    """``0000-0002-7970-7855`` from any usual spelling; a wrong check digit is refused."""
    candidate = _ORCID_PREFIX.sub("", text.strip()).rstrip("/").upper()
    m = _ORCID_BODY.match(candidate)
    if not m:
        raise ConfigError(f"{where}: {text!r} is not an ORCID (expected 16 digits like 0000-0002-7970-7855)")
    digits = "".join(m.groups())
    if _check_digit(digits[:15]) != digits[15]:
        raise ConfigError(f"{where}: {text!r} is not a valid ORCID (its check digit is wrong; look for a typo)")
    return "-".join(m.groups())


def author_feed_id(text: str, where: str = "--arxiv-author-id") -> str:
    """An arXiv author id (``tegmark_m_1``) or an ORCID, as the ``/a/`` feed wants it.

    A pasted feed or page URL (``https://arxiv.org/a/tegmark_m_1.atom2``) is reduced to its id.
    """
    candidate = _FEED_SUFFIX.sub("", _FEED_PREFIX.sub("", text.strip()).rstrip("/"))
    if _ORCID_PREFIX.match(candidate) or _ORCID_BODY.match(candidate.upper()):
        return orcid(candidate, where)
    if not _AUTHOR_ID.match(candidate):
        raise ConfigError(
            f"{where}: {text!r} is not an arXiv author id (like tegmark_m_1: letters, digits and '_')"
        )
    return candidate


def feed_id(arxiv_author_id: str | None, orcid_text: str | None,
            where: tuple[str, str] = ("--arxiv-author-id", "--orcid")) -> str | None:
    """The one feed id an ``--arxiv-author-id`` or ``--orcid`` (or profile key) names, normalised.

    ``where`` names the two options (or config keys) in error messages.
    """
    if arxiv_author_id:
        return author_feed_id(arxiv_author_id, where[0])
    if orcid_text:
        return orcid(orcid_text, where[1])
    return None


def _check_digit(base: str) -> str:
    """ORCID's ISO 7064 MOD 11-2 check character for the first 15 digits."""
    total = 0
    for digit in base:
        total = (total + int(digit)) * 2
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)
