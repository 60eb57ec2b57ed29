"""Published versions from Semantic Scholar (``--published semanticscholar``), against its loopback stand-in."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import bibtexparser
import httpx2
import pytest

from refsync.published.semanticscholar import SemanticScholar, candidate_from
from refsync.published.settings import PublishedSettings
from tests.conftest import ZOTERO_USER, run_cli
from tests.servers.semanticscholar import SemanticScholarStandIn, recorded_papers
from tests.servers.zotero import ZoteroEmulator

AUTHOR = '--author "Eric J. Michaud"'
PUBLISHED = "--published semanticscholar"
# Papers without a journal_ref that the stand-in names a conference for (their arXiv comments say so).
CONFERENCE = {"2505.15811", "2405.14860", "2303.13506", "2205.10343"}


@pytest.fixture
def config(s2_config: Path) -> Path:
    return s2_config


def sync(bib: Path, *options: str) -> tuple[dict[str, dict], str]:
    result = run_cli(f"sync {AUTHOR} --bib {bib} --create --yes {' '.join(options)}")
    assert result.exit_code == 0, result.stderr
    entries = bibtexparser.loads(bib.read_text("utf-8")).entries
    return {e["eprint"]: e for e in entries}, result.stderr


def batch(ids: list[str], url: str, **params: str) -> httpx2.Response:
    return httpx2.post(f"{url}/paper/batch", params={"fields": "title,venue", **params}, json={"ids": ids})


# --- the stand-in is the documented API ---------------------------------------------------------


def test_stand_in_answers_in_request_order_with_null_for_an_unknown_id(s2: SemanticScholarStandIn) -> None:
    answer = batch(["arXiv:2303.13506", "arXiv:0000.00000", "ARXIV:2405.14860"], s2.url).json()
    assert [p and p["title"] for p in answer] == [
        "The Quantization Model of Neural Scaling", None, "Not All Language Model Features Are One-Dimensionally Linear"]
    assert set(answer[0]) == {"paperId", "title", "venue"}


def test_stand_in_rejects_more_than_500_ids_and_unknown_fields_with_json_errors(s2: SemanticScholarStandIn) -> None:
    too_many = batch([f"arXiv:2303.{n:05d}" for n in range(501)], s2.url)
    assert too_many.status_code == 400 and "500" in too_many.json()["error"]
    assert batch(["arXiv:2303.13506"], s2.url, fields="title,shoeSize").status_code == 400


# --- opt-in --------------------------------------------------------------------------------------


def test_without_published_the_index_is_never_asked(config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    entries, _ = sync(tmp_path / "refs.bib")
    assert s2.requests == []
    assert entries["2303.13506"]["ENTRYTYPE"] == "misc"


def test_a_profile_turns_it_on_and_another_source_is_a_config_error(config: Path, s2: SemanticScholarStandIn,
                                                                     tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    config.write_text(config.read_text() + f'[profiles.eric]\nauthor = "Eric J. Michaud"\nbib = "{bib}"\n'
                      'published = "semanticscholar"\n')
    assert run_cli("sync eric --create --yes").exit_code == 0
    assert len(s2.requests) == 1
    config.write_text(config.read_text().replace('published = "semanticscholar"', 'published = "dblp"'))
    bad = run_cli("diff eric")
    assert bad.exit_code == 2 and "must be one of semanticscholar" in bad.stderr


# --- new papers are written as published ---------------------------------------------------------


def test_new_conference_papers_are_written_as_inproceedings_with_the_arxiv_fields_kept(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    quantization = entries["2303.13506"]
    assert quantization["ENTRYTYPE"] == "inproceedings"
    assert quantization["booktitle"] == "Advances in Neural Information Processing Systems"
    assert (quantization["year"], quantization["archiveprefix"], quantization["url"]) == (
        "2023", "arXiv", "https://arxiv.org/abs/2303.13506")
    assert {k for k, e in entries.items() if e["ENTRYTYPE"] == "inproceedings"} == CONFERENCE | {"2403.19647"}
    assert "4 of 15 papers asked about have a published version (1 requests)" in stderr


def test_a_workshop_paper_the_index_files_under_arxiv_stays_a_preprint(config: Path, s2: SemanticScholarStandIn,
                                                                       tmp_path: Path) -> None:
    entries, _ = sync(tmp_path / "refs.bib", PUBLISHED)
    assert entries["2012.05862"]["ENTRYTYPE"] == "misc"


def test_papers_whose_arxiv_journal_ref_names_the_venue_are_not_sent(config: Path, s2: SemanticScholarStandIn,
                                                                     tmp_path: Path) -> None:
    sync(tmp_path / "refs.bib", PUBLISHED)
    (request,) = s2.requests
    assert len(request.ids) == 15
    assert "arXiv:2403.19647" not in request.ids and "arXiv:2410.19750" not in request.ids


def test_short_venue_names_on_request(config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    entries, _ = sync(tmp_path / "refs.bib", PUBLISHED, "--short-venues")
    assert entries["2303.13506"]["booktitle"] == "NeurIPS"
    assert entries["2405.14860"]["booktitle"] == "ICLR"


def _journal_version(year: int) -> dict:
    """2303.13506 as if the index knew a journal version of it (its comment names only NeurIPS)."""
    journal = copy.deepcopy(next(p for p in recorded_papers() if p["externalIds"]["ArXiv"] == "2303.13506"))
    journal.update(publicationVenue={"name": "Physical review. E", "type": "journal"}, venue="Physical review. E",
                   journal={"name": "Physical review. E", "volume": "108", "pages": "014305-014320"}, year=year)
    journal["externalIds"]["DOI"] = "10.9999/example.108.014305"
    return journal


def test_a_journal_version_dated_after_its_preprint_becomes_an_article_named_as_cited(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    s2.add(_journal_version(2024))
    entries, _ = sync(tmp_path / "refs.bib", PUBLISHED)
    article = entries["2303.13506"]
    assert (article["ENTRYTYPE"], article["journal"], article["volume"], article["pages"], article["doi"]) == (
        "article", "Physical Review E", "108", "014305--014320", "10.9999/example.108.014305")
    assert article["year"] == "2024"


def test_a_published_version_the_index_dates_only_by_its_preprint_is_refused(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    s2.add(_journal_version(2023))  # 2023 is the preprint's year, and the comment names no journal
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    assert entries["2303.13506"]["ENTRYTYPE"] == "misc" and "doi" not in entries["2303.13506"]
    assert ("warning: 2303.13506: Semantic Scholar places it in Physical Review E but gives it no year other than "
            "the preprint's, nor does the arXiv comment: not used") in stderr


def test_the_year_of_a_conference_is_the_one_the_arxiv_comment_gives_not_the_preprints(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    entries, _ = sync(tmp_path / "refs.bib", PUBLISHED)
    iclr = entries["2405.14860"]  # posted in May 2024, "Accepted to ICLR 2025"; the index says 2024
    assert (iclr["booktitle"], iclr["year"]) == ("International Conference on Learning Representations", "2025")


# --- never a guess -------------------------------------------------------------------------------


def _linked_to(s2: SemanticScholarStandIn, arxiv_id: str, **changes: object) -> None:
    other = copy.deepcopy(next(p for p in recorded_papers() if p["externalIds"]["ArXiv"] == arxiv_id))
    other.update(changes)
    s2.add(other, arxiv_id=arxiv_id)


def test_an_index_linking_the_arxiv_id_to_another_paper_by_the_same_authors_is_refused(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    _linked_to(s2, "2205.10343", title="Omnigrok: Grokking Beyond Algorithmic Data", year=2023,
               authors=[{"name": "Ziming Liu"}, {"name": "Eric J. Michaud"}, {"name": "Max Tegmark"}],
               publicationVenue={"name": "International Conference on Learning Representations", "type": "conference"})
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    assert entries["2205.10343"]["ENTRYTYPE"] == "misc" and "booktitle" not in entries["2205.10343"]
    assert "warning: 2205.10343: Semantic Scholar links it to 'Omnigrok: Grokking Beyond Algorithmic Data'" in stderr
    assert "another work: not used" in stderr


def test_an_index_linking_the_arxiv_id_to_a_sequel_is_refused(config: Path, s2: SemanticScholarStandIn,
                                                              tmp_path: Path) -> None:
    _linked_to(s2, "2303.13506", title="The Quantization Model of Neural Scaling II", year=2025)
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    assert entries["2303.13506"]["ENTRYTYPE"] == "misc"
    assert "2303.13506: Semantic Scholar links it to 'The Quantization Model of Neural Scaling II'" in stderr


def test_a_record_with_other_authors_is_refused_even_with_the_same_title(config: Path, s2: SemanticScholarStandIn,
                                                                         tmp_path: Path) -> None:
    _linked_to(s2, "2303.13506", authors=[{"name": "Jane Doe"}, {"name": "John Roe"}])
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    assert entries["2303.13506"]["ENTRYTYPE"] == "misc"
    assert "2303.13506: Semantic Scholar links it to" in stderr


# --- polite ---------------------------------------------------------------------------------------


def test_a_second_run_the_same_day_asks_nothing(config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    sync(tmp_path / "one.bib", PUBLISHED)
    entries, stderr = sync(tmp_path / "two.bib", PUBLISHED)
    assert len(s2.requests) == 1
    assert entries["2303.13506"]["ENTRYTYPE"] == "inproceedings" and "(0 requests)" in stderr


def test_a_429_is_waited_out_as_retry_after_says(config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    s2.inject(status=429, body=json.dumps({"message": "Too Many Requests.", "code": "429"}),
              headers={"Retry-After": "0"})
    entries, _ = sync(tmp_path / "refs.bib", PUBLISHED)
    assert [r.status for r in s2.requests] == [429, 200]
    assert entries["2303.13506"]["ENTRYTYPE"] == "inproceedings"


def test_an_index_that_is_down_is_a_warning_and_papers_are_written_as_preprints(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path) -> None:
    s2.inject(status=503, times=10)
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    assert len(s2.requests) == 3
    assert entries["2303.13506"]["ENTRYTYPE"] == "misc"
    assert "warning: Semantic Scholar did not answer after 3 attempts: HTTP 503" in stderr
    assert "Traceback" not in stderr


def test_an_api_key_from_the_environment_is_sent_and_never_printed(
        config: Path, s2: SemanticScholarStandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s2.api_key = "s2-secret-key-123"
    monkeypatch.setenv("SEMANTIC_SCHOLAR_API_KEY", "s2-secret-key-123")
    result = run_cli(f"-v sync {AUTHOR} --bib {tmp_path / 'refs.bib'} --create --yes {PUBLISHED}")
    assert result.exit_code == 0
    assert s2.requests[0].headers.get("x-api-key") == "s2-secret-key-123"
    assert "s2-secret-key-123" not in result.stdout + result.stderr


def test_a_rejected_api_key_is_a_warning(config: Path, s2: SemanticScholarStandIn, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    s2.api_key = "the-right-one"
    monkeypatch.setenv("SEMANTIC_SCHOLAR_API_KEY", "a-wrong-one")
    entries, stderr = sync(tmp_path / "refs.bib", PUBLISHED)
    assert "warning: Semantic Scholar refused the API key (HTTP 403)" in stderr
    assert "a-wrong-one" not in stderr and entries["2303.13506"]["ENTRYTYPE"] == "misc"


# --- Zotero ---------------------------------------------------------------------------------------


def test_zotero_items_become_conference_papers_with_the_arxiv_id_in_extra(
        config: Path, s2: SemanticScholarStandIn, zotero: ZoteroEmulator) -> None:
    config.write_text(config.read_text() + "[zotero]\nretries = 4\nbackoff = 0\ntimeout = 5\ncreate_collection = true\n")
    library = zotero.library("user", ZOTERO_USER)
    result = run_cli(f'sync {AUTHOR} --zotero --collection "Michaud papers" --yes {PUBLISHED}')
    assert result.exit_code == 0, result.stderr
    (paper,) = [d for d in library.items.values() if d.get("extra", "").startswith("arXiv:2303.13506")]
    assert paper["itemType"] == "conferencePaper"
    assert (paper["proceedingsTitle"], paper["date"]) == ("Advances in Neural Information Processing Systems", "2023")
    assert paper["extra"] == "arXiv:2303.13506 [cs.LG]" and paper["url"] == "http://arxiv.org/abs/2303.13506"
    (workshop,) = library.find_items(archiveID="arXiv:2012.05862")
    assert workshop["itemType"] == "preprint"
    assert run_cli(f'diff {AUTHOR} --zotero --collection "Michaud papers" --json').json()["summary"]["new"] == 0


# --- reading Semantic Scholar's answers -----------------------------------------------------------


def test_more_than_500_ids_are_asked_in_batches_of_500(s2: SemanticScholarStandIn) -> None:
    ids = ["2303.13506"] + [f"2401.{n:05d}" for n in range(600)]
    source = SemanticScholar(PublishedSettings(api_url=s2.url, delay=0))
    try:
        found = source.candidates(ids)
    finally:
        source.close()
    assert [len(r.ids) for r in s2.requests] == [500, 101]
    assert set(found) == {"2303.13506"} and found["2303.13506"].short_venue == "NeurIPS"


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"publicationVenue": None, "venue": "arXiv.org"}, "the arXiv copy is no publication"),
        ({"publicationVenue": {"name": "ArXiv", "type": "journal"}}, "a journal named ArXiv is arXiv"),
        ({"publicationVenue": {"name": "Some Workshop", "type": None}}, "neither a conference nor a journal"),
        ({"externalIds": {"ArXiv": "2210.01117"}}, "the answer is about another arXiv paper"),
    ],
)
def test_answers_that_name_no_published_version_give_no_candidate(changes: dict, why: str) -> None:
    paper = {**next(p for p in recorded_papers() if p["externalIds"]["ArXiv"] == "2303.13506"), **changes}
    assert candidate_from("2303.13506", paper) is None, why
