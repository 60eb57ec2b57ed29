"""Which fields of a present entry are out of date, and how its text is rewritten. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from refsync.bibfile.parse import parses_as_one_entry
from refsync.bibfile.patch import patch_entry
from refsync.bibfile.render import RenderOptions, Style, render_entry
from refsync.bibfile.update import plan_update
from refsync.errors import TargetError
from refsync.model import Decision, FieldChange, Match, MatchBy, Paper, Status, Update

PUBLISHED = Paper("2410.19750", 3, "The Geometry of Concepts: Sparse Autoencoder Feature Structure",
                  ("Yuxiao Li", "Eric J. Michaud", "Max Tegmark"), primary_class="q-bio.NC",
                  published=dt.date(2024, 10, 10), journal_ref="Entropy 2025, 27(4), 344",
                  dois=("10.3390/e27040344",))
PREPRINT = replace(PUBLISHED, journal_ref=None, dois=())
KEY = "liGeometryConceptsSparse2024"


def present(paper: Paper, by: MatchBy = MatchBy.ARXIV_ID) -> Decision:
    return Decision(paper, Status.PRESENT, "eprint = 2410.19750", Match(KEY, by))


def fields_of(entry: str) -> dict[str, str]:
    fields = parses_as_one_entry(entry)
    assert fields is not None
    return fields


def changes(update: Update | None) -> dict[str, tuple[str, str]]:
    assert update is not None
    return {c.field: (c.old, c.new) for c in update.changes}


def test_a_preprint_whose_journal_ref_parses_becomes_an_article_with_the_published_fields() -> None:
    entry = render_entry(PREPRINT, KEY)
    update = plan_update(present(PUBLISHED), fields_of(entry), RenderOptions())
    assert changes(update) == {"type": ("misc", "article"), "journal": ("", "Entropy"), "volume": ("", "27"),
                               "number": ("", "4"), "pages": ("", "344"), "year": ("2024", "2025"),
                               "doi": ("", "10.3390/e27040344")}
    assert update is not None and update.conflicts == ()


def test_an_up_to_date_entry_has_no_update() -> None:
    entry = render_entry(PUBLISHED, KEY)
    assert plan_update(present(PUBLISHED), fields_of(entry), RenderOptions()) is None


def test_a_value_the_user_wrote_is_a_conflict_and_is_not_changed() -> None:
    entry = render_entry(PUBLISHED, KEY).replace("{Entropy}", "{Entropy (Basel)}").replace("{2025}", "{2026}")
    update = plan_update(present(PUBLISHED), fields_of(entry), RenderOptions())
    assert update is not None and not update.pending
    assert set(update.conflicts) == {FieldChange("journal", "Entropy (Basel)", "Entropy"),
                                     FieldChange("year", "2026", "2025")}


def test_overwrite_lets_the_named_field_be_replaced_and_keeps_the_others_as_conflicts() -> None:
    entry = render_entry(PUBLISHED, KEY).replace("{Entropy}", "{Entropy (Basel)}").replace("{2025}", "{2026}")
    update = plan_update(present(PUBLISHED), fields_of(entry), RenderOptions(), frozenset({"journal"}))
    assert changes(update) == {"journal": ("Entropy (Basel)", "Entropy")}
    assert update is not None and update.conflicts == (FieldChange("year", "2026", "2025"),)


def test_an_article_missing_its_volume_and_doi_gets_them() -> None:
    entry = render_entry(PUBLISHED, KEY).replace("  volume        = {27},\n", "").replace(
        "  doi           = {10.3390/e27040344},\n", "")
    assert changes(plan_update(present(PUBLISHED), fields_of(entry), RenderOptions())) == {
        "volume": ("", "27"), "doi": ("", "10.3390/e27040344")}


def test_a_doi_alone_is_added_to_a_preprint_without_making_it_an_article() -> None:
    with_doi = replace(PREPRINT, dois=("10.3390/e27040344",))
    update = plan_update(present(with_doi), fields_of(render_entry(PREPRINT, KEY)), RenderOptions())
    assert changes(update) == {"doi": ("", "10.3390/e27040344")}


def test_a_title_changed_in_a_later_version_is_a_conflict_for_an_entry_matched_by_id() -> None:
    entry = render_entry(PUBLISHED, KEY)
    renamed = replace(PUBLISHED, title="The Geometry of Concepts in Sparse Autoencoders")
    update = plan_update(present(renamed), fields_of(entry), RenderOptions())
    assert update is not None and [c.field for c in update.conflicts] == ["title"]
    assert changes(plan_update(present(renamed), fields_of(entry), RenderOptions(), frozenset({"title"}))) == {
        "title": ("The Geometry of Concepts: Sparse Autoencoder Feature Structure",
                  "The Geometry of Concepts in Sparse Autoencoders")}


def test_title_and_authors_are_not_compared_for_an_entry_matched_by_title() -> None:
    entry = render_entry(PUBLISHED, KEY).replace("Li, Yuxiao and ", "")
    assert plan_update(present(PUBLISHED, MatchBy.TITLE), fields_of(entry), RenderOptions()) is None


def test_a_biblatex_entry_is_updated_in_biblatex_fields_whatever_the_configured_style() -> None:
    entry = render_entry(PREPRINT, KEY, RenderOptions(style=Style.BIBLATEX))
    update = plan_update(present(PUBLISHED), fields_of(entry), RenderOptions())
    assert changes(update)["type"] == ("online", "article")
    assert {"journaltitle", "date"} <= set(changes(update))


def test_the_patched_entry_keeps_key_user_fields_and_their_order_and_adds_fields_after_them() -> None:
    entry = ("@Misc{li2024,\r\n  title = {Geometry},\r\n  year  = {2024},\r\n  file  = {a.pdf},\r\n"
             "  keywords = {sae},\r\n}")
    update = Update("li2024", (FieldChange("type", "misc", "article"), FieldChange("year", "2024", "2025"),
                               FieldChange("journal", "", "Entropy")))
    assert patch_entry(entry, update, "\r\n") == (
        "@Article{li2024,\r\n  title = {Geometry},\r\n  year  = {2025},\r\n  file  = {a.pdf},\r\n"
        "  keywords = {sae},\r\n  journal = {Entropy},\r\n}")


def test_a_value_written_as_a_macro_or_in_quotes_is_replaced_whole() -> None:
    entry = '@misc{k,\n  year = 2024,\n  title = "A {B} c"\n}'
    update = Update("k", (FieldChange("year", "2024", "2025"), FieldChange("title", "A B c", "A B d")))
    assert patch_entry(entry, update, "\n") == "@misc{k,\n  year = {2025},\n  title = {A B d}\n}"


def test_an_update_that_would_break_the_entry_is_refused() -> None:
    update = Update("k", (FieldChange("note", "", "unbalanced {"),))
    with pytest.raises(TargetError, match="would not leave one well-formed entry"):
        patch_entry("@misc{k,\n  title = {A}\n}", update, "\n")
