"""The TOML config file: read, validate, and turn into typed settings.

Every key is checked: an unknown key or a wrong type is an error that names the
section and key, so a typo never silently falls back to a default.
Lookup: ``--config``, then ``$REFSYNC_CONFIG``, then the platform's config dir.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import paths
from .arxiv.author_ids import feed_id
from .arxiv.settings import DEFAULT_API_URL, ArxivSettings
from .bibfile.citekey import FormulaError, parse_formula
from .bibfile.settings import BibtexSettings, Style
from .errors import ConfigError
from .ids import parse_arxiv_id
from .published.settings import SOURCES, PublishedSettings
from .retry import RetryPolicy
from .zotero.settings import DEFAULT_API_URL as ZOTERO_API_URL
from .zotero.settings import ItemOptions, ZoteroSettings

ARXIV_KEYS = {"api_url", "author_feed_url", "delay", "page_size", "timeout", "retries", "backoff", "max_wait"}
BIBTEX_KEYS = {"citekey", "style", "ascii", "max_authors", "protect", "abstract", "backup", "update"}

CONFIG_ENV = "REFSYNC_CONFIG"
ARXIV_URL_ENV = "REFSYNC_ARXIV_URL"
ZOTERO_URL_ENV = "REFSYNC_ZOTERO_URL"
SECRET_KEYS = frozenset({"api_key", "key", "zotero_api_key", "apikey"})
"""Names under which people paste a Zotero API key into a config file."""
_LOOKS_LIKE_KEY = re.compile(r"^[A-Za-z0-9]{24}$")


@dataclass(frozen=True)
class Profile:
    name: str
    author: str | None = None
    aliases: tuple[str, ...] = ()
    arxiv_author_id: str | None = None
    query: str | None = None
    categories: tuple[str, ...] = ()
    since: dt.date | None = None
    exclude: tuple[str, ...] = ()
    exclude_notes: dict[str, str] = field(default_factory=dict, hash=False)
    """Why and when a paper was excluded (``refsync exclude``, "never" in sync), by base id."""
    bib: Path | None = None
    collection: str | None = None
    """The Zotero collection (name or key) this profile keeps in step."""
    published: str | None = None
    """This profile's ``published`` source, over ``[published] source``."""
    update: bool = False
    """``sync`` of this profile also updates present entries, as ``--update`` does."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    arxiv: ArxivSettings = field(default_factory=ArxivSettings)
    bibtex: BibtexSettings = field(default_factory=BibtexSettings)
    zotero: ZoteroSettings = field(default_factory=ZoteroSettings)
    published: PublishedSettings = field(default_factory=PublishedSettings)
    profiles: dict[str, Profile] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    """Things to tell the user that do not stop the run (a secret in the file)."""

    def profile(self, name: str) -> Profile:
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none"
            where = self.path or "the config file"
            raise ConfigError(f"no profile '{name}' in {where} (profiles: {known})") from None


def default_path() -> Path:
    return paths.config_dir() / "config.toml"


def named_path(path: Path | None = None) -> Path | None:
    """The config file the user named: ``--config``, else ``$REFSYNC_CONFIG``."""
    return path or (Path(os.environ[CONFIG_ENV]) if os.environ.get(CONFIG_ENV) else None)


def load(path: Path | None = None) -> Config:
    """Read the config; a missing default file is an empty config, a missing named one an error."""
    named = named_path(path)
    chosen = named or default_path()
    try:
        data = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if named:
            raise ConfigError(f"config file {chosen} does not exist") from None
        data = {}
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read config file {chosen}: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{chosen}: invalid TOML: {error}") from None
    return parse(data, chosen if data or named else None)


def parse(data: dict[str, Any], path: Path | None = None) -> Config:
    """A validated :class:`Config` from parsed TOML."""
    where = str(path) if path else "config"
    warnings = _secrets(data, where)
    _only(data, {"arxiv", "bibtex", "zotero", "published", "profiles"}, where)
    arxiv = _arxiv(_table(data, "arxiv", where), where)
    bibtex = _bibtex(_table(data, "bibtex", where), where)
    zotero = _zotero(_table(data, "zotero", where), where)
    published = _published(_table(data, "published", where), where)
    profiles = {}
    for name, section in _table(data, "profiles", where).items():
        if not isinstance(section, dict):
            raise ConfigError(f"{where}: [profiles.{_toml_key(name)}] must be a table")
        profiles[name] = _profile(name, section, where)
    return Config(path=path, arxiv=arxiv, bibtex=bibtex, zotero=zotero, published=published, profiles=profiles,
                  warnings=warnings)


def _secrets(data: dict[str, Any], where: str, within: str = "") -> tuple[str, ...]:
    """Warn about (and drop) anything that looks like an API key: keys live in the keyring or env.

    The warning says where the key is, never what it is.
    """
    warnings: list[str] = []
    for key, value in list(data.items()):
        spot = f"{within}.{key}" if within else key
        if isinstance(value, dict):
            warnings += _secrets(value, where, spot)
        elif key.lower() in SECRET_KEYS or (isinstance(value, str) and _LOOKS_LIKE_KEY.match(value)):
            del data[key]
            warnings.append(f"{where}: '{spot}' looks like an API key; refsync ignores it and never reads keys "
                            "from files. Remove it, and use `refsync auth login` or ZOTERO_API_KEY")
    return tuple(warnings)


def _table(data: dict[str, Any], key: str | None, where: str) -> dict[str, Any]:
    value = data if key is None else data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{key}] must be a table")
    return value


def _only(section: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(section) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key '{_toml_key(unknown[0])}' (allowed: {', '.join(sorted(allowed))})")


def _toml_key(name: str) -> str:
    """A key as the user wrote it in TOML: bare, or quoted (so an error stays on one line)."""
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name)


def _get(section: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any = None) -> Any:
    if key not in section:
        return default
    value = section[key]
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise ConfigError(f"{where}: '{key}' must be {_kind_name(kind)}, not a boolean")
    if not isinstance(value, kind):
        raise ConfigError(f"{where}: '{key}' must be {_kind_name(kind)}, not {type(value).__name__}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    words = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list", dt.date: "a date"}
    return " or ".join(words.get(k, k.__name__) for k in kinds)


def _strings(section: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _get(section, key, (list, str), where, [])
    items = [value] if isinstance(value, str) else value
    if not all(isinstance(v, str) for v in items):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(items)


def _exclusions(section: dict[str, Any], where: str) -> tuple[list[str], dict[str, str]]:
    """``exclude``: arXiv ids, or tables ``{id, why, date}`` as ``refsync exclude`` writes them."""
    value = _get(section, "exclude", (list, str), where, [])
    ids: list[str] = []
    notes: dict[str, str] = {}
    for item in [value] if isinstance(value, str) else value:
        if isinstance(item, str):
            ids += arxiv_ids((item,), "exclude", where)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or set(item) - {"id", "why", "date"}:
            raise ConfigError(f"{where}: 'exclude' must list arXiv ids or tables {{id, why, date}}")
        (base,) = arxiv_ids((item["id"],), "exclude", where)
        why, date = item.get("why"), item.get("date")
        if not isinstance(why, str | None) or not isinstance(date, dt.date | None):
            raise ConfigError(f"{where}: an 'exclude' table's 'why' must be a string and 'date' a date")
        ids.append(base)
        notes[base] = ": ".join(part for part in (f"on {date.isoformat()}" if date else None, why) if part)
    return ids, notes


MAX_SECONDS = {"delay": 3600.0, "timeout": 3600.0, "backoff": 3600.0, "max_wait": 86400.0}
"""Upper bounds: beyond them a wait is a typo (and past ~1e9 s, too long for ``time.sleep``)."""


def _seconds(section: dict[str, Any], key: str, where: str, default: float) -> float:
    """A wait or timeout in seconds: a number, not negative, not past :data:`MAX_SECONDS`."""
    value = float(_get(section, key, (int, float), where, default))
    if value < 0:
        raise ConfigError(f"{where}: '{key}' must not be negative")
    if not value <= MAX_SECONDS[key]:  # also catches nan
        raise ConfigError(f"{where}: '{key}' must be at most {MAX_SECONDS[key]:.0f} seconds")
    return value


def _url(value: str, key: str, where: str) -> str:
    """An http(s) URL with a host: anything else would fail only at the first request."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise ConfigError(f"{where}: '{key}' must be an http(s) URL, not {value!r}")
    return value


def _api_url(section: dict[str, Any], env_var: str, default: str, where: str) -> str:
    """A service's URL: the environment variable wins over the config file."""
    if os.environ.get(env_var):
        return _url(os.environ[env_var], env_var, "environment")
    return _url(_get(section, "api_url", str, where, default), "api_url", where)


def _feed_template(value: str | None, where: str) -> str | None:
    if value is None:
        return None
    try:
        example = value.format(id="michaud_e_1")
    except (KeyError, IndexError, ValueError):
        example = value
    if "{id}" not in value or example == value:
        raise ConfigError(f"{where}: 'author_feed_url' must be a URL with {{id}} where the author id goes")
    _url(example, "author_feed_url", where)
    return value


def _arxiv(section: dict[str, Any], where: str) -> ArxivSettings:
    where = f"{where} [arxiv]"
    _only(section, ARXIV_KEYS, where)
    page_size = _get(section, "page_size", int, where, 200)
    if not 1 <= page_size <= 2000:
        raise ConfigError(f"{where}: 'page_size' must be between 1 and 2000")
    return ArxivSettings(
        api_url=_api_url(section, ARXIV_URL_ENV, DEFAULT_API_URL, where),
        author_feed_url=_feed_template(_get(section, "author_feed_url", str, where), where),
        delay=_seconds(section, "delay", where, 3.0),
        page_size=page_size,
        timeout=_seconds(section, "timeout", where, 30.0),
        retry=_retry(section, where),
    )


def _retry(section: dict[str, Any], where: str) -> RetryPolicy:
    """``retries``, ``backoff`` and ``max_wait``: how hard to try a service."""
    retries = _get(section, "retries", int, where, 4)
    if retries < 1:
        raise ConfigError(f"{where}: 'retries' must be at least 1")
    return RetryPolicy(attempts=retries, backoff=_seconds(section, "backoff", where, 3.0),
                       max_wait=_seconds(section, "max_wait", where, 300.0))


def _bibtex(section: dict[str, Any], where: str) -> BibtexSettings:
    where = f"{where} [bibtex]"
    _only(section, BIBTEX_KEYS, where)
    citekey = _get(section, "citekey", str, where, "bbt")
    try:
        parse_formula(citekey)
    except FormulaError as error:
        raise ConfigError(f"{where}: 'citekey' must be bbt, google, arxiv or a key formula: {error}") from None
    style = _get(section, "style", str, where, Style.BIBTEX.value)
    if style not in set(Style):
        raise ConfigError(f"{where}: 'style' must be one of {', '.join(Style)}")
    max_authors = _get(section, "max_authors", int, where, 0)
    return BibtexSettings(
        citekey=citekey,
        style=Style(style),
        ascii=_get(section, "ascii", bool, where, False),
        max_authors=max_authors if max_authors > 0 else None,
        protect=_strings(section, "protect", where),
        abstract=_get(section, "abstract", bool, where, False),
        backup=_get(section, "backup", bool, where, True),
        update=_get(section, "update", bool, where, False),
    )


def arxiv_ids(values: tuple[str, ...], key: str, where: str) -> tuple[str, ...]:
    """Base ids of the arXiv ids a user wrote in any form (``arXiv:2010.13871v1``)."""
    ids = []
    for value in values:
        parsed = parse_arxiv_id(value)
        if parsed is None:
            raise ConfigError(f"{where}: '{key}' has {value!r}, which is not an arXiv id")
        ids.append(parsed.base)
    return tuple(ids)


ZOTERO_KEYS = {"api_url", "library_id", "group", "collection", "create_collection", "tags", "notes", "attachments",
               "item_type", "update", "timeout", "retries", "backoff", "max_wait"}


def _zotero(section: dict[str, Any], where: str) -> ZoteroSettings:
    where = f"{where} [zotero]"
    _only(section, ZOTERO_KEYS, where)
    item_type = _get(section, "item_type", str, where, "preprint")
    if item_type not in ("preprint", "published"):
        raise ConfigError(f"{where}: 'item_type' must be preprint or published")
    library_id, group = _get(section, "library_id", int, where), _get(section, "group", int, where)
    if library_id is not None and group is not None:
        raise ConfigError(f"{where}: give 'library_id' (a user library) or 'group', not both")
    return ZoteroSettings(
        api_url=_api_url(section, ZOTERO_URL_ENV, ZOTERO_API_URL, where),
        library_id=library_id,
        group=group,
        collection=_get(section, "collection", str, where),
        create_collection=_get(section, "create_collection", bool, where, False),
        items=ItemOptions(
            tags=_get(section, "tags", bool, where, False),
            notes=_get(section, "notes", bool, where, False),
            attachments=_get(section, "attachments", bool, where, False),
            item_type=item_type,
        ),
        update=_get(section, "update", bool, where, False),
        timeout=_seconds(section, "timeout", where, 30.0),
        retry=_retry(section, where),
    )


PUBLISHED_KEYS = {"source", "short_names", "api_url", "delay", "timeout", "retries", "backoff", "max_wait"}


def published_source(value: str | None, where: str) -> str | None:
    """A ``--published``/``source`` value: one of :data:`~refsync.published.SOURCES`, or ``none``."""
    if value is None or value == "none":
        return None
    if value not in SOURCES:
        raise ConfigError(f"{where}: published source must be one of {', '.join(SOURCES)} (or none), not {value!r}")
    return value


def _published(section: dict[str, Any], where: str) -> PublishedSettings:
    where = f"{where} [published]"
    _only(section, PUBLISHED_KEYS, where)
    api_url = _get(section, "api_url", str, where)
    delay = _get(section, "delay", (int, float), where)
    return PublishedSettings(
        source=published_source(_get(section, "source", str, where), where),
        short_names=_get(section, "short_names", bool, where, False),
        api_url=_url(api_url, "api_url", where) if api_url else None,
        delay=None if delay is None else _seconds(section, "delay", where, 0.0),
        timeout=_seconds(section, "timeout", where, 30.0),
        retry=_retry(section, where),
    )


PROFILE_KEYS = {"author", "aliases", "arxiv_author_id", "orcid", "query", "categories", "since", "exclude", "bib",
                "collection", "published", "update"}


def _profile(name: str, section: dict[str, Any], where: str) -> Profile:
    where = f"{where} [profiles.{_toml_key(name)}]"
    _only(section, PROFILE_KEYS, where)
    since = _get(section, "since", (dt.date, str), where)
    if isinstance(since, dt.datetime):
        raise ConfigError(f"{where}: 'since' must be a date like 2020-01-01, without a time")
    if isinstance(since, str):
        try:
            since = dt.date.fromisoformat(since)
        except ValueError:
            raise ConfigError(f"{where}: 'since' must be a date like 2020-01-01") from None
    bib = _get(section, "bib", str, where)
    if bib and "\0" in bib:
        raise ConfigError(f"{where}: 'bib' must be a file path, not a string with a NUL character")
    author_id = feed_id(_get(section, "arxiv_author_id", str, where), _get(section, "orcid", str, where),
                        (f"{where}: 'arxiv_author_id'", f"{where}: 'orcid'"))
    exclusions, notes = _exclusions(section, where)
    profile = Profile(
        name=name,
        author=_get(section, "author", str, where),
        aliases=_strings(section, "aliases", where),
        arxiv_author_id=author_id,
        query=_get(section, "query", str, where),
        categories=_strings(section, "categories", where),
        since=since,
        exclude=tuple(exclusions),
        exclude_notes=notes,
        bib=Path(bib).expanduser() if bib else None,
        collection=_get(section, "collection", str, where),
        published=_get(section, "published", str, where),
        update=_get(section, "update", bool, where, False),
    )
    if profile.published is not None:
        published_source(profile.published, where)
    if not (profile.author or profile.arxiv_author_id or profile.query):
        raise ConfigError(f"{where}: needs 'author', 'arxiv_author_id', 'orcid' or 'query'")
    return profile
