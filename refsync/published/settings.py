"""Config ``[published]`` as a value: which index to ask, if any, and how politely. Imports nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..retry import RetryPolicy

SOURCES = ("semanticscholar",)
"""The indexes ``--published`` can name: one module each."""


@dataclass(frozen=True)
class PublishedSettings:
    """``[published]`` in the config; off (``source`` None) unless the user turns it on."""

    source: str | None = None
    short_names: bool = False
    """Write the venue's short name (``NeurIPS``) instead of the full one."""
    api_url: str | None = None
    delay: float | None = None
    """Seconds between requests; None keeps the service's own limit."""
    timeout: float = 30.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
