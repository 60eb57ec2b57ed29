"""A day's arXiv answers are reused without a request; errors and partial lists never are."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from refsync.arxiv import ArxivClient, ArxivSettings, response_cache
from refsync.errors import FeedError, NetworkError
from refsync.retry import RetryPolicy
from tests.conftest import ARXIV_DATA, MICHAUD_FEED, MICHAUD_QUERY, run_cli
from tests.servers.arxiv import ArxivStandIn, entries_from, entry_id

DAY = dt.date(2026, 11, 22)


def client(arxiv: ArxivStandIn, *, day: dt.date = DAY, refresh: bool = False, page_size: int = 200) -> ArxivClient:
    settings = ArxivSettings(api_url=arxiv.api_url, delay=0.0, page_size=page_size, timeout=2.0,
                             retry=RetryPolicy(attempts=2, backoff=0.0))
    return ArxivClient(settings, sleep=lambda _: None, cache=response_cache(refresh=refresh), today=lambda: day)


def test_the_same_list_asked_again_the_same_day_costs_no_request(arxiv: ArxivStandIn) -> None:
    first = client(arxiv, page_size=10).search(MICHAUD_QUERY)
    assert len(arxiv.requests) == 2
    again = client(arxiv, page_size=10)
    assert again.search(MICHAUD_QUERY) == first
    assert again.requests == 0 and len(arxiv.requests) == 2


def test_the_next_day_the_list_is_fetched_again(arxiv: ArxivStandIn) -> None:
    client(arxiv).search(MICHAUD_QUERY)
    later = client(arxiv, day=DAY + dt.timedelta(days=1))
    assert len(later.search(MICHAUD_QUERY)) == 19
    assert later.requests == 1


def test_refresh_asks_arxiv_again_and_keeps_the_new_answer(arxiv: ArxivStandIn) -> None:
    client(arxiv).search(MICHAUD_QUERY)
    arxiv.add_query(MICHAUD_QUERY, entries_from(MICHAUD_FEED)[:3])
    assert len(client(arxiv, refresh=True).search(MICHAUD_QUERY)) == 3
    cached = client(arxiv)
    assert len(cached.search(MICHAUD_QUERY)) == 3 and cached.requests == 0


def test_other_parameters_are_another_cache_entry(arxiv: ArxivStandIn) -> None:
    client(arxiv, page_size=200).search(MICHAUD_QUERY)
    other = client(arxiv, page_size=10)
    other.search(MICHAUD_QUERY)
    assert other.requests == 2


def test_an_error_answer_is_not_cached(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=200, body=(ARXIV_DATA / "2026_error_incorrect_id_format_http400.xml").read_text(encoding="utf-8"))
    with pytest.raises(FeedError):
        client(arxiv).search(MICHAUD_QUERY)
    retry = client(arxiv)
    assert len(retry.search(MICHAUD_QUERY)) == 19 and retry.requests == 1


def test_a_list_cut_short_by_a_failing_page_is_not_cached(arxiv: ArxivStandIn) -> None:
    arxiv.inject(status=503, after=1, times=2)  # page two fails on both attempts
    with pytest.raises(NetworkError):
        client(arxiv, page_size=10).search(MICHAUD_QUERY)
    retry = client(arxiv, page_size=10)
    assert len(retry.search(MICHAUD_QUERY)) == 19
    assert retry.requests == 2  # both pages fetched again: page one alone was never stored


def test_an_empty_answer_is_not_cached(arxiv: ArxivStandIn) -> None:
    assert client(arxiv).search("au:Nobody,N") == []
    again = client(arxiv)
    again.search("au:Nobody,N")
    assert again.requests == 1


def wrong_version(papers: list) -> None:
    papers[0][1] = "two"


def impossible_date(papers: list) -> None:
    papers[3][5] = "2025-02-30"


def short_record(papers: list) -> None:
    papers[-1].pop()


def not_a_list(papers: list) -> None:
    papers[2] = {"arxiv_id": "2303.13506"}


@pytest.mark.parametrize("damage", [wrong_version, impossible_date, short_record, not_a_list])
def test_a_damaged_cached_answer_is_fetched_again(arxiv: ArxivStandIn, damage) -> None:  # type: ignore[no-untyped-def]
    client(arxiv).search(MICHAUD_QUERY)
    (path,) = response_cache().folder.glob("*.json")
    document = json.loads(path.read_bytes())
    damage(document["payload"]["papers"])
    path.write_text(json.dumps(document), encoding="utf-8")
    again = client(arxiv)
    assert len(again.search(MICHAUD_QUERY)) == 19 and again.requests == 1


def test_the_cached_answer_is_the_same_papers(arxiv: ArxivStandIn) -> None:
    arxiv.add_query("all:testing", entries_from(ARXIV_DATA / "2026_search_all_testing_p0_m10.xml"))
    fetched = client(arxiv).search("all:testing")
    assert client(arxiv).search("all:testing") == fetched
    assert any(p.dois for p in fetched) and any(p.journal_ref for p in fetched) and any(p.comment for p in fetched)


def test_known_ids_are_looked_up_in_batches(arxiv: ArxivStandIn) -> None:
    ids = [entry_id(e) for e in entries_from(MICHAUD_FEED)]
    asked = [*ids, "2401.99999"]
    batched = client(arxiv, page_size=5)
    papers = batched.by_ids(asked)
    assert {p.arxiv_id for p in papers} == set(ids)
    assert batched.requests == 4  # 20 ids, 5 per request
    assert [len(r.params["id_list"][0].split(",")) for r in arxiv.requests] == [5, 5, 5, 5]
    again = client(arxiv, page_size=5)
    assert len(again.by_ids(asked)) == 19 and again.requests == 0


def test_diff_twice_the_same_day_asks_arxiv_once_and_refresh_asks_again(
    config_file: Path, partial_bib: Path, arxiv: ArxivStandIn
) -> None:
    command = f'diff --author "Eric J. Michaud" --bib {partial_bib} --json'
    first = run_cli(command).json()
    assert run_cli(command).json() == first
    assert len(arxiv.requests) == 1
    assert run_cli(command + " --refresh").json() == first
    assert len(arxiv.requests) == 2


def test_diff_of_known_ids_checks_them_in_one_request(config_file: Path, partial_bib: Path,
                                                     arxiv: ArxivStandIn) -> None:
    report = run_cli(f"diff --id 2303.13506 --id arXiv:2505.15811v2 --id 2311.04417 --bib {partial_bib} --json").json()
    assert {p["arxiv_id"]: p["status"] for p in report["papers"]} == {
        "2303.13506": "present", "2505.15811": "new", "2311.04417": "new"}
    assert [r.params["id_list"] for r in arxiv.requests] == [["2303.13506,2505.15811,2311.04417"]]


def test_a_malformed_id_is_a_usage_error(config_file: Path, partial_bib: Path) -> None:
    result = run_cli(f"diff --id 2303.1350x --bib {partial_bib}")
    assert result.exit_code == 2
    assert "'--id' has '2303.1350x', which is not an arXiv id" in result.stderr


def test_show_twice_asks_arxiv_once_and_refresh_asks_again(config_file: Path, arxiv: ArxivStandIn) -> None:
    first = run_cli("show 2303.13506")
    assert first.exit_code == 0 and "2303.13506" in first.stdout
    assert run_cli("show 2303.13506").stdout == first.stdout
    assert len(arxiv.requests) == 1
    run_cli("show 2303.13506 --refresh")
    assert len(arxiv.requests) == 2
