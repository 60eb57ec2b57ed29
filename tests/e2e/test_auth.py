"""`refsync auth login/status/logout` with a real (file-based) keyring, and the key kept secret."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from tests.conftest import ZOTERO_KEY, ZOTERO_USER, Run, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn
from tests.servers.zotero import ZoteroEmulator

DIFF = 'diff --author "Eric J. Michaud" --zotero --collection "Michaud papers" --create-collection --json'


@pytest.fixture
def file_keyring(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> Iterator[Path]:
    """keyrings.alt's plain-text file backend, chosen the way a user would, inside the test's home.

    refsync refuses it unless told otherwise, so these tests opt in.
    """
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("REFSYNC_ALLOW_PLAINTEXT_KEYRING", "1")
    keyring.core.init_backend()
    yield isolated_home / "data" / "python_keyring"


@pytest.fixture
def no_env_key(zotero: ZoteroEmulator, monkeypatch: pytest.MonkeyPatch) -> ZoteroEmulator:
    monkeypatch.delenv("ZOTERO_API_KEY")
    return zotero


def login(key: str = ZOTERO_KEY) -> Run:
    return run_cli("auth login", input=f"{key}\n")


def assert_secret(*runs: Run) -> None:
    for run in runs:
        assert ZOTERO_KEY not in run.stdout and ZOTERO_KEY not in run.stderr


def test_login_checks_the_key_shows_what_it_reaches_and_stores_it(no_env_key: ZoteroEmulator, file_keyring: Path) -> None:
    no_env_key.add_group(777, "Lab")
    no_env_key.add_key(ZOTERO_KEY, ZOTERO_USER, groups={777: False})
    result = login()
    assert result.exit_code == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines[0] == ["Key", "of", "Zotero", "user", str(ZOTERO_USER), "(michaud-lab)."]
    assert lines[1] == [f"users/{ZOTERO_USER}", "My", "Library", "read/write"]
    assert lines[2] == ["groups/777", "Lab", "read", "only"]
    assert lines[3] == ["Stored", "the", "key", "in", "the", "OS", "keyring", "(keyrings.alt.file.PlaintextKeyring)."]
    assert keyring.get_password("refsync", "zotero-api-key") == ZOTERO_KEY
    assert (file_keyring / "keyring_pass.cfg").is_file()
    assert_secret(result)


def test_the_stored_key_is_used_by_diff_and_sync(no_env_key: ZoteroEmulator, file_keyring: Path,
                                                 tmp_path: Path, arxiv: ArxivStandIn) -> None:
    login()
    config = write_config(tmp_path / "c.toml", arxiv.api_url)
    result = run_cli(f"--config {config} {DIFF}")
    assert result.exit_code == 0, result.stderr
    assert result.json()["target"]["library"] == f"users/{ZOTERO_USER}"
    assert_secret(result)


def test_login_with_an_invalid_key_stores_nothing(no_env_key: ZoteroEmulator, file_keyring: Path) -> None:
    result = login("WrongKeyWrongKeyWrongKey")
    assert result.exit_code == 3
    assert result.stderr.endswith("refsync: error: Zotero rejected the API key (HTTP 403 Invalid key); "
                                  "run `refsync auth login` or fix ZOTERO_API_KEY\n")
    assert keyring.get_password("refsync", "zotero-api-key") is None
    assert "WrongKeyWrongKeyWrongKey" not in result.stdout + result.stderr


def test_status_says_where_the_key_comes_from(no_env_key: ZoteroEmulator, file_keyring: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    login()
    status = run_cli("auth status")
    assert status.exit_code == 0
    assert status.stdout.splitlines()[:2] == ["Zotero API key from the OS keyring.",
                                              f"Key of Zotero user {ZOTERO_USER} (michaud-lab)."]
    monkeypatch.setenv("ZOTERO_API_KEY", ZOTERO_KEY)
    overridden = run_cli("auth status")
    assert overridden.stdout.splitlines()[0] == "Zotero API key from $ZOTERO_API_KEY."
    assert_secret(status, overridden)


def test_logout_removes_the_key(no_env_key: ZoteroEmulator, file_keyring: Path) -> None:
    login()
    first, second, status = run_cli("auth logout"), run_cli("auth logout"), run_cli("auth status")
    assert first.stdout == "Removed the Zotero API key from the OS keyring.\n"
    assert second.stdout == "No Zotero API key was stored in the OS keyring.\n"
    assert status.exit_code == 2
    assert status.stderr == "refsync: error: no Zotero API key: run `refsync auth login` or set ZOTERO_API_KEY\n"
    assert keyring.get_password("refsync", "zotero-api-key") is None


def test_without_a_keyring_the_environment_still_works(zotero: ZoteroEmulator, tmp_path: Path,
                                                       arxiv: ArxivStandIn) -> None:
    config = write_config(tmp_path / "c.toml", arxiv.api_url)
    result = run_cli(f"--config {config} {DIFF}")  # conftest's keyring is the failing one
    assert result.exit_code == 0, result.stderr
    assert run_cli("auth status").stdout.startswith("Zotero API key from $ZOTERO_API_KEY.")


def test_without_a_keyring_or_environment_the_error_says_what_to_do(no_env_key: ZoteroEmulator) -> None:
    result = run_cli("auth status")
    assert result.exit_code == 2
    assert result.stderr.startswith("refsync: error: the OS keyring could not be read (NoKeyringError: ")
    assert result.stderr.endswith("; set ZOTERO_API_KEY instead\n")


def test_login_without_a_keyring_points_to_the_environment(no_env_key: ZoteroEmulator) -> None:
    result = login()
    assert result.exit_code == 3
    assert result.stderr.splitlines()[-1].startswith("refsync: error: could not store the key in the OS keyring (")
    assert result.stderr.endswith("set ZOTERO_API_KEY in your environment instead\n")
    assert_secret(result)


def test_a_key_in_the_config_file_is_ignored_with_a_warning(zotero: ZoteroEmulator, tmp_path: Path,
                                                            arxiv: ArxivStandIn) -> None:
    config = write_config(tmp_path / "c.toml", arxiv.api_url, f'[zotero]\napi_key = "{ZOTERO_KEY}"\n')
    result = run_cli(f"--config {config} {DIFF}")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"refsync: warning: {config}: 'zotero.api_key' looks like an API key; refsync ignores it "
                             "and never reads keys from files. Remove it, and use `refsync auth login` or "
                             "ZOTERO_API_KEY\n")
    assert_secret(result)


PLAINTEXT_REFUSED = ("refsync: error: the keyring backend keyrings.alt.file.PlaintextKeyring stores secrets in a "
                     "plain file; refsync will not use it: set ZOTERO_API_KEY instead "
                     "(or REFSYNC_ALLOW_PLAINTEXT_KEYRING=1 to accept that backend)\n")


def test_login_refuses_a_plain_text_keyring_and_writes_no_file(no_env_key: ZoteroEmulator, file_keyring: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REFSYNC_ALLOW_PLAINTEXT_KEYRING")
    result = login()
    assert result.exit_code == 2 and result.stderr.endswith(PLAINTEXT_REFUSED)
    assert not (file_keyring / "keyring_pass.cfg").exists()
    assert_secret(result)


def test_a_key_in_a_plain_text_keyring_is_not_used_without_the_opt_in(no_env_key: ZoteroEmulator,
                                                                      file_keyring: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    login()
    monkeypatch.delenv("REFSYNC_ALLOW_PLAINTEXT_KEYRING")
    result = run_cli("auth status")
    assert result.exit_code == 2 and result.stderr == PLAINTEXT_REFUSED
