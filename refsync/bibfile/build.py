"""A .bib target from the config's ``[bibtex]`` and the command line (which wins)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .render import RenderOptions
from .settings import Style

if TYPE_CHECKING:
    from ..config import Config
    from ..protocols import TargetRequest
    from .safefile import BibTarget


def wanted(request: TargetRequest) -> bool:
    return request.bib is not None


def render_options(config: Config, options: Mapping[str, Any]) -> RenderOptions:
    """The config's [bibtex] settings, overridden by the command line."""
    settings = config.bibtex
    ascii_only = options.get("ascii_only")
    return RenderOptions(
        style=Style(options.get("style") or settings.style),
        ascii_only=settings.ascii if ascii_only is None else ascii_only,
        max_authors=settings.max_authors,
        protect=frozenset(settings.protect),
        abstract=settings.abstract,
    )


def target_for(config: Config, request: TargetRequest) -> BibTarget:
    from .safefile import BibOptions, BibTarget, index_cache

    assert request.bib is not None
    settings = config.bibtex
    options = BibOptions(
        render=render_options(config, request.options),
        citekey=request.options.get("citekey") or settings.citekey,
        backup=settings.backup,
        create=bool(request.options.get("create")),
    )
    return BibTarget(request.bib, options, index=index_cache(refresh=request.refresh))
