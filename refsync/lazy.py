"""Package re-exports imported on first use, so importing a light submodule stays light.

``refsync.zotero.settings`` must not pull in pyzotero just because ``refsync.zotero``
re-exports ``ZoteroTarget`` for ``from refsync.zotero import ZoteroTarget``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def exports(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that finds ``name`` in its submodule ``names[name]``."""

    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{names[name]}"), name)

    return __getattr__
