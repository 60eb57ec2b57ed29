"""arXiv ids and DOIs in every form they are written in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refsync.ids import (ArxivId, arxiv_doi, clean_doi, find_arxiv_ids, find_dois, normalize_doi, parse_arxiv_id,
                         states_arxiv_id)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2303.13506", ArxivId("2303.13506")),
        ("2303.13506v3", ArxivId("2303.13506", 3)),
        ("0704.0001", ArxivId("0704.0001")),
        ("1501.00001v12", ArxivId("1501.00001", 12)),
        ("hep-th/9901001", ArxivId("hep-th/9901001")),
        ("math.CA/0611800v2", ArxivId("math/0611800", 2)),
        ("arXiv:2303.13506", ArxivId("2303.13506")),
        ("arxiv: 2303.13506v1 [cs.LG]", ArxivId("2303.13506", 1)),
        ("arXiv:math/0211159", ArxivId("math/0211159")),
        ("https://arxiv.org/abs/2303.13506v2", ArxivId("2303.13506", 2)),
        ("http://arxiv.org/abs/hep-ph/0301050v2", ArxivId("hep-ph/0301050", 2)),
        ("https://export.arxiv.org/pdf/2405.14860v1.pdf", ArxivId("2405.14860", 1)),
        ("https://www.arxiv.org/pdf/2405.14860", ArxivId("2405.14860")),
        ("10.48550/arXiv.2303.13506", ArxivId("2303.13506")),
        ("10.48550/ARXIV.2303.13506", ArxivId("2303.13506")),
        ("https://doi.org/10.48550/arXiv.math/0211159", ArxivId("math/0211159")),
        ("doi:10.48550/arXiv.2410.19750", ArxivId("2410.19750")),
    ],
)
def test_every_written_form_parses_to_the_base_id_and_version(text: str, expected: ArxivId) -> None:
    assert parse_arxiv_id(text) == expected


@pytest.mark.parametrize(
    "text",
    ["0000.0000", "2313.00001", "1301.12345", "1501.1234", "0703.0001", "foo/0101001", "hep-th/9913001",
     "https://example.org/abs/2303.13506", "10.1103/PhysRevD.69.103501", "", "arXiv preprint"],
)
def test_things_that_are_not_arxiv_ids_are_rejected(text: str) -> None:
    assert parse_arxiv_id(text) is None


def test_ids_are_found_inside_free_text() -> None:
    text = "arXiv preprint arXiv:2303.13506; see also hep-th/9901001v2 and https://arxiv.org/abs/2402.05110"
    assert [i.base for i in find_arxiv_ids(text)] == ["2303.13506", "hep-th/9901001", "2402.05110"]


def test_numbers_glued_to_other_text_are_not_ids() -> None:
    assert find_arxiv_ids("pages 12303.13506 and v2303.13506x and 1.2303.13506") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.1103/PhysRevD.69.103501", "10.1103/physrevd.69.103501"),
        ("doi:10.1016/j.physletb.2003.08.045", "10.1016/j.physletb.2003.08.045"),
        ("https://doi.org/10.3390/E27040344", "10.3390/e27040344"),
        ("http://dx.doi.org/10.1145/3395363.3397376.", "10.1145/3395363.3397376"),
        ("https://doi.org/10.1000%2Fxyz", "10.1000/xyz"),
        ("not a doi", None),
    ],
)
def test_dois_are_normalised_to_lower_case_without_prefixes(text: str, expected: str | None) -> None:
    assert normalize_doi(text) == expected


def test_a_doi_to_write_keeps_its_registrants_case_and_loses_its_resolver() -> None:
    assert clean_doi("https://doi.org/10.1103/PhysRevE.104.055302.") == "10.1103/PhysRevE.104.055302"


def test_dois_are_found_in_extra_lines() -> None:
    assert find_dois("tex.note: x\nDOI: 10.1109/ICSTW55395.2022.00035\n") == ["10.1109/icstw55395.2022.00035"]


def test_arxiv_doi_uses_arxivs_own_spelling() -> None:
    assert arxiv_doi("2303.13506") == "10.48550/arXiv.2303.13506"


new_ids = st.builds(
    lambda y, m, n: f"{y:02d}{m:02d}.{n:05d}", st.integers(15, 99), st.integers(1, 12), st.integers(0, 99999)
)
old_ids = st.builds(
    lambda a, y, m, n: f"{a}/{y:02d}{m:02d}{n:03d}",
    st.sampled_from(["hep-th", "math", "astro-ph", "cond-mat", "quant-ph"]),
    st.integers(91, 99) | st.integers(0, 7),
    st.integers(1, 12),
    st.integers(0, 999),
)
forms = st.sampled_from(
    ["{id}", "{id}v{v}", "arXiv:{id}", "arXiv:{id}v{v}", "https://arxiv.org/abs/{id}v{v}",
     "http://export.arxiv.org/pdf/{id}.pdf", "10.48550/arXiv.{id}", "https://doi.org/10.48550/arXiv.{id}"]
)


@given(new_ids | old_ids, st.integers(1, 30), forms)
def test_every_form_of_an_id_round_trips_to_the_same_base(base: str, version: int, form: str) -> None:
    parsed = parse_arxiv_id(form.format(id=base, v=version))
    assert parsed is not None and parsed.base == base
    assert parsed.version == (version if "{v}" in form else None)
    assert parse_arxiv_id(str(parsed)) == parsed


def test_an_id_after_another_registrants_doi_prefix_is_not_found_in_text() -> None:
    assert find_arxiv_ids("doi:10.5555/2010.13871") == []
    assert [i.base for i in find_arxiv_ids("https://doi.org/10.48550/arXiv.2010.13871")] == ["2010.13871"]


@pytest.mark.parametrize(("text", "states"), [
    ("arXiv:2201.00738 [hep-ex]", True), ("tex.eprint: 2201.00738", True), ("arXiv preprint arXiv:2201.00738", True),
    ("2201.00738", True), ("Comment on arXiv:2201.00738", False), ("see also arXiv:2201.00738", False),
])
def test_a_line_that_states_an_id_is_told_from_one_that_mentions_it(text: str, states: bool) -> None:
    assert states_arxiv_id(text) is states
