"""Config ``[arxiv]`` as a value: where the API is and how politely to ask it. Imports nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..retry import RetryPolicy

DEFAULT_API_URL = "https://export.arxiv.org/api/query"
DEFAULT_AUTHOR_FEED_URL = "https://arxiv.org/a/{id}.atom2"


@dataclass(frozen=True)
class ArxivSettings:
    api_url: str = DEFAULT_API_URL
    author_feed_url: str | None = None
    """Template with ``{id}``; by default on the host of ``api_url`` (arxiv.org for the real API)."""
    delay: float = 3.0
    page_size: int = 200
    timeout: float = 30.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    def author_feed(self, author_id: str) -> str:
        template = self.author_feed_url
        if template is None:
            parts = urlsplit(self.api_url)
            host = parts.netloc
            template = (
                DEFAULT_AUTHOR_FEED_URL
                if host.endswith("arxiv.org")
                else f"{parts.scheme}://{host}/a/{{id}}.atom2"
            )
        return template.format(id=author_id)
