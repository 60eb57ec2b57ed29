"""How hard to try a service: light, so settings and config can hold a policy without loading HTTP."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: tests set the waits to zero, users keep the defaults."""

    attempts: int = 4
    backoff: float = 3.0
    """First wait after a failure; it doubles with every further attempt."""
    max_wait: float = 300.0
    """A Retry-After longer than this is not waited out: the run stops with a clear error."""
