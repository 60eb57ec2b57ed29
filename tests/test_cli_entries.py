"""End to end: `refsync show` prints one paper's entry; `--style` and key formulas in sync."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from bibtexparser.bparser import BibTexParser

from refsync.bibfile import BibOptions, BibTarget
from refsync.bibfile.parse import parses_as_one_entry
from refsync.model import Paper, Plan
from refsync.plan import Selection, make_plan
from refsync.bibfile.render import RenderOptions, Style
from tests.conftest import ARXIV_DATA, MICHAUD_FEED, run_cli
from tests.entry_corpus import corpus

AUTHOR = '--author "Eric J. Michaud"'
TESTING_FEED = ARXIV_DATA / "2026_search_all_testing_p0_m10.xml"
README = Path(__file__).parents[1] / "README.md"


def nonstandard_parser() -> BibTexParser:
    """bibtexparser drops biblatex's @online unless told to keep types it does not know."""
    return BibTexParser(ignore_nonstandard_types=False)


def one_entry(text: str) -> dict[str, str]:
    entry = parses_as_one_entry(text)
    assert entry is not None, text
    return entry


def test_show_prints_the_published_article_from_a_feed() -> None:
    result = run_cli(f"show 2410.19750 --feed {MICHAUD_FEED}")
    assert result.exit_code == 0, result.stderr
    entry = one_entry(result.stdout)
    assert entry["ENTRYTYPE"] == "article" and entry["ID"] == "liGeometryConceptsSparse2025"
    assert (entry["journal"], entry["volume"], entry["number"], entry["pages"], entry["year"]) == (
        "Entropy", "27", "4", "344", "2025")
    assert (entry["eprint"], entry["archiveprefix"], entry["primaryclass"]) == ("2410.19750", "arXiv", "q-bio.NC")


def test_show_in_biblatex_style() -> None:
    entry = one_entry(run_cli(f"show arXiv:2410.19750 --feed {MICHAUD_FEED} --style biblatex").stdout)
    assert entry["ENTRYTYPE"] == "article"
    assert (entry["journaltitle"], entry["volume"], entry["number"], entry["pages"], entry["date"]) == (
        "Entropy", "27", "4", "344", "2025")
    assert (entry["eprint"], entry["eprinttype"], entry["eprintclass"]) == ("2410.19750", "arxiv", "q-bio.NC")


def test_show_as_zotero_json_gives_the_published_article_item() -> None:
    result = run_cli(f"show 2410.19750 --feed {MICHAUD_FEED} --format zotero --item-type published")
    item = json.loads(result.stdout)
    assert (item["itemType"], item["publicationTitle"], item["volume"], item["issue"], item["pages"], item["date"]) == (
        "journalArticle", "Entropy", "27", "4", "344", "2025")
    assert item["extra"] == "arXiv:2410.19750 [q-bio.NC]"
    assert item["creators"][1] == {"creatorType": "author", "firstName": "Eric J.", "lastName": "Michaud"}


def test_show_as_zotero_json_follows_the_configured_item_type() -> None:
    item = json.loads(run_cli(f"show 2410.19750 --feed {MICHAUD_FEED} --format zotero").stdout)
    assert (item["itemType"], item["archiveID"], item["repository"]) == ("preprint", "arXiv:2410.19750", "arXiv")
    assert "Entropy 2025, 27(4), 344" in item["extra"]


def test_show_asks_the_arxiv_api_by_id_when_no_feed_is_given(config_file: Path, arxiv) -> None:
    result = run_cli("show https://arxiv.org/abs/2403.19647")
    entry = one_entry(result.stdout)
    assert entry["ENTRYTYPE"] == "inproceedings"
    assert entry["booktitle"] == "International Conference on Learning Representations" and entry["year"] == "2025"
    assert arxiv.requests[-1].params["id_list"] == ["2403.19647"]


def test_show_with_ascii_and_a_key_formula() -> None:
    result = run_cli(f"show 2402.05110 --feed {MICHAUD_FEED} --ascii --citekey \"auth.lower + '_' + year\"")
    assert result.stdout.isascii() and result.stdout.startswith("@misc{michaud_2024,\n")
    assert "Vukeli{\\'c}, Mateja" in result.stdout


def test_show_follows_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[bibtex]\nstyle = "biblatex"\ncitekey = "google"\nmax_authors = 2\n', "utf-8")
    entry = one_entry(run_cli(f"--config {config} show 2501.16496 --feed {MICHAUD_FEED}").stdout)
    assert entry["ENTRYTYPE"] == "online" and entry["ID"] == "sharkey2025open"
    assert entry["author"].endswith(" and others") and entry["author"].count(" and ") == 2


def test_show_of_an_unknown_paper_is_a_one_line_error(config_file: Path) -> None:
    result = run_cli("show 2501.99999")
    assert result.exit_code == 3 and result.stderr == "refsync: error: arXiv has no paper 2501.99999\n"


def test_show_of_something_that_is_not_an_id_is_a_usage_error() -> None:
    result = run_cli(f"show not-an-id --feed {MICHAUD_FEED}")
    assert result.exit_code == 2 and "'not-an-id' is not an arXiv id" in result.stderr


def test_a_bad_key_formula_is_a_usage_error() -> None:
    result = run_cli(f"show 2410.19750 --feed {MICHAUD_FEED} --citekey 'auth + nonsense'")
    assert result.exit_code == 2 and "unknown function 'nonsense'" in result.stderr


def test_sync_in_biblatex_style_writes_entries_that_the_next_diff_recognises(config_file: Path, partial_bib: Path) -> None:
    run_cli(f"sync {AUTHOR} --bib {partial_bib} --style biblatex --yes")
    entries = {e["ID"]: e for e in bibtexparser.loads(partial_bib.read_text("utf-8"), nonstandard_parser()).entries}
    assert entries["michaudOpeningAIBlack2024"]["ENTRYTYPE"] == "online"
    assert entries["marksSparseFeatureCircuits2025"]["ENTRYTYPE"] == "inproceedings"
    assert run_cli(f"diff {AUTHOR} --bib {partial_bib} --json").json()["summary"]["new"] == 0


def test_every_corpus_entry_is_recognised_as_its_paper_when_read_back(tmp_path: Path) -> None:
    papers = corpus()
    for options in (RenderOptions(), RenderOptions(style=Style.BIBLATEX, ascii_only=True)):
        bib = tmp_path / f"{options.style}.bib"
        target = BibTarget(bib, BibOptions(render=options, create=True))
        target.records()
        target.apply(Plan(tuple(make_plan(papers, [], Selection()).decisions)))
        plan = make_plan(papers, BibTarget(bib).records(), Selection())
        assert plan.summary()["present"] == len(papers), options


def test_a_bib_target_uses_the_key_pinned_for_a_paper(tmp_path: Path) -> None:
    paper = Paper(arxiv_id="2303.13506", version=1, title="The Quantization Model of Neural Scaling",
                  authors=("Eric J. Michaud",))
    target = BibTarget(tmp_path / "refs.bib", BibOptions(create=True, pinned={"2303.13506": "michaud2023pinned"}))
    target.records()
    assert target.apply(make_plan([paper], [], Selection())).added == ["michaud2023pinned"]


@pytest.mark.parametrize(
    ("arxiv_id", "feed", "style"),
    [("2303.13506", MICHAUD_FEED, "bibtex"), ("2410.19750", MICHAUD_FEED, "bibtex"),
     ("2005.14124", TESTING_FEED, "bibtex"), ("2303.13506", MICHAUD_FEED, "biblatex"),
     ("2410.19750", MICHAUD_FEED, "biblatex")],
)
def test_the_readme_examples_are_what_show_prints(arxiv_id: str, feed: Path, style: str) -> None:
    assert run_cli(f"show {arxiv_id} --feed {feed} --style {style}").stdout in README.read_text("utf-8")
