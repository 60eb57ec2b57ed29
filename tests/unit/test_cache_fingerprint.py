"""Caches are fingerprinted by the source of the modules that made them, found wherever they live."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

from refsync import cache
from refsync.cache import source_fingerprint


def load_module(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fingerprint_changes_when_a_module_source_changes(tmp_path: Path) -> None:
    path = tmp_path / "reader.py"
    path.write_text("VERSION = 1\n")
    module = load_module(path, "reader_under_test")
    before = source_fingerprint.__wrapped__(module)
    path.write_text("VERSION = 2\n")
    assert source_fingerprint.__wrapped__(module) != before


def test_a_module_without_a_source_file_is_an_error_not_a_name_hashed_instead() -> None:
    with pytest.raises(RuntimeError, match="no source file"):
        source_fingerprint.__wrapped__(types.ModuleType("refsync.nowhere"))


def test_a_module_whose_source_file_is_gone_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.py"
    path.write_text("X = 1\n")
    module = load_module(path, "gone_under_test")
    path.unlink()
    with pytest.raises(RuntimeError, match="cannot fingerprint gone_under_test"):
        source_fingerprint.__wrapped__(module)


def test_each_cache_kind_hashes_readable_sources_of_refsync_modules() -> None:
    from refsync.arxiv import response_cache
    from refsync.bibfile import index_cache
    from refsync.zotero import library_cache

    producers = {store().kind: store().producer for store in (response_cache, index_cache, library_cache)}
    assert set(producers) == {"arxiv", "bib-index", "zotero"}
    assert len(set(producers.values())) == 3
    assert all(sys.modules[name].__file__ for name in sys.modules if name.startswith("refsync."))
    assert cache.module_source(cache) == Path(cache.__file__ or "").read_bytes()


def test_the_bib_index_goes_stale_when_the_fast_reader_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    from refsync.bibfile import fastparse, index_cache

    before = index_cache().producer
    real = cache.module_source
    monkeypatch.setattr(cache, "module_source", lambda m: real(m) + (b"# edited" if m is fastparse else b""))
    cache.source_fingerprint.cache_clear()
    try:
        assert index_cache().producer != before
    finally:
        monkeypatch.undo()
        cache.source_fingerprint.cache_clear()
