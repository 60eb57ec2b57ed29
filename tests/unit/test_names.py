"""Splitting names and telling namesakes apart."""

from __future__ import annotations

import pytest

from refsync.model import Name
from refsync.names import Compat, compare, overlap, parse_name


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Eric J. Michaud", Name("Michaud", "Eric J.")),
        ("Michaud, Eric J.", Name("Michaud", "Eric J.")),
        ("Christian Schroeder de Witt", Name("de Witt", "Christian Schroeder")),
        ("Ludwig van Beethoven", Name("van Beethoven", "Ludwig")),
        ("van der Waals, J. D.", Name("van der Waals", "J. D.")),
        ("Smith, Jr., John", Name("Smith", "John", "Jr.")),
        ("John Smith Jr.", Name("Smith", "John", "Jr.")),
        ("John Smith, Jr.", Name("Smith", "John", "Jr.")),
        ("Max Tegmark (MIT)", Name("Tegmark", "Max")),
        ("Plato", Name("Plato")),
    ],
)
def test_names_split_into_family_and_given(written: str, expected: Name) -> None:
    assert parse_name(written) == expected


TARGET = parse_name("Eric J. Michaud")


@pytest.mark.parametrize(
    "other", ["Eric J. Michaud", "E. J. Michaud", "Eric Michaud", "E. Michaud", "Michaud, E. J.", "ERIC J. MICHAUD",
              "Eric John Michaud", "Éric J. Michaud"],
)
def test_compatible_forms_of_a_name_are_the_same_person(other: str) -> None:
    assert compare(TARGET, parse_name(other)).compat is Compat.SAME


@pytest.mark.parametrize(
    ("other", "why"),
    [("Etienne J. Michaud", "different forename"), ("Eric K. Michaud", "different middle name"),
     ("J. Michaud", "different forename")],
)
def test_a_conflicting_forename_or_initial_is_another_person(other: str, why: str) -> None:
    verdict = compare(TARGET, parse_name(other))
    assert verdict.compat is Compat.CONFLICT and why in verdict.reason


def test_another_family_name_is_unrelated() -> None:
    assert compare(TARGET, parse_name("Eric J. Michaux")).compat is Compat.UNRELATED


@pytest.mark.parametrize(
    ("target", "other"),
    [("Jean-Pierre Dupont", "J.-P. Dupont"), ("Jean-Pierre Dupont", "Jean Pierre Dupont"),
     ("Mateja Vukelić", "Mateja Vukelic"), ("Mateja Vukelić", "Mateja Vukeli{\\'c}"),
     ("Charbel-Raphaël Segerie", "C.-R. Segerie"), ("Christian Schroeder de Witt", "C. Schroeder de Witt"),
     ("Andre de Gouvea", "André de Gouvêa"), ("José García-Lario", "Jose Garcia Lario"),
     ("Jose Garcia Lario", "José García-Lario"), ("Ludwig van Beethoven", "L. Beethoven"),
     ("L. Beethoven", "Ludwig van Beethoven")],
)
def test_accents_hyphens_and_particles_do_not_separate_one_person(target: str, other: str) -> None:
    assert compare(parse_name(target), parse_name(other)).compat is Compat.SAME


@pytest.mark.parametrize(
    ("paper_author", "entry_author"),
    [("Eric J. Michaud", Name("Michaud", "E.")), ("Andre de Gouvea", Name("de Gouv{\\^e}a", "Andr{\\'e}")),
     ("Marin Soljačić", Name("Solja{\\v{c}}i{\\'c}", "Marin")), ("Charbel-Raphaël Segerie", Name("Segerie", "C.-R.")),
     ("Angelica de Oliveira-Costa", Name("Oliveira-Costa", "Angélica de")), ("John Smith Jr.", Name("Smith", "J.", "Jr."))],
)
def test_an_entry_author_in_another_spelling_is_shared(paper_author: str, entry_author: Name) -> None:
    assert overlap((paper_author,), (entry_author,)).shared


def test_overlap_is_strong_with_two_shared_authors_led_by_the_same_one() -> None:
    paper = ("Ziming Liu", "Eric J. Michaud", "Max Tegmark")
    assert overlap(paper, (Name("Liu", "Z."), Name("Tegmark", "M."))).strong
    assert not overlap(paper, (Name("Tegmark", "M."), Name("Liu", "Z."))).strong
    assert not overlap(paper, (Name("Liu", "Zhuang"),)).strong


def test_a_namesake_with_another_initial_is_not_shared() -> None:
    assert not overlap(("Ziming Liu",), (Name("Liu", "Yinhan"),)).shared


def test_collaborations_are_compared_whole_and_are_not_persons() -> None:
    atlas = overlap(("ATLAS Collaboration",), (Name("CMS Collaboration"),))
    assert not atlas.shared and not atlas.comparable
    assert overlap(("ATLAS Collaboration",), (Name("ATLAS Collaboration"),)).shared == ("ATLAS Collaboration",)


def test_overlap_is_whole_only_when_both_lists_name_the_same_persons() -> None:
    paper = ("Ziming Liu", "Eric J. Michaud", "Max Tegmark")
    assert overlap(paper, (Name("Liu", "Z."), Name("Michaud", "E. J."), Name("Tegmark", "M."))).whole
    assert not overlap(paper, (Name("Liu", "Z."), Name("Tegmark", "M."))).whole
    assert not overlap(paper, (Name("Liu", "Z."), Name("Michaud", "E."), Name("Tegmark", "M."), Name("Ba", "J."))).whole


def test_an_entry_listing_only_the_papers_leading_authors_is_a_truncated_list_and_strong() -> None:
    paper = ("Ziming Liu", "Eric J. Michaud", "Max Tegmark")
    for entry in [(Name("Liu", "Z."),), (Name("Liu", "Z."), Name("Michaud", "E."))]:
        found = overlap(paper, entry)
        assert found.truncated and found.strong


@pytest.mark.parametrize(
    "entry",
    [(Name("Michaud", "E."),), (Name("Liu", "Z."), Name("Tegmark", "M.")), (Name("Liu", "Z."), Name("Ba", "J."))],
)
def test_an_entry_listing_others_than_the_papers_leading_authors_is_not_truncated(entry: tuple[Name, ...]) -> None:
    assert not overlap(("Ziming Liu", "Eric J. Michaud", "Max Tegmark"), entry).truncated


@pytest.mark.parametrize(
    ("target", "other"),
    [("U. Schollwoeck", "Ulrich Schollw{\\\"o}ck"), ("Bernhard Schoelkopf", "Bernhard Schölkopf"),
     ("Jürgen Schmidhuber", "Juergen Schmidhuber"), ("Ulrich Schollwöck", "Ulrich Schollwock"),
     ("Ernst Mäder", "E. Maeder")],
)
def test_an_umlaut_written_out_or_dropped_is_the_same_person(target: str, other: str) -> None:
    assert compare(parse_name(target), parse_name(other)).compat is Compat.SAME
    assert overlap((target,), (parse_name(other),)).sole


@pytest.mark.parametrize(("target", "other"), [("Wei Hue", "Wei Hu"), ("Ulrich Schollwock", "Ulrich Schollwoeck")])
def test_an_e_that_no_umlaut_explains_still_separates_names(target: str, other: str) -> None:
    assert compare(parse_name(target), parse_name(other)).compat is Compat.UNRELATED
    assert not overlap((target,), (parse_name(other),)).shared


@pytest.mark.parametrize(
    ("paper_author", "entry_author"),
    [("Event Horizon Telescope Collaboration", Name("{The EHT Collaboration}")),
     ("The Astropy Collaboration", Name("Astropy Collaboration")),
     ("Sloan Digital Sky Survey Collaboration", Name("SDSS Collaboration")),
     ("Dark Energy Survey Collaboration", Name("DES Collaboration"))],
)
def test_a_collaboration_is_shared_without_the_and_under_its_acronym(paper_author: str, entry_author: Name) -> None:
    assert overlap((paper_author,), (entry_author,)).shared == (paper_author,)


@pytest.mark.parametrize("entry_author", [Name("CMS Collaboration"), Name("The ATLAS-CMS Collaboration"), Name("AT Collaboration")])
def test_another_collaboration_is_not_shared(entry_author: Name) -> None:
    assert not overlap(("ATLAS Collaboration",), (entry_author,)).shared
