"""Config ``[bibtex]`` as a value: how new entries are written and kept. Imports nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Style(StrEnum):
    BIBTEX = "bibtex"
    """Classic BibTeX field names (``journal``, ``archivePrefix``), read by bibtex and biber alike."""
    BIBLATEX = "biblatex"
    """biblatex's own data model (``journaltitle``, ``eprinttype``, ``date``, ``@online``)."""


@dataclass(frozen=True)
class BibtexSettings:
    citekey: str = "bbt"
    style: Style = Style.BIBTEX
    ascii: bool = False
    max_authors: int | None = None
    protect: tuple[str, ...] = ()
    abstract: bool = False
    backup: bool = True
