"""Build the targets a run names, each edge from its own builder, imported only when named."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from .config import Config
    from .protocols import Target, TargetRequest

BUILDERS = ("refsync.bibfile.build", "refsync.zotero.build")
"""Each module has ``wanted(request) -> bool`` and ``target_for(config, request) -> Target``."""


def targets_for(config: Config, request: TargetRequest) -> list[Target]:
    """The libraries of this run, in a fixed order: a .bib file, a Zotero collection, or both."""
    targets: list[Target] = []
    for name in BUILDERS:
        builder = importlib.import_module(name)
        if builder.wanted(request):
            targets.append(builder.target_for(config, request))
    if not targets:
        raise ConfigError("name the library: --bib FILE or --zotero --collection NAME (or a profile with 'bib' or 'collection')")
    return targets
