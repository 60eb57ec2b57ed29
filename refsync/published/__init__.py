"""Published versions from bibliographic indexes: the seam (versions), its settings, one module per index."""

from ..lazy import exports

_EXPORTS = {
    "Candidate": "versions", "PublishedSource": "versions", "look_up": "versions", "upgrade": "versions",
    "PublishedSettings": "settings", "SOURCES": "settings", "SemanticScholar": "semanticscholar",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exports(__name__, _EXPORTS)
