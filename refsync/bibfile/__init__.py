"""The .bib file target: parse (the only bibtexparser caller), safe appends, entries and keys."""

from ..lazy import exports

_EXPORTS = {"BibTarget": "safefile", "BibOptions": "safefile", "index_cache": "safefile"}
__all__ = sorted(_EXPORTS)
__getattr__ = exports(__name__, _EXPORTS)
