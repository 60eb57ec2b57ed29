"""Fuzzing the three readers of outside input: the .bib reader, the feed parser, the config.

Inputs are recorded files with random damage (characters inserted, deleted, repeated)
and plain random input. The only failure allowed is refsync's own one-line
:class:`RefsyncError`; whatever is accepted must be usable.

Bounded for the default suite; a long run: ``REFSYNC_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refsync import config
from refsync.bibfile.parse import read_records
from refsync.errors import BibSyntaxError, ConfigError, FeedError
from refsync.arxiv.feed import parse_feed
from tests.conftest import ARXIV_DATA, BIB_DATA

EXAMPLES = int(os.environ.get("REFSYNC_FUZZ_EXAMPLES", "60"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 60,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SPECIAL = st.sampled_from(list('{}@%,="\\()#\n\r \t~$<>&;/:[]\'\x00'))
noise = (st.text(SPECIAL | st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)
         | st.sampled_from(["</entry>", "<entry>", "@misc{", "]]>", "&amp;", "<![CDATA[", "\r\n"]))


@st.composite
def damaged(draw: st.DrawFn, seed: str) -> str:
    """``seed`` with one to eight random insertions, deletions and repeats."""
    text = seed
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "repeat", "cut"]))
        if action == "insert":
            text = text[:i] + draw(noise) + text[i:]
        elif action == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 40)):]
        elif action == "repeat":
            j = min(len(text), i + draw(st.integers(1, 200)))
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i]
    return text


BIB_SEED = (BIB_DATA / "michaud_partial.bib").read_text("utf-8")
FEED_SEEDS = [p.read_text("utf-8")[:12000] for p in sorted(ARXIV_DATA.glob("*.xml"))]
CONFIG_SEED = (Path(__file__).parents[1] / "config.example.toml").read_text("utf-8")


@fuzz
@given(damaged(BIB_SEED) | st.text(SPECIAL | st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_the_bib_reader_reads_or_names_the_damage(text: str) -> None:
    try:
        blocks, records = read_records(text, "refs.bib")
    except BibSyntaxError as error:
        assert str(error).startswith("refs.bib:") and "\n" not in str(error)
        return
    lines = text.count("\n") + 1
    assert all(r.line is not None and 1 <= r.line <= lines for r in records)
    assert len(records) == sum(b.is_entry for b in blocks)


@fuzz
@given(st.sampled_from(FEED_SEEDS).flatmap(damaged).map(lambda s: s.encode("utf-8", "surrogatepass"))
       | st.binary(max_size=300))
def test_the_feed_parser_parses_or_says_the_response_is_unusable(data: bytes) -> None:
    try:
        page = parse_feed(data, source="fuzz")
    except FeedError as error:
        assert "\n" not in str(error)
        return
    assert page.entries >= len(page.papers)
    assert all(p.arxiv_id and p.version >= 1 for p in page.papers)


ARXIV_KEYS = ["api_url", "author_feed_url", "delay", "page_size", "timeout", "retries", "backoff", "max_wait"]
BIBTEX_KEYS = ["citekey", "ascii", "max_authors", "protect", "backup"]
toml_scalars = (st.text(max_size=12) | st.integers() | st.floats() | st.booleans() | st.dates() | st.datetimes()
                | st.times() | st.sampled_from(["http://[::1", "https://x/{id}", "https://x/{}", "{id}", "ftp://x",
                                                "2010.13871", "bbt", "~/r.bib", "a\0b"]))
toml_values = st.recursive(toml_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=8)


def section(keys: list[str]) -> st.SearchStrategy[dict]:  # type: ignore[type-arg]
    return st.dictionaries(st.sampled_from(keys) | st.text(max_size=4), toml_values, max_size=len(keys))


configs = st.fixed_dictionaries({}, optional={
    "arxiv": section(ARXIV_KEYS),
    "bibtex": section(BIBTEX_KEYS),
    "profiles": st.dictionaries(st.text(max_size=3), section(sorted(config.PROFILE_KEYS)) | toml_values, max_size=2),
}) | st.dictionaries(st.text(max_size=8), toml_values, max_size=3)


def assert_usable(loaded: config.Config) -> None:
    """What the loader accepts cannot fail later: every value is in range and of its type."""
    arxiv = loaded.arxiv
    assert urlsplit(arxiv.api_url).scheme in ("http", "https") and urlsplit(arxiv.api_url).hostname
    assert urlsplit(arxiv.author_feed("x_1")).hostname
    for seconds in (arxiv.delay, arxiv.timeout, arxiv.retry.backoff, arxiv.retry.max_wait):
        assert math.isfinite(seconds) and 0 <= seconds <= 86400
    assert 1 <= arxiv.page_size <= 2000 and arxiv.retry.attempts >= 1
    for profile in loaded.profiles.values():
        assert profile.since is None or type(profile.since) is dt.date
        assert profile.bib is None or "\0" not in str(profile.bib)


@fuzz
@given(configs)
def test_the_config_validator_accepts_only_usable_settings(data: dict) -> None:  # type: ignore[type-arg]
    try:
        loaded = config.parse(data)
    except ConfigError as error:
        assert "\n" not in str(error)
        return
    assert_usable(loaded)


@fuzz
@given(damaged(CONFIG_SEED) | st.text(max_size=200), st.sampled_from(["utf-8", "latin-1", "utf-16"]))
def test_the_config_loader_loads_or_names_the_problem(text: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_bytes(text.encode(encoding, "replace"))
        try:
            loaded = config.load(path)
        except ConfigError as error:
            assert str(path) in str(error)
            return
    assert_usable(loaded)
