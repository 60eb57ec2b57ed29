"""The arXiv source: what to ask (client), how answers read (feed), how to reach it (settings)."""

from ..lazy import exports

_EXPORTS = {
    "ArxivClient": "client", "author_queries": "client", "dedupe": "client", "read_feed_files": "client",
    "response_cache": "client", "ArxivSettings": "settings", "DEFAULT_API_URL": "settings", "parse_feed": "feed",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exports(__name__, _EXPORTS)
