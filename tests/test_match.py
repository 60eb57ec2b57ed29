"""The title tier: title, authors and year together, and a candidate list that stays short."""

from __future__ import annotations

import datetime as dt

import pytest

from refsync.match import build_index, candidates, match
from refsync.model import Found, MatchBy, Name, Paper, Record, Status


def paper(title: str, *authors: str, year: int = 2024, last: int | None = None, pid: str = "2405.14860",
          dois: tuple[str, ...] = ()) -> Paper:
    return Paper(arxiv_id=pid, version=2, title=title, authors=authors, published=dt.date(year, 5, 23),
                 updated=dt.date(last or year, 6, 1), dois=dois)


def names(*written: str) -> tuple[Name, ...]:
    """Authors as a .bib reader gives them: "Family, Given"."""
    return tuple(Name(*w.split(", ")) for w in written)


NOT_LINEAR = paper("Not All Language Model Features Are One-Dimensionally Linear",
                   "Joshua Engels", "Eric J. Michaud", "Isaac Liao", "Wes Gurnee", "Max Tegmark")
KAN2 = paper("KAN 2.0: Kolmogorov-Arnold Networks Meet Science", "Ziming Liu", "Pingchuan Ma", "Max Tegmark",
             pid="2408.10205")
ADAM = paper("Adam: A Method for Stochastic Optimization", "Diederik P. Kingma", "Jimmy Ba", year=2014, last=2017,
             pid="1412.6980")


def verdict(p: Paper, *records: Record):
    return match(p, build_index(records))


def test_a_title_changed_between_versions_is_present_with_the_scores_in_the_reason() -> None:
    v1 = Record("engels24", title="Not all language model features are linear", year=2024,
                authors=names("Engels, J.", "Michaud, E. J.", "Liao, I."))
    found = verdict(NOT_LINEAR, v1)
    assert (found.status, found.match.by) == (Status.PRESENT, MatchBy.TITLE)
    assert found.reason == ("title similarity 82% (words added: one dimensionally), year 2024 (arXiv 2024), "
                            "authors Engels, Michaud, Liao")


def test_a_dropped_subtitle_with_the_same_authors_is_present() -> None:
    short = Record("kingma15", title="Adam", year=2015, authors=names("Kingma, D. P.", "Ba, J."))
    found = verdict(ADAM, short)
    assert found.status is Status.PRESENT and "subtitle dropped" in found.reason


def test_a_dropped_subtitle_with_one_shared_author_is_only_uncertain() -> None:
    short = Record("other", title="Adam", year=2015, authors=names("Kingma, D. P.", "Smith, J."))
    found = verdict(ADAM, short)
    assert found.status is Status.UNCERTAIN and found.record is short and "other" in found.reason


def test_the_same_first_author_and_year_do_not_make_a_sequel_the_paper() -> None:
    kan = Record("liu2024kan", title="{KAN}: Kolmogorov-Arnold networks", year=2024,
                 authors=names("Liu, Ziming", "Wang, Yixuan", "Tegmark, Max"))
    assert verdict(KAN2, kan).status is Status.NEW


def test_a_comment_on_the_paper_by_its_own_authors_is_new() -> None:
    reply = Record("reply", title="Reply to comment on \"Not all language model features are one-dimensionally linear\"",
                   year=2024, authors=names("Engels, Joshua", "Michaud, Eric J."))
    assert verdict(NOT_LINEAR, reply).status is Status.NEW


def test_a_generic_title_needs_more_than_one_shared_author() -> None:
    deep = paper("Deep Learning", "Ian Goodfellow", "Yoshua Bengio", "Aaron Courville", year=2016, pid="1601.00001")
    nature = Record("lecun15", title="Deep learning", year=2015, authors=names("LeCun, Yann", "Bengio, Yoshua", "Hinton, Geoffrey"))
    assert verdict(deep, nature).status is Status.UNCERTAIN


def test_a_reworded_published_title_is_present_when_the_authors_agree() -> None:
    gan = paper("Generative Adversarial Networks", "Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza", year=2014,
                pid="1406.2661")
    nips = Record("goodfellow14", title="Generative adversarial nets", year=2014,
                  authors=names("Goodfellow, Ian", "Pouget-Abadie, Jean", "Mirza, Mehdi"))
    assert verdict(gan, nips).status is Status.PRESENT


def test_a_journal_version_three_years_later_is_compatible_but_ten_is_not() -> None:
    authors = names("Nakkiran, Preetum", "Kaplun, Gal")
    dd = paper("Deep Double Descent: Where Bigger Models and More Data Hurt", "Preetum Nakkiran", "Gal Kaplun",
               year=2019, pid="1912.02292")
    journal = Record("jstat", title="Deep double descent: where bigger models and more data hurt*", year=2021, authors=authors)
    late = Record("late", title="Deep double descent: where bigger models and more data hurt", year=2029, authors=authors)
    assert verdict(dd, journal).status is Status.PRESENT
    assert verdict(dd, late).status is Status.UNCERTAIN


def test_collaborations_match_by_their_whole_name() -> None:
    atlas = paper("Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC",
                  "ATLAS Collaboration", year=2012, pid="1207.7214")
    cms = Record("cms12", title="Observation of a new boson at a mass of 125 GeV with the CMS experiment at the LHC",
                 year=2012, authors=(Name("CMS Collaboration"),))
    gs = Record("aad2012", title=atlas.title, year=2012, authors=names("Aad, Georges"))
    assert verdict(atlas, cms).status is Status.NEW
    assert verdict(atlas, gs).status is Status.PRESENT


def test_a_record_with_another_published_doi_is_not_matched_by_title() -> None:
    p = paper("Deep Double Descent", "Preetum Nakkiran", dois=("10.1088/1742-5468/ac3a74",), pid="1912.02292", year=2019)
    other = Record("x", title="Deep double descent", year=2019, authors=names("Nakkiran, Preetum"),
                   dois=(Found("10.1000/other", "doi", "10.1000/other"),))
    assert verdict(p, other).status is Status.NEW


def _unrelated(n: int) -> list[Record]:
    return [Record(f"u{i}", title=f"Spectroscopy of compound zx{i:05d} under pressure", year=2000) for i in range(n)]


@pytest.mark.parametrize("library_size", [10, 1000, 5000])
def test_candidate_comparisons_do_not_grow_with_unrelated_records(library_size: int) -> None:
    entry = Record("engels24", title="Not all language model features are linear", year=2024)
    index = build_index([entry, *_unrelated(library_size)])
    assert [r.key for r in candidates(NOT_LINEAR, index)] == ["engels24"]


def test_a_word_common_in_the_library_does_not_select_candidates() -> None:
    crowd = [Record(f"m{i}", title=f"Language model number {i} study", year=2020) for i in range(500)]
    index = build_index([*crowd, *_unrelated(500)])
    assert len(candidates(NOT_LINEAR, index)) == 0
