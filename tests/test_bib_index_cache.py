"""The .bib index cache: unchanged entries are never parsed twice, and a bad cache is never believed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from refsync import bibfile, paths
from refsync.bibfile import parse
from refsync.bibfile import BibTarget
from refsync.cache import SCHEMA_VERSION
from refsync.errors import BibSyntaxError
from tests.conftest import BIB_DATA

EXTRA = "\n@misc{extra2024,\n  title = {An Appended Paper},\n  eprint = {2401.00001}\n}\n"


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_bytes((BIB_DATA / "michaud_partial.bib").read_bytes())
    return path


def read(path: Path, *, refresh: bool = False) -> BibTarget:
    target = BibTarget(path, index=bibfile.index_cache(refresh=refresh))
    target.records()
    return target


def cache_files() -> list[Path]:
    return sorted((paths.cache_dir() / "bib-index").glob("*.json"))


def uncached(path: Path) -> list:
    return parse.read_records(path.read_text(encoding="utf-8"), str(path))[1]


def test_a_first_read_parses_every_entry_and_stores_the_index(bib: Path) -> None:
    assert read(bib).parsed == 9
    assert len(cache_files()) == 1


def test_an_unchanged_file_is_not_parsed_again(bib: Path) -> None:
    read(bib)
    again = read(bib)
    assert again.parsed == 0
    assert again.records() == uncached(bib)


def test_an_appended_entry_is_the_only_one_parsed(bib: Path) -> None:
    read(bib)
    bib.write_text(bib.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    target = BibTarget(bib, index=bibfile.index_cache())
    records = target.records()
    assert target.parsed == 1
    assert records == uncached(bib)
    assert records[-1].arxiv_ids[0].value == "2401.00001"


def test_an_edited_entry_is_reparsed_and_later_entries_keep_their_true_lines(bib: Path) -> None:
    read(bib)
    text = bib.read_text(encoding="utf-8")
    bib.write_text(text.replace("year = {2025},", "year = {2025},\n  note = {two more}, \n  addendum = {lines},"),
                   encoding="utf-8")
    target = BibTarget(bib, index=bibfile.index_cache())
    records = target.records()
    assert target.parsed == 1
    assert records == uncached(bib)
    assert records[-1].line == text.count("\n", 0, text.index("@article{vaswani")) + 1 + 2


def test_changing_a_string_macro_rereads_the_entries_that_may_use_it(bib: Path) -> None:
    read(bib)
    bib.write_text(bib.read_text(encoding="utf-8").replace(
        '@string{neurips = "Advances in Neural Information Processing Systems"}',
        '@string{neurips = "NeurIPS"}'), encoding="utf-8")
    target = read(bib)
    assert target.parsed == 9
    assert target.records() == uncached(bib)


def test_refresh_parses_everything_again(bib: Path) -> None:
    read(bib)
    assert read(bib, refresh=True).parsed == 9
    assert read(bib).parsed == 0


def test_a_damaged_file_is_refused_even_when_every_entry_is_cached(bib: Path) -> None:
    read(bib)
    text = bib.read_text(encoding="utf-8")
    bib.write_text(text.replace("author={Sutton, Richard S. and Barto, Andrew G.},", "author={Sutton, Richard S.,"),
                   encoding="utf-8")
    with pytest.raises(BibSyntaxError, match="entry 'sutton2018reinforcement' is not closed"):
        read(bib)


def test_the_cache_is_plain_json_readable_by_the_user_only(bib: Path) -> None:
    read(bib)
    (path,) = cache_files()
    document = json.loads(path.read_bytes())
    assert document["refsync_cache"] == "bib-index" and document["schema"] == SCHEMA_VERSION
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.cache_dir().stat().st_mode) == 0o700


def damage_and_read_again(bib: Path, damage) -> BibTarget:  # type: ignore[no-untyped-def]
    read(bib)
    (path,) = cache_files()
    data = path.read_bytes()
    damaged = damage(data)
    assert damaged != data
    path.write_bytes(damaged)
    return read(bib)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"\x00\xffnot json at all", id="corrupt"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b'{"some": "other program"}', id="foreign"),
        pytest.param(lambda data: data.replace(b'"schema":1', b'"schema":999'), id="other-schema"),
        pytest.param(lambda data: data.replace(b'"producer":"refsync ', b'"producer":"refsync 0.0.0-old '),
                     id="older-refsync"),
        pytest.param(lambda data: data.replace(b'"Attention is All you Need"', b"12345"), id="wrong-type"),
        pytest.param(lambda data: data.replace(b'"payload":{', b'"payload":{"x":[1,2],'), id="bad-record"),
        pytest.param(lambda data: b"[" * 100_000, id="deeply-nested"),
    ],
)
def test_a_cache_that_cannot_be_trusted_is_ignored_and_rebuilt(bib: Path, damage) -> None:  # type: ignore[no-untyped-def]
    target = damage_and_read_again(bib, damage)
    assert target.parsed == 9
    assert target.records() == uncached(bib)
    assert read(bib).parsed == 0  # rebuilt


def test_a_cache_written_for_another_file_is_not_used(bib: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.bib"
    other.write_text("@misc{other, title={Something Else}, eprint={2401.99999}}\n", encoding="utf-8")
    read(other)
    read(bib)
    mine, theirs = (bibfile.index_cache().path_for(str(p.resolve())) for p in (bib, other))
    mine.write_bytes(theirs.read_bytes())
    assert read(bib).parsed == 9


def test_a_cache_that_cannot_be_written_does_not_stop_the_run(bib: Path) -> None:
    folder = paths.cache_dir() / "bib-index"
    folder.write_text("a file where the cache folder should be")
    target = read(bib)
    assert target.records() == uncached(bib)
    assert folder.is_file()
