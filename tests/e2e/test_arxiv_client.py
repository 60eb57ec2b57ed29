"""The arXiv client against the loopback stand-in: paging, politeness, retries, faults."""

from __future__ import annotations

import itertools
import pytest

from refsync.arxiv import ArxivClient, ArxivSettings, author_queries, dedupe
from refsync.errors import FeedError, NetworkError
from refsync.arxiv.feed import parse_feed
from refsync.http import USER_AGENT, RetryPolicy, min_interval
from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY
from tests.servers.arxiv import ArxivStandIn

ALL_IDS = {p.arxiv_id for p in parse_feed(MICHAUD_FEED.read_bytes()).papers}


class Sleeps(list):
    """Records what the client was asked to wait, without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(arxiv: ArxivStandIn, sleeps: Sleeps | None = None, **settings) -> ArxivClient:
    options = {"api_url": arxiv.api_url, "delay": 0.0, "page_size": 200, "timeout": 2.0,
               "retry": RetryPolicy(attempts=3, backoff=0.0), **settings}
    return ArxivClient(ArxivSettings(**options), sleep=sleeps if sleeps is not None else Sleeps())


def starts(arxiv: ArxivStandIn) -> list[int]:
    return [int(r.params["start"][0]) for r in arxiv.requests if r.path == "/api/query"]


def test_pages_advance_by_the_entries_actually_received(arxiv: ArxivStandIn) -> None:
    papers = client(arxiv, page_size=5).search(MICHAUD_QUERY)
    assert {p.arxiv_id for p in papers} == ALL_IDS and len(papers) == 19
    assert starts(arxiv) == [0, 5, 10, 15]


def test_a_server_that_caps_the_page_size_is_still_read_to_the_end(arxiv: ArxivStandIn) -> None:
    arxiv.max_page = 4
    papers = client(arxiv, page_size=10).search(MICHAUD_QUERY)
    assert len(papers) == 19
    assert starts(arxiv) == [0, 4, 8, 12, 16]


def test_a_full_last_page_asks_once_more_in_case_the_total_is_too_low(arxiv: ArxivStandIn) -> None:
    arxiv.inject(total=10, times=10)
    papers = client(arxiv, page_size=5).search(MICHAUD_QUERY)
    assert len(papers) == 19
    assert starts(arxiv) == [0, 5, 10, 15]


def test_a_total_larger_than_the_results_ends_with_an_error_not_a_partial_list(arxiv: ArxivStandIn) -> None:
    arxiv.inject(total=40, times=100)
    with pytest.raises(NetworkError, match="empty page"):
        client(arxiv, page_size=5).search(MICHAUD_QUERY)


def test_no_results_is_an_empty_list_not_an_error(arxiv: ArxivStandIn) -> None:
    assert client(arxiv).search("au:Nobody,N") == []


def test_requests_carry_a_descriptive_user_agent_and_sorting(arxiv: ArxivStandIn) -> None:
    client(arxiv).search(MICHAUD_QUERY)
    (request,) = arxiv.requests
    assert request.headers["User-Agent"] == USER_AGENT and "refsync/" in USER_AGENT
    assert request.params["sortBy"] == ["submittedDate"] and request.params["max_results"] == ["200"]


def test_arxiv_hosts_are_never_asked_more_than_once_every_three_seconds() -> None:
    assert min_interval("https://export.arxiv.org/api/query", 0) == 3.0
    assert min_interval("https://arxiv.org/a/michaud_e_1.atom2", 1) == 3.0
    assert min_interval("https://export.arxiv.org/api/query", 5) == 5.0
    assert min_interval("http://127.0.0.1:8000/api/query", 0) == 0.0
    assert min_interval("http://mirror.example.org/api/query", 0.5) == 0.5


def test_requests_are_spaced_by_the_configured_delay(arxiv: ArxivStandIn) -> None:
    ArxivClient(ArxivSettings(api_url=arxiv.api_url, delay=0.2, page_size=8)).search(MICHAUD_QUERY)
    times = [r.at for r in arxiv.requests]
    assert len(times) == 3
    assert all(b - a >= 0.19 for a, b in itertools.pairwise(times))


def test_a_429_with_a_plain_text_body_is_retried_after_retry_after(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=429, body="Rate exceeded.", headers={"Retry-After": "7"})
    sleeps = Sleeps()
    papers = client(arxiv, sleeps).search(MICHAUD_QUERY)
    assert len(papers) == 19 and len(arxiv.requests) == 2
    assert 7.0 in sleeps


def test_a_503_is_retried_with_backoff(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=503, times=2)
    sleeps = Sleeps()
    papers = client(arxiv, sleeps, retry=RetryPolicy(attempts=3, backoff=1.5)).search(MICHAUD_QUERY)
    assert len(papers) == 19
    assert [s for s in sleeps if s > 0.5] == [1.5, 3.0]


def test_a_retry_after_beyond_the_limit_stops_with_a_clear_error(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=503, headers={"Retry-After": "3600"})
    with pytest.raises(NetworkError, match="asked to wait 3600 s"):
        client(arxiv).search(MICHAUD_QUERY)


def test_an_empty_page_in_the_middle_is_retried(arxiv: ArxivStandIn) -> None:
    arxiv.inject(empty=True, after=1)
    papers = client(arxiv, page_size=5).search(MICHAUD_QUERY)
    assert len(papers) == 19
    assert starts(arxiv) == [0, 5, 5, 10, 15]


def test_a_non_xml_body_is_retried(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=200, body="<html>oops</html>")
    assert len(client(arxiv).search(MICHAUD_QUERY)) == 19


def test_a_connection_reset_is_retried(arxiv: ArxivStandIn) -> None:
    arxiv.inject(reset=True)
    assert len(client(arxiv).search(MICHAUD_QUERY)) == 19
    assert len(arxiv.requests) == 2


def test_a_server_slower_than_the_timeout_is_retried_then_reported(arxiv: ArxivStandIn) -> None:
    arxiv.inject(delay=0.6, times=3)
    with pytest.raises(NetworkError, match="timed out"):
        client(arxiv, timeout=0.2).search(MICHAUD_QUERY)


def test_an_error_feed_is_not_retried(arxiv: ArxivStandIn) -> None:
    from tests.conftest import ARXIV_DATA

    arxiv.inject(status=400, body=(ARXIV_DATA / "2026_error_incorrect_id_format_http400.xml").read_text())
    with pytest.raises(FeedError, match="incorrect id format"):
        client(arxiv).search(MICHAUD_QUERY)
    assert len(arxiv.requests) == 1


def test_backoff_header_defers_the_next_request(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=200, headers={"Backoff": "5"})
    sleeps = Sleeps()
    client(arxiv, sleeps, page_size=10).search(MICHAUD_QUERY)
    assert any(4.0 < s <= 5.0 for s in sleeps)


def test_author_id_feed_is_read_from_the_author_feed_url(arxiv: ArxivStandIn) -> None:
    from tests.servers.arxiv import entries_from

    arxiv.add_author_feed("michaud_e_1", entries_from(MICHAUD_FEED)[:5])
    papers = client(arxiv).author_feed("michaud_e_1")
    assert len(papers) == 5
    assert arxiv.requests[0].path == "/a/michaud_e_1.atom2"


def test_papers_by_id_come_back_in_the_order_asked_in_batches_without_the_unknown(arxiv: ArxivStandIn) -> None:
    wanted = ["2410.19750", "2303.13506", "2501.99999", "2210.13447"]
    papers = client(arxiv, page_size=2).by_ids(wanted)
    assert [p.arxiv_id for p in papers] == ["2410.19750", "2303.13506", "2210.13447"]
    assert [r.params["id_list"] for r in arxiv.requests] == [["2410.19750,2303.13506"], ["2501.99999,2210.13447"]]


def test_author_feed_url_defaults_to_arxiv_org_for_the_real_api() -> None:
    assert ArxivSettings().author_feed("0000-0002-7970-7855") == "https://arxiv.org/a/0000-0002-7970-7855.atom2"
    assert ArxivSettings(api_url="http://127.0.0.1:5/api/query").author_feed("x_1") == "http://127.0.0.1:5/a/x_1.atom2"


@pytest.mark.parametrize(
    ("name", "aliases", "expected"),
    [
        ("Eric J. Michaud", (), ["au:Michaud,E"]),
        ("Max Tegmark", ("M. Tegmark", "Max Erik Tegmark"), ["au:Tegmark,M"]),
        ("Mateja Vukelić", (), ["au:Vukelic,M"]),
        ("Christian Schroeder de Witt", (), ['au:"de Witt"']),
        ("Michaud", (), ["au:Michaud"]),
        ("Eric J. Michaud", ("Éric Michaud-Roy",), ["au:Michaud,E", "au:Michaud-Roy,E"]),
        ("Asher Parker-Sartori", (), ["au:Parker-Sartori,A"]),
        ("Conan O'Brien", (), ["au:O'Brien,C"]),
        ("de Bruyn Kops, S. M.", (), ['au:"de Bruyn Kops"']),
        ("Ludwig van Beethoven", (), ['au:"van Beethoven"']),
        ("José Ramírez", (), ["au:Ramirez,J"]),
    ],
)
def test_author_queries_are_broad_and_ascii(name: str, aliases: tuple[str, ...], expected: list[str]) -> None:
    assert author_queries(name, aliases) == expected


def test_dedupe_keeps_the_latest_version() -> None:
    papers = parse_feed(MICHAUD_FEED.read_bytes()).papers
    older = [p.__class__(**{**p.__dict__, "version": 1}) for p in papers]
    assert {p.version for p in dedupe([*older, *papers]) if p.arxiv_id == "2303.13506"} == {3}
