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


DEEP = paper("Deep Learning", "Ian Goodfellow", "Yoshua Bengio", "Aaron Courville", year=2016, pid="1601.00001")


def test_a_generic_title_with_only_a_later_author_in_common_is_another_work() -> None:
    nature = Record("lecun15", title="Deep learning", year=2015, authors=names("LeCun, Yann", "Bengio, Yoshua", "Hinton, Geoffrey"))
    assert verdict(DEEP, nature).status is Status.NEW


def test_a_generic_title_without_authors_is_another_work() -> None:
    assert verdict(DEEP, Record("dl", title="Deep learning", year=2016)).status is Status.NEW


def test_a_generic_title_with_the_same_first_author_alone_is_only_uncertain() -> None:
    book = Record("gbc16", title="Deep learning", year=2016, authors=names("Goodfellow, Ian", "Smith, Jane"))
    found = verdict(DEEP, book)
    assert found.status is Status.UNCERTAIN and "the title is short" in found.reason


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


DOUBLE_DESCENT = paper("Deep Double Descent: Where Bigger Models and More Data Hurt", "Preetum Nakkiran", "Gal Kaplun",
                       "Yamini Bansal", dois=("10.1088/1742-5468/ac3a74",), pid="1912.02292", year=2019)
CONFERENCE_DOI = (Found("10.1000/iclr.2020.1", "doi", "10.1000/iclr.2020.1"),)


def test_another_versions_doi_with_the_same_title_and_the_very_same_authors_is_present() -> None:
    conference = Record("nk20", title="Deep double descent: where bigger models and more data hurt", year=2020,
                        authors=names("Nakkiran, Preetum", "Kaplun, Gal", "Bansal, Yamini"), dois=CONFERENCE_DOI)
    found = verdict(DOUBLE_DESCENT, conference)
    assert found.status is Status.PRESENT and "10.1000/iclr.2020.1" in found.reason


def test_another_doi_with_only_some_of_the_authors_is_only_uncertain() -> None:
    partial = Record("nk20", title="Deep double descent: where bigger models and more data hurt", year=2020,
                     authors=names("Nakkiran, Preetum", "Kaplun, Gal"), dois=CONFERENCE_DOI)
    found = verdict(DOUBLE_DESCENT, partial)
    assert found.status is Status.UNCERTAIN and "another DOI (10.1000/iclr.2020.1)" in found.reason


def test_another_arxiv_id_is_another_work_whatever_the_title() -> None:
    extended = Record("nk21", title="Deep double descent: where bigger models and more data hurt", year=2021,
                      authors=names("Nakkiran, Preetum", "Kaplun, Gal", "Bansal, Yamini"),
                      arxiv_ids=(Found("2101.00001", "eprint", "2101.00001"),))
    assert verdict(DOUBLE_DESCENT, extended).status is Status.NEW


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


def test_an_entry_adding_a_genre_subtitle_to_the_papers_title_is_another_work() -> None:
    p = paper("Tensor networks", "Ada Quill", pid="1801.00001", year=2018)
    survey = Record("quill19", title="Tensor networks: a survey", year=2019, authors=names("Quill, Ada"))
    assert verdict(p, survey).status is Status.NEW


def test_an_entry_adding_a_subtitle_to_a_short_paper_title_is_only_uncertain() -> None:
    p = paper("Deep Double Descent", "Preetum Nakkiran", "Gal Kaplun", pid="1912.02292", year=2019)
    longer = Record("nk21", title="Deep double descent: where bigger models and more data hurt", year=2021,
                    authors=names("Nakkiran, Preetum", "Kaplun, Gal"))
    found = verdict(p, longer)
    assert found.status is Status.UNCERTAIN and "subtitle added" in found.reason


def test_an_entry_dropping_a_subtitle_that_names_a_genre_is_only_uncertain() -> None:
    p = paper("Tensor networks: a review", "Ada Quill", pid="1801.00001", year=2018)
    short = Record("quill18", title="Tensor networks", year=2018, authors=names("Quill, Ada"))
    assert verdict(p, short).status is Status.UNCERTAIN


def test_a_title_continued_without_a_separator_by_the_same_authors_and_year_is_only_uncertain() -> None:
    qaoa = paper("A Quantum Approximate Optimization Algorithm", "Edward Farhi", "Jeffrey Goldstone", "Sam Gutmann",
                 pid="1411.4028", year=2014)
    sequel = Record("farhi14b", year=2014, authors=names("Farhi, Edward", "Goldstone, Jeffrey", "Gutmann, Sam"),
                    title="A Quantum Approximate Optimization Algorithm Applied to a Bounded Occurrence Constraint Problem")
    found = verdict(qaoa, sequel)
    assert found.status is Status.UNCERTAIN and "title continued" in found.reason


def test_a_dropped_subtitle_with_the_first_author_and_others_is_present() -> None:
    short = Record("adam", title="Adam", year=2015, authors=names("Kingma, D. P."))
    found = verdict(ADAM, short)
    assert found.status is Status.PRESENT and "subtitle dropped" in found.reason


def test_the_year_of_the_papers_own_journal_reference_is_compatible_however_late() -> None:
    anyons = Paper(arxiv_id="quant-ph/9707021", version=1, title="Fault-tolerant quantum computation by anyons",
                   authors=("A. Yu. Kitaev",), published=dt.date(1997, 7, 9), updated=dt.date(1997, 7, 9),
                   journal_ref="Annals Phys. 303 (2003) 2-30")
    journal = Record("k03", title="Fault-tolerant quantum computation by anyons", year=2003, authors=names("Kitaev, A. Yu."))
    elsewhere = Record("k07", title="Fault-tolerant quantum computation by anyons", year=2007, authors=names("Kitaev, A. Yu."))
    assert verdict(anyons, journal).status is Status.PRESENT
    assert verdict(anyons, elsewhere).status is Status.UNCERTAIN


def test_a_published_title_spelling_out_an_acronym_is_present_with_the_same_authors() -> None:
    arxiv = paper("Sample-Efficient Deep RL with World Models", "Ada Quill", "Ben Ortiz", pid="2101.00002", year=2021)
    journal = Record("quill22", year=2022, authors=names("Quill, Ada", "Ortiz, Ben"),
                     title="Sample-efficient deep reinforcement learning with learned world models")
    found = verdict(arxiv, journal)
    assert found.status is Status.PRESENT and "rl spelled out" in found.reason


def test_a_short_title_lengthened_by_another_first_author_is_another_work() -> None:
    p = paper("Topological insulators", "Ada Quill", "Ben Ortiz", pid="1002.00001", year=2010)
    other = Record("o11", title="Topological insulators and superconductors", year=2011, authors=names("Lee, Kim", "Ortiz, Ben"))
    same_lead = Record("q11", title="Topological insulators and superconductors", year=2011, authors=names("Quill, Ada", "Lee, Kim"))
    assert verdict(p, other).status is Status.NEW
    assert verdict(p, same_lead).status is Status.UNCERTAIN


def test_an_entry_putting_words_in_front_of_the_papers_whole_title_is_only_uncertain() -> None:
    superconductivity = paper("Unconventional superconductivity in magic-angle graphene superlattices",
                              "Yuan Cao", "Valla Fatemi", year=2018, pid="1803.02342")
    thesis = Record("cao2020thesis", year=2020, authors=names("Cao, Yuan"),
                    title="Correlated insulators and unconventional superconductivity in magic-angle graphene superlattices")
    found = verdict(superconductivity, thesis)
    assert found.status is Status.UNCERTAIN and "words added: correlated insulators" in found.reason


def test_a_published_title_with_a_word_inserted_is_still_present() -> None:
    solver = paper("A variational eigenvalue solver on a quantum processor", "Alberto Peruzzo", "Jarrod McClean",
                   year=2013, pid="1304.3061")
    published = Record("peruzzo2014", year=2014, authors=names("Peruzzo, Alberto", "McClean, Jarrod"),
                       title="A variational eigenvalue solver on a photonic quantum processor")
    assert verdict(solver, published).status is Status.PRESENT


SCORE_SDE = paper("Score-Based Generative Modeling through Stochastic Differential Equations: Theory and Sampling",
                  "Yang Song", "Jascha Sohl-Dickstein", "Diederik P. Kingma", year=2020, pid="2011.13456")


def test_a_journal_version_that_rewords_the_subtitle_with_the_same_authors_is_present() -> None:
    journal = Record("song21", title="Score-based generative modeling through stochastic differential equations: "
                     "sampling and likelihood theory", year=2021,
                     authors=names("Song, Yang", "Sohl-Dickstein, Jascha", "Kingma, Diederik P."))
    found = verdict(SCORE_SDE, journal)
    assert found.status is Status.PRESENT and "same main title" in found.reason


def test_mojibake_in_names_and_title_does_not_hide_the_paper() -> None:
    """UTF-8 decoded as Latin-1 on the way into a .bib ("SchÃ¶lkopf", "â€“"): repaired while folding."""
    p = paper("Causal Inference — A Primer by Schölkopf", "Jérôme Müller", year=2016, pid="1605.09522")
    entry = Record("mueller16", title="Causal Inference â€” A Primer by SchÃ¶lkopf", year=2016,
                   authors=names("MÃ¼ller, JÃ©rÃ´me"))
    found = verdict(p, entry)
    assert found.status is Status.PRESENT and found.reason.startswith("same title")


def test_a_workshop_version_with_another_subtitle_is_at_least_uncertain() -> None:
    workshop = Record("song20ws", title="Score-Based Generative Modeling through Stochastic Differential Equations: "
                      "A Workshop Account", year=2020, authors=names("Song, Yang", "Kingma, Diederik P."))
    assert verdict(SCORE_SDE, workshop).status is Status.UNCERTAIN


def test_papers_of_a_series_sharing_a_main_title_are_never_present() -> None:
    wmap = paper("First Year Wilkinson Microwave Anisotropy Probe (WMAP) Observations: Preliminary Maps and Basic Results",
                 "C. L. Bennett", "M. Halpern", "G. Hinshaw", year=2003, pid="astro-ph/0302207")
    other = Record("wmap-params", title="First Year Wilkinson Microwave Anisotropy Probe (WMAP) Observations: "
                   "Determination of Cosmological Parameters", year=2003,
                   authors=names("Bennett, C. L.", "Halpern, M.", "Hinshaw, G."))
    assert verdict(wmap, other).status is Status.UNCERTAIN


def test_a_different_verb_in_the_middle_with_the_same_authors_is_uncertain_not_new() -> None:
    p = paper("Diffusion Models Beat GANs", "Prafulla Dhariwal", "Alex Nichol", year=2021, pid="2105.05233")
    entry = Record("dhariwal21ws", title="Diffusion Models Outperform GANs", year=2021,
                   authors=names("Dhariwal, Prafulla", "Nichol, Alex"))
    assert verdict(p, entry).status is Status.UNCERTAIN


def test_a_doi_is_the_same_doi_whatever_its_case() -> None:
    written = paper("Some other title", "Someone Else", dois=("10.1103/PhysRevE.104.055302",), pid="2106.00026")
    held = Record("x", title="Unrelated", year=2021, authors=names("Nobody, A."),
                  dois=(Found("10.1103/physreve.104.055302", "doi", "10.1103/physreve.104.055302"),))
    found = verdict(written, held)
    assert (found.status, found.match.by) == (Status.PRESENT, MatchBy.DOI)
