"""Record decisions in the user's config file, keeping every comment and layout byte as it was.

tomlkit edits the parsed document in place, so only the ``exclude`` array of one
profile changes. The result is checked with the same validation as a normal load
before it replaces the file atomically: an edit never leaves a config refsync rejects.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import Array, Table

from .bibfile.safefile import _atomic_write
from .config import parse
from .errors import ConfigError
from .ids import parse_arxiv_id


def exclude(path: Path, profile: str, arxiv_id: str, why: str | None, today: dt.date) -> bool:
    """Add ``arxiv_id`` (with why and when) to the profile's ``exclude``; False if it was there already."""
    base = _base(arxiv_id)
    doc = _read(path)
    table = _profile_table(doc, profile, path)
    excluded = table.get("exclude")
    if isinstance(excluded, str):
        excluded = tomlkit.array().multiline(False)
        excluded.append(table["exclude"])
        table["exclude"] = excluded
    if excluded is None:
        excluded = tomlkit.array()
        table["exclude"] = excluded
    if any(_entry_id(item) == base for item in excluded):
        return False
    entry = tomlkit.inline_table()
    entry.update({"id": base, **({"why": why} if why else {}), "date": today})
    excluded.append(entry)
    _write(path, doc)
    return True


def include(path: Path, profile: str, arxiv_id: str) -> bool:
    """Take ``arxiv_id`` out of the profile's ``exclude``; False if it was not listed."""
    base = _base(arxiv_id)
    doc = _read(path)
    excluded = _profile_table(doc, profile, path).get("exclude")
    if not isinstance(excluded, Array):
        return False
    found = [i for i, item in enumerate(excluded) if _entry_id(item) == base]
    if not found:
        return False
    for index in reversed(found):
        del excluded[index]
    _write(path, doc)
    return True


def add_profile(path: Path, profile: str, settings: dict[str, Any]) -> None:
    """Append a ``[profiles.NAME]`` table to the config (a new file if there is none yet)."""
    doc = _read(path) if path.exists() else tomlkit.document()
    path.parent.mkdir(parents=True, exist_ok=True)
    profiles = doc.get("profiles")
    if profiles is None:
        profiles = tomlkit.table(is_super_table=True)
        doc["profiles"] = profiles
    if profile in profiles:
        raise ConfigError(f"{path}: profile {profile!r} exists already; edit it there or pick another name")
    table = tomlkit.table()
    for key, value in settings.items():
        table[key] = value
    profiles[profile] = table
    _write(path, doc)


def _base(arxiv_id: str) -> str:
    parsed = parse_arxiv_id(arxiv_id)
    if parsed is None:
        raise ConfigError(f"{arxiv_id!r} is not an arXiv id")
    return parsed.base


def _entry_id(item: Any) -> str | None:
    """The base id an ``exclude`` entry names: a plain id or a table's ``id``."""
    text = item.get("id") if isinstance(item, dict) else item
    parsed = parse_arxiv_id(str(text)) if text is not None else None
    return parsed.base if parsed else None


def _read(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist; write a profile first (see config.example.toml)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read config file {path}: {error}") from None
    except tomlkit.exceptions.ParseError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None


def _profile_table(doc: tomlkit.TOMLDocument, profile: str, path: Path) -> Table:
    profiles = doc.get("profiles")
    table = profiles.get(profile) if isinstance(profiles, dict) else None
    if not isinstance(table, Table):
        raise ConfigError(f"{path}: no profile {profile!r} (a [profiles.{profile}] table)")
    return table


def _write(path: Path, doc: tomlkit.TOMLDocument) -> None:
    text = tomlkit.dumps(doc)
    parse(tomllib.loads(text), path)  # what refsync would reject is never written
    _atomic_write(path, text.encode("utf-8"))
