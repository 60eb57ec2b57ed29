"""Empty and partial answers are never reported as success (issue 11: wrong answers).

Each test runs ``refsync`` against the loopback arXiv stand-in (or real feed files) in a
case where a naive client would print "0 papers" or a shorter list and exit 0.
"""

from __future__ import annotations

from pathlib import Path


from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, run_cli
from tests.servers.arxiv import ArxivStandIn, entries_from, feed

PAPER = "2410.19750"


def test_an_empty_first_page_that_arxiv_counts_results_for_is_retried(config_file: Path, arxiv: ArxivStandIn,
                                                                      tmp_path: Path) -> None:
    arxiv.inject(empty=True)
    result = run_cli(f'diff --author "Eric J. Michaud" --bib {tmp_path / "none.bib"} --create --exit-code --json')
    assert result.exit_code == 1, result.stderr
    assert len(result.json()["papers"]) == 19
    assert [r.params["start"] for r in arxiv.requests] == [["0"], ["0"]]


def test_an_empty_first_page_every_time_is_an_error_not_zero_papers(config_file: Path, arxiv: ArxivStandIn,
                                                                    tmp_path: Path) -> None:
    arxiv.inject(empty=True, times=99)
    result = run_cli(f'diff --author "Eric J. Michaud" --bib {tmp_path / "none.bib"} --create --exit-code')
    assert result.exit_code == 3 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("refsync: error: arXiv did not give a usable answer after 3 attempts: "
                           "arXiv returned an empty page at 127.0.0.1")
    assert line.endswith("(start=0) although its total says 19")


def test_an_empty_first_page_for_id_is_retried(config_file: Path, arxiv: ArxivStandIn, tmp_path: Path) -> None:
    arxiv.inject(empty=True)
    result = run_cli(f"diff --id {PAPER} --bib {tmp_path / 'none.bib'} --create --json")
    assert result.exit_code == 0, result.stderr
    assert [p["arxiv_id"] for p in result.json()["papers"]] == [PAPER]


def test_an_empty_first_page_for_show_is_retried_not_no_such_paper(config_file: Path, arxiv: ArxivStandIn) -> None:
    arxiv.inject(empty=True)
    result = run_cli(f"show {PAPER}")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@")


def test_an_empty_first_page_for_authors_is_retried(config_file: Path, arxiv: ArxivStandIn) -> None:
    arxiv.inject(empty=True)
    report = run_cli('authors "Eric J. Michaud" --json').json()
    assert report["papers"] == 19


def test_an_empty_author_feed_is_retried(config_file: Path, arxiv: ArxivStandIn, tmp_path: Path) -> None:
    arxiv.add_author_feed("michaud_e_1", entries_from(MICHAUD_FEED))
    arxiv.inject(empty=True, path=r"^/a/")
    result = run_cli(f"diff --arxiv-author-id michaud_e_1 --bib {tmp_path / 'none.bib'} --create --json")
    assert result.exit_code == 0, result.stderr
    assert len(result.json()["papers"]) == 19
    assert [r.path for r in arxiv.requests] == ["/a/michaud_e_1.atom2"] * 2


# --- names, ids and feeds that would give an empty or partial answer ----------------------------

def test_a_blank_author_is_a_usage_error_not_zero_papers(config_file: Path, tmp_path: Path) -> None:
    result = run_cli(f'diff --author " " --bib {tmp_path / "none.bib"} --create')
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == 'refsync: error: the author name is blank: give a name such as "Eric J. Michaud"\n'


def test_family_name_then_initials_without_a_comma_is_refused(config_file: Path, arxiv: ArxivStandIn,
                                                             tmp_path: Path) -> None:
    result = run_cli(f'diff --author "Tegmark M" --bib {tmp_path / "none.bib"} --create')
    assert result.exit_code == 2 and arxiv.requests == []
    assert result.stderr == ("refsync: error: 'Tegmark M' reads as the family name 'M'; "
                             'write "M Tegmark" or "Tegmark, M"\n')


def test_a_name_query_with_no_results_says_so_and_suggests_authors(config_file: Path, tmp_path: Path) -> None:
    result = run_cli(f'diff --author "Nobody Known" --bib {tmp_path / "none.bib"} --create --json')
    assert result.exit_code == 0 and result.json()["papers"] == []
    assert result.stderr == ("refsync: warning: arXiv found no papers for au:Known,N; check the spelling, "
                             'or run `refsync authors "Nobody Known"`\n')


def test_a_family_name_alone_warns_that_namesakes_are_kept(config_file: Path, arxiv: ArxivStandIn,
                                                           tmp_path: Path) -> None:
    arxiv.add_query("au:Michaud", entries_from(MICHAUD_FEED))
    result = run_cli(f'diff --author Michaud --bib {tmp_path / "none.bib"} --create --json')
    assert result.exit_code == 0 and len(result.json()["papers"]) == 19
    assert "'Michaud' has no given name or initial: papers of every author named Michaud are kept" in result.stderr


def test_an_id_arxiv_does_not_know_is_reported(config_file: Path, tmp_path: Path) -> None:
    result = run_cli(f"diff --id {PAPER} --id 2501.99999 --bib {tmp_path / 'none.bib'} --create --json")
    assert result.exit_code == 0
    assert [p["arxiv_id"] for p in result.json()["papers"]] == [PAPER]
    assert result.stderr == "refsync: warning: arXiv has no paper 2501.99999: check the id\n"


def first_page_only(tmp_path: Path) -> Path:
    """One saved page (5 entries) of the 19-result Michaud answer."""
    path = tmp_path / "page1.xml"
    path.write_text(feed(entries_from(MICHAUD_FEED)[:5], 19, 0, MICHAUD_QUERY), encoding="utf-8")
    return path


def test_a_saved_feed_that_is_one_page_of_a_longer_answer_is_refused(tmp_path: Path) -> None:
    page = first_page_only(tmp_path)
    bib = tmp_path / "refs.bib"
    result = run_cli(f'sync --author "Eric J. Michaud" --feed {page} --bib {bib} --create --yes')
    assert result.exit_code == 3 and not bib.exists()
    assert result.stderr == (f"refsync: error: feed {page} is one page of a longer answer: arXiv counted 19 results, "
                             "the feeds hold 5; save every page, or ask the API\n")


def test_every_saved_page_of_an_answer_together_is_whole(tmp_path: Path) -> None:
    entries = entries_from(MICHAUD_FEED)
    pages = []
    for start in range(0, 19, 10):
        path = tmp_path / f"page{start}.xml"
        path.write_text(feed(entries[start:start + 10], 19, start, MICHAUD_QUERY), encoding="utf-8")
        pages.append(f"--feed {path}")
    result = run_cli(f'diff --author "Eric J. Michaud" {" ".join(pages)} --bib {tmp_path / "r.bib"} --create --json')
    assert result.exit_code == 0, result.stderr
    assert len(result.json()["papers"]) == 19


def test_a_hyphenated_family_name_is_searched_whole_as_arxiv_indexes_it(config_file: Path, arxiv: ArxivStandIn,
                                                                         tmp_path: Path) -> None:
    entry = entries_from(MICHAUD_FEED)[0].replace("<name>Eric J. Michaud</name>", "<name>Asher Parker-Sartori</name>")
    arxiv.add_query("au:Parker-Sartori,A", [entry])
    result = run_cli(f'diff --author "Asher Parker-Sartori" --bib {tmp_path / "none.bib"} --create --json')
    assert result.exit_code == 0, result.stderr
    assert len(result.json()["papers"]) == 1
    assert [r.params["search_query"] for r in arxiv.requests] == [["au:Parker-Sartori,A"]]
