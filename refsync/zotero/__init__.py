"""The Zotero target: read a library's items as records, write new items, keep the API key."""

from ..lazy import exports

_EXPORTS = {
    "ZoteroTarget": "target", "ZoteroSettings": "settings", "ItemOptions": "settings", "library_cache": "reader",
    "record_from_item": "records", "fetch_key_info": "connection", "reachable_libraries": "connection",
    "build_item": "items",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exports(__name__, _EXPORTS)
