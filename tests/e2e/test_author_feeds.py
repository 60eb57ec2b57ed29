"""The exact author list: arxiv.org's ``/a/<author id>`` and ``/a/<ORCID>`` feeds, as arXiv's code serves them.

The stand-in builds the feeds the way arXiv/arxiv-browse's author controller does
(tests/servers/arxiv_authors.py); these tests hold refsync to that shape and to its
failure answers (HTTP 400 HTML for an unknown id or unlinked ORCID, an empty feed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refsync.arxiv import ArxivClient, ArxivSettings
from refsync.arxiv.author_ids import author_feed_id, orcid
from refsync.errors import ConfigError, SourceError
from refsync.http import RetryPolicy
from tests.conftest import MICHAUD_FEED, ZOTERO_USER, run_cli, write_config
from tests.servers.arxiv import ArxivStandIn, entries_from, entry_id, feed
from tests.servers.zotero import ZoteroEmulator
from tests.e2e.test_cli_bibtex import ALREADY_THERE, MISSING, NAMESAKES, by_status
from tests.e2e.test_cli_zotero import COLLECTION, NEW, PRESENT, seed

AUTHOR_ID = "michaud_e_1"
ORCID = "0000-0002-1825-0097"
"""ORCID's own documented example identifier: a valid check digit."""


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(arxiv: ArxivStandIn, sleeps: Sleeps | None = None, **settings: object) -> ArxivClient:
    options = {"api_url": arxiv.api_url, "delay": 0.0, "timeout": 2.0, "retry": RetryPolicy(attempts=3, backoff=0.0),
               **settings}
    return ArxivClient(ArxivSettings(**options), sleep=sleeps if sleeps is not None else Sleeps())  # type: ignore[arg-type]


@pytest.fixture
def michaud(arxiv: ArxivStandIn) -> ArxivStandIn:
    """Eric J. Michaud's account: the 17 papers he claimed (not his namesakes'), ORCID linked."""
    own = [e for e in entries_from(MICHAUD_FEED) if entry_id(e) not in NAMESAKES]
    account = arxiv.add_author_feed(AUTHOR_ID, own, orcid=ORCID)
    account.extra_dois["2410.19750"] = ["10.3390/e27040344", "10.48550/arXiv.2410.19750"]
    return arxiv


# -- the ids arXiv's route accepts -------------------------------------------------------------
@pytest.mark.parametrize("written", [ORCID, "0000000218250097", "https://orcid.org/0000-0002-1825-0097",
                                     "orcid.org/0000-0002-1825-0097/", " 0000 0002 1825 0097 ".replace(" ", "")])
def test_an_orcid_is_sent_hyphenated_without_its_url_prefix(written: str) -> None:
    assert orcid(written) == ORCID


def test_an_orcid_with_a_lower_case_check_x_is_sent_upper_case() -> None:
    assert orcid("0000-0002-1694-233x") == "0000-0002-1694-233X"


def test_an_orcid_with_a_wrong_check_digit_is_refused() -> None:
    with pytest.raises(ConfigError, match="check digit"):
        orcid("0000-0002-1825-0098")


@pytest.mark.parametrize("written", ["tegmark_m_1", "https://arxiv.org/a/tegmark_m_1.atom2",
                                     "arxiv.org/a/tegmark_m_1", "https://arxiv.org/a/tegmark_m_1.html"])
def test_a_pasted_author_page_or_feed_url_is_reduced_to_the_author_id(written: str) -> None:
    assert author_feed_id(written) == "tegmark_m_1"


def test_an_orcid_given_as_author_id_is_sent_as_the_orcid() -> None:
    assert author_feed_id("0000000218250097") == ORCID


@pytest.mark.parametrize("written", ["tegmark m 1", "tegmark/m/1", "tegmark_m_1.pdf", ""])
def test_an_author_id_arxiv_cannot_route_is_refused(written: str) -> None:
    with pytest.raises(ConfigError, match="not an arXiv author id"):
        author_feed_id(written)


# -- the feed's shape ----------------------------------------------------------------------------
def test_the_combined_author_name_of_an_atom2_feed_gives_every_author_in_order(michaud: ArxivStandIn) -> None:
    papers = {p.arxiv_id: p for p in client(michaud).author_feed(AUTHOR_ID)}
    assert papers["2509.02565"].authors == ("Eric J. Michaud", "Liv Gorton", "Tom McGrath")
    assert "<author>\n      <name>Eric J. Michaud, Liv Gorton, Tom McGrath</name>" in _served(michaud, AUTHOR_ID)


def test_an_atom2_entry_keeps_version_dates_categories_comment_and_journal_ref(michaud: ArxivStandIn) -> None:
    papers = {p.arxiv_id: p for p in client(michaud).author_feed(AUTHOR_ID)}
    paper = papers["2509.02565"]
    assert (paper.version, str(paper.published), str(paper.updated)) == (2, "2025-09-02", "2025-09-04")
    assert paper.primary_class == "cs.LG" and paper.comment == "13 pages, 8 figures, short workshop submission"
    assert papers["2410.19750"].journal_ref == "Entropy 2025, 27(4), 344"
    assert len(papers) == 17


def test_an_atom_feed_with_one_author_element_each_gives_the_same_authors(michaud: ArxivStandIn) -> None:
    separate = client(michaud, author_feed_url=f"{michaud.url}/a/{{id}}.atom").author_feed(AUTHOR_ID)
    combined = client(michaud).author_feed(AUTHOR_ID)
    assert [p.authors for p in separate] == [p.authors for p in combined]


def test_several_dois_in_the_one_doi_element_are_each_kept(michaud: ArxivStandIn) -> None:
    papers = {p.arxiv_id: p for p in client(michaud).author_feed(AUTHOR_ID)}
    assert papers["2410.19750"].dois == ("10.3390/e27040344", "10.48550/arXiv.2410.19750")  # as arXiv writes them


def test_a_paper_listed_twice_in_the_feed_is_one_paper(michaud: ArxivStandIn) -> None:
    account = michaud.accounts[0]
    account.entries.append(account.entries[0])
    assert len(client(michaud).author_feed(AUTHOR_ID)) == 17


def test_the_feed_of_a_linked_orcid_is_the_accounts_list(michaud: ArxivStandIn) -> None:
    by_orcid = client(michaud).author_feed(ORCID)
    assert {p.arxiv_id for p in by_orcid} == {p.arxiv_id for p in client(michaud).author_feed(AUTHOR_ID)}
    assert michaud.requests[0].path == f"/a/{ORCID}.atom2"


def test_a_redirected_feed_is_followed(michaud: ArxivStandIn) -> None:
    michaud.redirects["/a/michaud_e_2.atom2"] = f"{michaud.url}/a/{AUTHOR_ID}.atom2"
    assert len(client(michaud).author_feed("michaud_e_2")) == 17


# -- answers that are not the whole list ----------------------------------------------------------
def test_an_unknown_author_id_is_one_error_naming_the_id_and_the_url_without_retries(michaud: ArxivStandIn) -> None:
    with pytest.raises(SourceError) as raised:
        client(michaud).author_feed("michaud_x_9")
    message = str(raised.value)
    assert "'michaud_x_9'" in message and f"{michaud.url}/a/michaud_x_9.atom2" in message
    assert "HTTP 400" in message and "check the id" in message
    assert len(michaud.requests) == 1


def test_an_orcid_linked_to_no_account_says_to_check_the_link(michaud: ArxivStandIn) -> None:
    with pytest.raises(SourceError, match="ORCID is linked to your arXiv account"):
        client(michaud).author_feed("0000-0002-1694-233X")


def test_an_empty_author_feed_is_an_error_not_an_empty_list(arxiv: ArxivStandIn) -> None:
    arxiv.add_author_feed("nobody_n_1", [])
    with pytest.raises(SourceError, match="lists no papers.*not taken as the whole list"):
        client(arxiv).author_feed("nobody_n_1")


def test_a_feed_stating_more_papers_than_it_holds_is_refused_as_capped(michaud: ArxivStandIn) -> None:
    capped = feed(entries_from(MICHAUD_FEED)[:2], total=30, start=0, query="author")
    michaud.inject(path=r"^/a/", body=capped)
    with pytest.raises(SourceError, match="holds 2 of 30 papers"):
        client(michaud).author_feed(AUTHOR_ID)


def test_author_feed_requests_keep_arxivs_spacing_when_the_api_is_arxiv(michaud: ArxivStandIn) -> None:
    sleeps = Sleeps()
    polite = client(michaud, sleeps, api_url="https://export.arxiv.org/api/query",
                    author_feed_url=f"{michaud.url}/a/{{id}}.atom2")
    polite.author_feed(AUTHOR_ID)
    polite.author_feed(ORCID)
    assert sleeps and 2.9 < sleeps[-1] <= 3.0


# -- end to end, on both targets ------------------------------------------------------------------
def test_diff_with_an_author_id_lists_the_accounts_papers_against_a_bib(
        config_file: Path, partial_bib: Path, michaud: ArxivStandIn) -> None:
    report = run_cli(f"diff --arxiv-author-id {AUTHOR_ID} --bib {partial_bib} --json").json()
    assert by_status(report, "new") == MISSING and by_status(report, "present") == ALREADY_THERE
    assert report["summary"]["excluded"] == 0


def test_sync_with_an_orcid_url_appends_the_missing_papers_to_a_bib(
        config_file: Path, partial_bib: Path, michaud: ArxivStandIn) -> None:
    before = partial_bib.read_bytes()
    result = run_cli(f"sync --orcid https://orcid.org/{ORCID.replace('-', '')} --bib {partial_bib} --yes --json")
    assert result.exit_code == 0, result.stderr
    assert partial_bib.read_bytes().startswith(before)
    assert by_status(run_cli(f"diff --orcid {ORCID} --bib {partial_bib} --json").json(), "new") == set()
    assert michaud.requests[0].path == f"/a/{ORCID}.atom2"


def test_diff_with_an_orcid_against_zotero_lists_the_missing_papers(
        config_file: Path, zotero: ZoteroEmulator, michaud: ArxivStandIn) -> None:
    seed(zotero.library("user", ZOTERO_USER))
    report = run_cli(f'diff --orcid {ORCID} --zotero --collection "{COLLECTION}" --json').json()
    assert by_status(report, "new") == NEW and by_status(report, "present") == PRESENT


def test_sync_with_an_author_id_creates_only_the_missing_zotero_items(
        config_file: Path, zotero: ZoteroEmulator, michaud: ArxivStandIn) -> None:
    library = zotero.library("user", ZOTERO_USER)
    seed(library)
    before = set(library.items)
    result = run_cli(f'sync --arxiv-author-id {AUTHOR_ID} --zotero --collection "{COLLECTION}" --yes --json')
    assert result.exit_code == 0, result.stderr
    created = [library.items[k] for k in set(library.items) - before]
    assert {d["archiveID"].removeprefix("arXiv:") for d in created} == NEW


def test_an_unknown_author_id_on_the_command_line_is_one_line_and_exit_3(
        config_file: Path, partial_bib: Path, michaud: ArxivStandIn) -> None:
    before = partial_bib.read_bytes()
    result = run_cli(f"diff --arxiv-author-id michaud_x_9 --bib {partial_bib}")
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "michaud_x_9" in result.stderr and "/a/michaud_x_9.atom2" in result.stderr
    assert partial_bib.read_bytes() == before


def test_a_profiles_orcid_url_is_sent_in_the_form_arxiv_accepts(
        tmp_path: Path, partial_bib: Path, michaud: ArxivStandIn) -> None:
    config = write_config(tmp_path / "config.toml", michaud.api_url,
                          f'[profiles.eric]\norcid = "https://orcid.org/{ORCID.replace("-", "")}"\n')
    result = run_cli(f"--config {config} diff eric --bib {partial_bib} --json")
    assert result.exit_code == 0, result.stderr
    assert michaud.requests[0].path == f"/a/{ORCID}.atom2"


def test_a_malformed_orcid_on_the_command_line_is_a_usage_error(config_file: Path, partial_bib: Path) -> None:
    result = run_cli(f"diff --orcid 0000-0002-1825-009 --bib {partial_bib}")
    assert result.exit_code == 2 and "is not an ORCID" in result.stderr and result.stderr.count("\n") == 1


def _served(arxiv: ArxivStandIn, feed_id: str) -> str:
    import httpx2

    return httpx2.get(f"{arxiv.url}/a/{feed_id}.atom2").text
