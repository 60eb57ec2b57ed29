"""A Zotero target from the config's ``[zotero]``, the command line and the stored API key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from ..config import Config
    from ..protocols import TargetRequest
    from .settings import ZoteroSettings
    from .target import ZoteroTarget


def wanted(request: TargetRequest) -> bool:
    return request.zotero


def zotero_settings(config: Config, options: Mapping[str, Any]) -> ZoteroSettings:
    """Config ``[zotero]`` with the library and collection options applied."""
    settings = config.zotero
    if options.get("library_id") is not None and options.get("group") is not None:
        raise click.UsageError("give --library-id or --group, not both")
    if options.get("library_id") is not None:
        settings = replace(settings, library_id=options["library_id"], group=None)
    if options.get("group") is not None:
        settings = replace(settings, group=options["group"], library_id=None)
    if options.get("create_collection") is not None:
        settings = replace(settings, create_collection=options["create_collection"])
    return settings


def target_for(config: Config, request: TargetRequest) -> ZoteroTarget:
    from . import credentials
    from .target import ZoteroTarget, library_cache

    settings = zotero_settings(config, request.options)
    if request.collection:
        settings = replace(settings, collection=request.collection)
    credential = credentials.load_key()
    credentials.redact_logs(credential.key)
    return ZoteroTarget(settings, credential.key, cache=library_cache(refresh=request.refresh),
                        update=request.update or settings.update, overwrite=frozenset(request.options.get("overwrite", ())))
