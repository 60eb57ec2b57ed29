"""Security: TLS is always verified, what refsync keeps for itself is the user's alone, and the
Zotero API key never leaves the header it is sent in."""

from __future__ import annotations

import os
import ssl
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, ZOTERO_USER, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from
from tests.servers.zotero import ZoteroEmulator
from tests.e2e.test_cli_zotero import COLLECTION, WAITS_NEAR_ZERO, seed

AUTHOR = '--author "Eric J. Michaud"'


def https_stand_in(ca: trustme.CA, *hostnames: str) -> ArxivStandIn:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*hostnames).configure_cert(context)
    server = ArxivStandIn().start(tls=context)
    server.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED))
    return server


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_arxiv(ca: trustme.CA) -> Iterator[ArxivStandIn]:
    server = https_stand_in(ca, "127.0.0.1")
    yield server
    server.stop()


def diff(server: ArxivStandIn, tmp_path: Path, bib: Path) -> tuple[int, str]:
    config = write_config(tmp_path / "tls.toml", server.api_url)
    result = run_cli(f"--config {config} diff {AUTHOR} --bib {bib} --json")
    return result.exit_code, result.stderr


def test_a_server_certificate_from_an_unknown_authority_is_refused(https_arxiv: ArxivStandIn, tmp_path: Path,
                                                                  partial_bib: Path) -> None:
    code, stderr = diff(https_arxiv, tmp_path, partial_bib)
    assert code == 3
    assert stderr.startswith("refsync: error: arXiv did not give a usable answer") and stderr.count("\n") == 1
    assert "CERTIFICATE_VERIFY_FAILED" in stderr
    assert https_arxiv.requests == [], "no request may be sent over an unverified connection"


def test_a_certificate_for_another_host_is_refused_even_from_a_trusted_authority(
    ca: trustme.CA, tmp_path: Path, partial_bib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    server = https_stand_in(ca, "export.arxiv.org")
    try:
        code, stderr = diff(server, tmp_path, partial_bib)
    finally:
        server.stop()
    assert code == 3 and "CERTIFICATE_VERIFY_FAILED" in stderr and "IP address mismatch" in stderr
    assert server.requests == []


def test_the_same_server_is_used_once_its_authority_is_trusted(ca: trustme.CA, https_arxiv: ArxivStandIn,
                                                               tmp_path: Path, partial_bib: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusals above are certificate checks, not a broken HTTPS client."""
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    assert diff(https_arxiv, tmp_path, partial_bib) == (0, "")
    assert len(https_arxiv.requests) == 1


def refsync_files(home: Path) -> list[Path]:
    """Everything under refsync's own folders in the XDG config, cache, state and data dirs."""
    found = []
    for base in ("config", "cache", "state", "data"):
        top = home / base / "refsync"
        if top.exists():
            found += [top, *top.rglob("*")]
    return found


def test_everything_refsync_keeps_for_itself_is_readable_by_the_user_only(config_file: Path, partial_bib: Path,
                                                                          isolated_home: Path) -> None:
    previous = os.umask(0)  # a careless umask: the modes must not depend on it
    try:
        assert run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes").exit_code == 0
    finally:
        os.umask(previous)

    written = refsync_files(isolated_home)
    inside = [p for p in written if len(p.relative_to(isolated_home).parts) > 2]
    kinds = {("dir" if p.is_dir() else "file", p.relative_to(isolated_home).parts[2]) for p in inside}
    assert kinds >= {("dir", "locks"), ("dir", "backups"), ("file", "locks"), ("file", "backups"),
                     ("dir", "bib-index"), ("file", "bib-index")}
    loose = {str(p.relative_to(isolated_home)): oct(stat.S_IMODE(p.stat().st_mode))
             for p in written if stat.S_IMODE(p.stat().st_mode) & 0o077}
    assert loose == {}


def test_a_refsync_folder_left_open_to_others_is_tightened(config_file: Path, partial_bib: Path,
                                                           isolated_home: Path) -> None:
    state = isolated_home / "state" / "refsync"
    (state / "backups").mkdir(parents=True)
    for folder in (state, state / "backups"):
        folder.chmod(0o755)

    assert run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes").exit_code == 0

    assert {oct(stat.S_IMODE(f.stat().st_mode)) for f in (state, state / "backups")} == {"0o700"}


def test_the_bib_itself_keeps_the_users_own_mode_not_a_private_one(config_file: Path, partial_bib: Path) -> None:
    """Private modes are for refsync's files; the user's .bib is shared as the user shared it."""
    partial_bib.chmod(0o664)
    assert run_cli(f"sync {AUTHOR} --bib {partial_bib} --yes").exit_code == 0
    assert stat.S_IMODE(partial_bib.stat().st_mode) == 0o664


# --- the Zotero API key ---------------------------------------------------------------------------

KEY = "Sk3cr3tK3yZ0t3r0AbCdEfGh"
"""A key distinctive enough that finding it anywhere is a leak, not a coincidence."""


def refsync_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a real process: its whole stdout and stderr, logging and warnings included."""
    return subprocess.run([sys.executable, "-W", "always", "-m", "refsync", *args], capture_output=True, text=True,
                          timeout=120)


def test_the_api_key_appears_nowhere_whatever_happens(zotero: ZoteroEmulator, arxiv: ArxivStandIn, partial_bib: Path,
                                                      isolated_home: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFSYNC_CONFIG", str(write_config(tmp_path / "c.toml", arxiv.api_url, WAITS_NEAR_ZERO)))
    zotero.add_key(KEY, ZOTERO_USER)
    monkeypatch.setenv("ZOTERO_API_KEY", KEY)
    monkeypatch.chdir(tmp_path)
    caplog.set_level("DEBUG")
    seed(zotero.library("user", ZOTERO_USER))
    zotero_args = ["--author", "Eric J. Michaud", "--zotero", "--collection", COLLECTION]
    outputs = []

    def in_a_process(*args: str) -> None:  # real stderr: logging handlers, warnings, any traceback
        done = refsync_process(*args)
        outputs.append(done.stdout + done.stderr)

    def in_process(*args: str) -> None:
        done = run_cli(["-v", *args])
        outputs.append(done.stdout + done.stderr)

    in_process("diff", *zotero_args, "--json")
    in_process("diff", *zotero_args, "--show-candidates")
    zotero.inject(method="POST", path=r"/items$", status=429, times=None)
    in_a_process("-v", "sync", *zotero_args, "--yes", "--json")  # fails: rate limited throughout
    zotero.clear_faults()
    zotero.inject(method="POST", path=r"/items$", commit_then_drop=True)
    in_a_process("-v", "sync", *zotero_args, "--yes")  # recovers from an answer that never came
    in_process("sync", "--author", "Eric J. Michaud", "--bib", str(partial_bib), "--zotero", "--collection",
               COLLECTION, "--yes", "--json")
    in_process("sync", *zotero_args[:-1], "Not there", "--yes")  # fails: no such collection
    in_process("auth", "status")
    monkeypatch.setenv("REFSYNC_ZOTERO_URL", "http://127.0.0.1:9")
    in_a_process("-v", "diff", *zotero_args)  # fails: Zotero unreachable
    for output in [*outputs, caplog.text]:
        assert KEY not in output, output
    assert sum("refsync: error:" in output for output in outputs) == 3
    assert any("Michaud" in output for output in outputs)

    for path in [*isolated_home.rglob("*"), *tmp_path.rglob("*")]:
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    for request in zotero.requests:
        assert KEY not in request.raw_path, "the key must travel in a header, never in a URL"
    assert any(request.headers.get("Zotero-API-Key") == KEY for request in zotero.requests)


def test_a_key_pasted_into_the_config_file_is_warned_about_and_not_echoed_even_in_errors(
    zotero: ZoteroEmulator, arxiv: ArxivStandIn, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "c.toml", arxiv.api_url,
                          f'[zotero]\napi_url = "{KEY}"\n\n[profiles.m]\nauthor = "Eric J. Michaud"\ntoken = "{KEY}"\n')
    result = refsync_process("--config", str(config), "diff", "m")
    assert result.returncode == 2  # the profile names no library: an error that comes after the warnings
    warnings = [line for line in result.stderr.splitlines() if "looks like an API key" in line]
    assert [w.split("'")[1] for w in warnings] == ["zotero.api_url", "profiles.m.token"]
    assert KEY not in result.stdout + result.stderr


def test_the_zotero_client_verifies_certificates(ca: trustme.CA, tmp_path: Path, arxiv: ArxivStandIn,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    emulator = ZoteroEmulator().start(tls=context)
    try:
        emulator.add_user(ZOTERO_USER)
        emulator.add_key(KEY, ZOTERO_USER)
        monkeypatch.setenv("REFSYNC_ZOTERO_URL", emulator.url)
        monkeypatch.setenv("ZOTERO_API_KEY", KEY)
        config = write_config(tmp_path / "c.toml", arxiv.api_url)
        result = run_cli(f'--config {config} diff {AUTHOR} --zotero --collection "{COLLECTION}"')
    finally:
        emulator.stop()
    assert result.exit_code == 3
    assert result.stderr.startswith(f"refsync: error: cannot reach Zotero at {emulator.url}: ConnectError: ")
    assert "CERTIFICATE_VERIFY_FAILED" in result.stderr and result.stderr.count("\n") == 1
    assert emulator.requests == [], "no request may be sent over an unverified connection"
