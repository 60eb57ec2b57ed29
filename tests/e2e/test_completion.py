"""Shell completion (click's own) offers the config's profile names where a profile is expected."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROFILES = '[profiles.michaud]\nauthor = "E"\n[profiles.mira]\nauthor = "M"\n[profiles.tegmark]\nauthor = "T"\n'


def complete(words: str, tmp_path: Path, shell: str = "bash") -> list[str]:
    config = tmp_path / "config.toml"
    config.write_text(PROFILES, encoding="utf-8")
    env = {**os.environ, "REFSYNC_CONFIG": str(config), "_REFSYNC_COMPLETE": f"{shell}_complete",
           "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    script = "from refsync.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return [line.split(",", 1)[1] for line in done.stdout.splitlines()]


def test_the_profile_argument_completes_to_matching_profile_names(tmp_path: Path) -> None:
    assert complete("refsync diff mi", tmp_path) == ["michaud", "mira"]


def test_the_profile_option_of_exclude_completes_too(tmp_path: Path) -> None:
    assert complete("refsync exclude 2401.00001 --profile t", tmp_path) == ["tegmark"]


def test_a_broken_config_completes_to_nothing_instead_of_failing(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("[profiles\n", encoding="utf-8")
    env = {**os.environ, "REFSYNC_CONFIG": str(tmp_path / "bad.toml"), "_REFSYNC_COMPLETE": "bash_complete",
           "COMP_WORDS": "refsync sync m", "COMP_CWORD": "2"}
    done = subprocess.run([sys.executable, "-c", "from refsync.cli import main; main()"], env=env, check=False,
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == ""
