"""Config ``[zotero]`` as values: the library, the collection, what new items hold. Imports nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..retry import RetryPolicy

DEFAULT_API_URL = "https://api.zotero.org"


@dataclass(frozen=True)
class ItemOptions:
    """What goes into an item besides Zotero's own fields; config ``[zotero]``."""

    tags: bool = False
    """Tag items with their arXiv category names (automatic tags, like Zotero's import)."""
    notes: bool = False
    """Add the arXiv comment as a child note ``Comment: …``."""
    attachments: bool = False
    """Add a linked-URL attachment "Preprint PDF" pointing at arxiv.org."""
    item_type: Literal["preprint", "published"] = "preprint"
    """``published``: a paper whose journal reference parses becomes a journalArticle or conferencePaper.

    A published version found with ``--published`` makes one whatever this says: the user asked for it;
    so does ``sync --update``, which leaves no item to update."""


@dataclass(frozen=True)
class ZoteroSettings:
    """Config ``[zotero]`` with the command-line options applied."""

    api_url: str = DEFAULT_API_URL
    library_id: int | None = None
    """A user library; None (and no group) means the API key's own library."""
    group: int | None = None
    collection: str | None = None
    """Name or key of the collection new papers are filed in."""
    create_collection: bool = False
    items: ItemOptions = ItemOptions()
    update: bool = False
    """``sync`` also brings present items up to date, as ``--update`` does."""
    timeout: float = 30.0
    retry: RetryPolicy = RetryPolicy()

    @property
    def endpoint(self) -> str:
        """The API's base URL, without a trailing slash."""
        return self.api_url.rstrip("/")
