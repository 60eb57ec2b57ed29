"""One polite HTTP policy for every service: spacing, retries, Retry-After and Backoff.

arXiv asks for at most one request every three seconds (retries included) and answers
bursts with 429; Zotero sends ``Backoff`` and ``Retry-After``. Both are honoured here,
once, instead of in each client.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from . import __version__
from .errors import NetworkError
from .retry import RetryPolicy

if TYPE_CHECKING:  # imported when a client is made: a tenth of a second a run answered from caches need not pay
    import httpx2

USER_AGENT = f"refsync/{__version__} (+https://github.com/refsync/refsync; reference-library sync)"
ARXIV_MIN_INTERVAL = 3.0
"""arXiv's terms: no more than one request every three seconds, from all your machines."""

T = TypeVar("T")


class Transient(Exception):
    """A failure worth another try: 429, 5xx, a dropped connection, an empty page."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def min_interval(url: str, configured: float) -> float:
    """Seconds between requests to the host of ``url``: never under 3 s for arxiv.org."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "arxiv.org" or host.endswith(".arxiv.org"):
        return max(configured, ARXIV_MIN_INTERVAL)
    return max(configured, 0.0)


def parse_delay(value: str | None) -> float | None:
    """A ``Retry-After``/``Backoff`` value in seconds (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


class Spacer:
    """Keeps requests to one host at least ``interval`` seconds apart, and obeys Backoff."""

    def __init__(self, interval: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._sleep = sleep
        self._next_allowed = 0.0

    def wait(self) -> None:
        delay = self._next_allowed - time.monotonic()
        if delay > 0:
            self._sleep(delay)
        self._next_allowed = time.monotonic() + self.interval

    def defer(self, seconds: float) -> None:
        """The server asked us to hold off: push the next request back."""
        self._next_allowed = max(self._next_allowed, time.monotonic() + seconds)


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        exponential = policy.backoff * 2 ** (state.attempt_number - 1)
        error = state.outcome.exception() if state.outcome else None
        asked: float | None = getattr(error, "retry_after", None)
        if asked is not None and asked > policy.max_wait:
            raise NetworkError(
                f"server asked to wait {asked:.0f} s before retrying (more than the {policy.max_wait:.0f} s allowed)"
            ) from error
        return max(exponential if asked is None else asked, 0.0)

    return wait


def retried(work: Callable[[], T], policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep) -> T:
    """``work()``, called again after each :class:`Transient` failure; the last failure is raised."""
    return Retrying(
        stop=stop_after_attempt(max(policy.attempts, 1)),
        wait=_wait(policy),
        retry=retry_if_exception_type(Transient),
        sleep=sleep,
        reraise=True,
    )(work)


def make_client(timeout: float = 30.0, *, trust_env: bool = True) -> httpx2.Client:
    """An HTTP client with our User-Agent; TLS verification is always on.

    ``trust_env`` False ignores proxy variables (and other settings from the environment).
    """
    import httpx2

    return httpx2.Client(
        headers={"User-Agent": USER_AGENT},
        timeout=timeout,
        follow_redirects=True,
        verify=True,
        trust_env=trust_env,
    )


def classify(response: httpx2.Response) -> None:
    """Raise :class:`Transient` for answers that a later try may fix (429, 5xx)."""
    if response.status_code == 429 or response.status_code >= 500:
        retry_after = parse_delay(response.headers.get("Retry-After"))
        raise Transient(f"HTTP {response.status_code} from {response.url.host}", retry_after)
