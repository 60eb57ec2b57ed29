"""The config file: every key validated, profiles, environment overrides."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from refsync import config
from refsync.errors import ConfigError
from refsync.bibfile.render import Style
from tests.conftest import run_cli

EXAMPLE = Path(__file__).parents[1] / "config.example.toml"


def load(tmp_path: Path, text: str) -> config.Config:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return config.load(path)


def test_the_example_config_is_valid_and_documents_every_key(tmp_path: Path) -> None:
    loaded = config.load(EXAMPLE)
    assert loaded.profiles["michaud"].author == "Eric J. Michaud"
    text = EXAMPLE.read_text()
    for key in config.PROFILE_KEYS | config.ZOTERO_KEYS | config.ARXIV_KEYS | config.BIBTEX_KEYS:
        assert f"\n{key} =" in text or f"\n# {key} =" in text, key


def test_a_profile_is_read_with_its_types(tmp_path: Path) -> None:
    loaded = load(tmp_path, """
[profiles.michaud]
author = "Eric J. Michaud"
aliases = ["E. J. Michaud"]
categories = ["cs", "stat.ML"]
since = 2020-01-01
exclude = ["arXiv:2010.13871v1"]
bib = "~/refs.bib"
""")
    profile = loaded.profile("michaud")
    assert profile.aliases == ("E. J. Michaud",) and profile.since == dt.date(2020, 1, 1)
    assert profile.exclude == ("2010.13871",) and profile.bib == Path("~/refs.bib").expanduser()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[arxiv]\ndelay = -1\n", "'delay' must not be negative"),
        ("[arxiv]\npage_size = 5000\n", "'page_size' must be between 1 and 2000"),
        ("[arxiv]\ndelay = 'slow'\n", "'delay' must be an integer or a number, not str"),
        ("[arxiv]\nspeed = 1\n", "unknown key 'speed'"),
        ("[bibtex]\nascii = 1\n", "'ascii' must be true or false, not int"),
        ("[bibtex]\ncitekey = 'mine'\n", "'citekey' must be bbt, google, arxiv or a key formula: citekey formula 'mine': unknown function 'mine'"),
        ("[bibtex]\nstyle = 'apa'\n", "'style' must be one of bibtex, biblatex"),
        ("[profiles.x]\naliases = ['a']\n", "needs 'author'"),
        ("[profiles.x]\nauthor = 'A'\nexclude = ['not-an-id']\n", "'exclude' has 'not-an-id', which is not an arXiv id"),
        ("[profiles.x]\nauthor = 'A'\nsince = 'last year'\n", "'since' must be a date"),
        ("[zotro]\n", "unknown key 'zotro'"),
        ("[arxiv\n", "invalid TOML"),
    ],
)
def test_mistakes_are_errors_that_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load(tmp_path, text)


def test_the_bibtex_section_is_read_with_its_types(tmp_path: Path) -> None:
    loaded = load(tmp_path, """
[bibtex]
citekey = "auth.lower + year"
style = "biblatex"
abstract = true
max_authors = 10
protect = ["Markov"]
""")
    assert loaded.bibtex == config.BibtexSettings(
        citekey="auth.lower + year", style=Style.BIBLATEX, abstract=True, max_authors=10, protect=("Markov",))


def test_a_missing_named_config_is_an_error_but_a_missing_default_is_empty(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        config.load(tmp_path / "nope.toml")
    assert config.load().profiles == {}


def test_the_environment_overrides_the_arxiv_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFSYNC_ARXIV_URL", "http://127.0.0.1:1/api/query")
    assert load(tmp_path, "[arxiv]\napi_url = 'https://mirror/api'\n").arxiv.api_url == "http://127.0.0.1:1/api/query"


def test_an_unknown_profile_lists_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[profiles.michaud]\nauthor = 'Eric J. Michaud'\n")
    result = run_cli(f"--config {path} diff tegmark")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"refsync: error: no profile 'tegmark' in {path} (profiles: michaud)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[zotero]\nitem_type = 'journal'\n", "'item_type' must be preprint or published"),
        ("[zotero]\nlibrary_id = 1\ngroup = 2\n", "give 'library_id' (a user library) or 'group', not both"),
        ("[zotero]\ntags = 'yes'\n", "'tags' must be true or false, not str"),
        ("[zotero]\nretries = 0\n", "[zotero]: 'retries' must be at least 1"),
        ("[zotero]\ncolection = 'x'\n", "unknown key 'colection'"),
        ("[profiles.x]\nauthor = 'A'\ncollection = 3\n", "'collection' must be a string, not int"),
    ],
)
def test_zotero_mistakes_are_errors_that_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load(tmp_path, text)


def test_the_zotero_section_and_a_profile_collection_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = load(tmp_path, """
[zotero]
group = 777
collection = "Michaud papers"
tags = true
item_type = "published"
backoff = 0

[profiles.michaud]
author = "Eric J. Michaud"
collection = "Reading list"
""")
    assert (loaded.zotero.group, loaded.zotero.library_id, loaded.zotero.collection) == (777, None, "Michaud papers")
    assert loaded.zotero.items.tags and loaded.zotero.items.item_type == "published"
    assert loaded.zotero.retry.backoff == 0 and loaded.zotero.api_url == "https://api.zotero.org"
    assert loaded.profile("michaud").collection == "Reading list"
    monkeypatch.setenv("REFSYNC_ZOTERO_URL", "http://127.0.0.1:1")
    assert load(tmp_path, "").zotero.api_url == "http://127.0.0.1:1"
