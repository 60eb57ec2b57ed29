"""What refsync prints from data is printed as written: square brackets are not rich markup."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MICHAUD_FEED, MICHAUD_QUERY, run_cli
from tests.servers.arxiv import ArxivStandIn, entries_from

FIRST = "Understanding sparse autoencoder scaling in the presence of feature manifolds"


def bracketed_titles(arxiv: ArxivStandIn) -> None:
    entries = entries_from(MICHAUD_FEED)
    entries[0] = entries[0].replace(FIRST, "Ideals of Z[x] and the [/b] closing tag")
    arxiv.add_query(MICHAUD_QUERY, entries)


def closing_tag_folder(tmp_path: Path) -> Path:
    """A folder whose path reads ``.../drafts [/x]``: a closing tag to rich."""
    folder = tmp_path / "drafts [" / "x]"
    folder.mkdir(parents=True)
    return folder


def test_brackets_in_titles_reasons_and_paths_are_printed_as_written(config_file: Path, arxiv: ArxivStandIn,
                                                                    tmp_path: Path) -> None:
    bracketed_titles(arxiv)
    bib = closing_tag_folder(tmp_path) / "refs [draft].bib"
    result = run_cli(["diff", "--author", "Eric J. Michaud", "--bib", str(bib), "--create", "--category", "cs.LG"])
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert "Z[x]" in flat and "[/b] closing tag" in flat
    assert "drafts [/x]/refs [draft].bib" in flat


def test_sync_with_brackets_in_a_title_and_the_path_finishes_without_a_traceback(config_file: Path,
                                                                                   arxiv: ArxivStandIn,
                                                                                   tmp_path: Path) -> None:
    bracketed_titles(arxiv)
    bib = closing_tag_folder(tmp_path) / "refs.bib"
    result = run_cli(["sync", "--author", "Eric J. Michaud", "--bib", str(bib), "--create", "--yes"])
    assert result.exit_code == 0, result.stderr
    assert f"{bib}: added 17" in " ".join(result.stdout.split())
