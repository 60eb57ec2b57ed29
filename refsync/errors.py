"""Errors a user can act on. Each prints as one line, without a traceback.

Anything that is not a :class:`RefsyncError` is a bug and keeps its traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Applied


class RefsyncError(Exception):
    """Base of every error refsync reports to the user as a single line."""

    exit_code = 3
    """The command's exit status: 3 for a runtime error (network, feed, library)."""


class ConfigError(RefsyncError):
    """The config file or the command-line options are wrong."""

    exit_code = 2
    """As for a usage error click itself reports."""


class SourceError(RefsyncError):
    """arXiv could not give us a complete, trustworthy paper list."""


class FeedError(SourceError):
    """A response that is not a usable Atom feed, or arXiv's own error feed."""


class ArxivApiError(FeedError):
    """arXiv's own error feed: the request is wrong, so asking again cannot help."""


class HttpStatusError(SourceError):
    """arXiv refused the request with an HTTP error that another try cannot fix (400, 404, ...)."""

    def __init__(self, status: int, where: str) -> None:
        super().__init__(f"arXiv answered HTTP {status} for {where}")
        self.status = status


class NetworkError(SourceError):
    """A service could not be reached, or kept failing after all retries."""


class TargetError(RefsyncError):
    """The library (a .bib file or Zotero) cannot be read or written as asked."""


class PartialWriteError(TargetError):
    """A write that stopped after part of the plan was written: exit 4, as for a partial sync."""

    exit_code = 4


class BibSyntaxError(TargetError):
    """A .bib file refsync cannot read safely; names the file and the line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line


class ConcurrentChangeError(TargetError):
    """The library changed between reading it and writing to it."""


class LibraryChanged(ConcurrentChangeError):
    """A Zotero library changed since refsync read it: re-read and re-plan before writing more.

    ``applied`` is what had been written before the change was noticed.
    """

    def __init__(self, message: str, applied: Applied) -> None:
        super().__init__(message)
        self.applied = applied
