"""Where refsync keeps its own files: config, caches, backups and locks.

The platform's user directories (XDG on Linux), so nothing lands in the user's project.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP = "refsync"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP))


def cache_dir() -> Path:
    return _private(Path(platformdirs.user_cache_dir(APP)))


def state_dir() -> Path:
    return _private(Path(platformdirs.user_state_dir(APP)))


def private_dir(base: Path, *parts: str) -> Path:
    """``base/parts...``, each level created (or tightened) to be the user's only."""
    path = base
    for part in parts:
        path = _private(path / part)
    return path


def _private(path: Path) -> Path:
    """Create ``path`` readable by the user only: caches may hold library contents.

    A folder left readable by others (an older version, a copied home) is tightened.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        try:
            path.chmod(0o700)
        except PermissionError:  # not ours to tighten (a shared or managed home): use it as it is
            pass
    return path


def slug_for(path: Path) -> str:
    """A stable, file-name-safe name for the file at ``path`` (its real location)."""
    real = os.path.realpath(path)
    digest = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"{Path(real).stem[:40]}-{digest}"
