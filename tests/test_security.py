"""Security: TLS is always verified, and what refsync keeps for itself is the user's alone."""

from __future__ import annotations

import os
import ssl
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from

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
    kinds = {("dir" if p.is_dir() else "file", p.relative_to(isolated_home).parts[2]) for p in written[1:]}
    assert kinds >= {("dir", "locks"), ("dir", "backups"), ("file", "locks"), ("file", "backups")}
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
