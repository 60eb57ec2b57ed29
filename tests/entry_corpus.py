"""Papers whose entries must compile cleanly: real arXiv records plus the hard cases.

- every paper in the recorded arXiv responses (`tests/data/arxiv`): real titles,
  abstracts, 25-author lists, accented names, published DOIs, an old-style id, and
  journal refs that parse and that do not;
- one paper per real journal_ref in `tests/data/journal_refs.json`, so every shape the
  parser knows (APS, HEP compressed, MDPI, Vol./No./pp., conferences with a year,
  proceedings with page ranges) and every ref it declines reaches bibtex and biber;
- hand-made extremes: 40 authors with particles, suffixes, accents and a collaboration;
  titles and abstracts full of math, LaTeX special characters and unbalanced braces;
  old-style ids; preprints with no journal ref; a DOI without a journal ref.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from refsync.arxiv import read_feed_files
from refsync.journalref import JournalRef
from refsync.model import Paper
from refsync.published.semanticscholar import candidate_from
from refsync.published.versions import Candidate, published_year, with_venue

DATA = Path(__file__).parent / "data"
FEEDS = ["michaud_listing.xml", "2026_search_all_testing_p0_m10.xml", "2026_id_list_oldstyle_astro-ph_0601001.xml",
         "legacy_dialect_sample.xml", "tegmark_published.xml"]

NAMES = (
    "Mateja Vukelić", "Jérémy Scheurer", "Charbel-Raphaël Segerie", "Łukasz Kaiser", "Gábor Erdős", "Ștefan Țăranu",
    "Çağlar Gülçehre", "Søren Kierkegaard", "Jürgen Schmidhuber", "Nuño Pérez-Ñandú", "José García-Lario",
    "Andre de Gouvea", "J. D. van der Waals", "Christian Schroeder de Witt", "Martin Luther King Jr.",
    "ATLAS Collaboration", "Ana And Sousa", "Plato", "Zoë O'Brien-Smith", "Åsa Ångström",
)

TITLES = (
    "50% of $N^{-\\alpha}$ & R_2 #1 ~ 2^k: a {study",
    "α-synuclein folding at 3 μm and Δ ≤ 0.5 in Łódź",
    "Schr\\\"odinger's \\emph{cats}, \\LaTeX{} and the Ångström scale",
    "p < 0.05 > q for C++ & C# in 100% of cases_",
    "Heat-bath random walks with Markov bases",
    "GPT-4, LLMs and 3D k-NN: Does it work? An analysis",
    "Display math $$E = mc^2$$ and a lone $ sign \\ here",
    "Ends with a backslash \\",
    "Closing } before opening {",
    "Ünïcödé “quotes” — dashes – and ellipses…",
)

ABSTRACT = (
    "We show that   50% of features\nfollow $N^{-\\alpha}$ scaling & that\t$\\mathcal{O}(n \\log n)$ "
    "holds for R_2 > 0.9 (#3, ~10^6 tokens). Braces { and } appear; so does \\textbf{bold} text."
)


def _hard_cases() -> list[Paper]:
    base = dict(version=1, published=dt.date(2024, 5, 1), primary_class="cs.LG", abstract=ABSTRACT)
    papers = [
        Paper(arxiv_id=f"2401.{10000 + i}", title=title, authors=NAMES[i : i + 3] or NAMES[:2], **base)  # type: ignore[arg-type]
        for i, title in enumerate(TITLES)
    ]
    papers.append(Paper(arxiv_id="2402.00001", title="A Forty-Author Paper",
                        authors=NAMES + tuple(f"Author{i} Person{i}" for i in range(20)), **base))  # type: ignore[arg-type]
    papers.append(Paper(arxiv_id="hep-th/9901001", version=2, title="Old-style identifiers in $D=4$",
                        authors=("Juan Maldacena",), published=dt.date(1999, 1, 4), primary_class="hep-th"))
    papers.append(Paper(arxiv_id="math/0611800", version=1, title="An old id with a subject class",
                        authors=("Terence Tao",), published=dt.date(2006, 11, 27), primary_class="math.CA"))
    papers.append(Paper(arxiv_id="2403.00002", title="Published with a DOI only", authors=("Ada Lovelace",),
                        dois=("10.1000/xyz_123%45",), **base))  # type: ignore[arg-type]
    papers.append(Paper(arxiv_id="2403.00003", title="Submitted somewhere", authors=("Ada Lovelace",),
                        journal_ref="Submitted to J. Stat. Mech. & Co. (50% done) {draft", **base))  # type: ignore[arg-type]
    return papers


def _journal_ref_cases() -> list[Paper]:
    cases = json.loads((DATA / "journal_refs.json").read_text("utf-8"))
    return [
        Paper(arxiv_id=f"2301.{20000 + i}", version=1, title=TITLES[i % len(TITLES)],
              authors=NAMES[i % len(NAMES) :][:4] or NAMES[:4], published=dt.date(2023, 1, 2),
              primary_class="physics.gen-ph", journal_ref=case["ref"])
        for i, case in enumerate(cases)
    ]


def corpus() -> list[Paper]:
    recorded = [_published(p) for p in read_feed_files([DATA / "arxiv" / name for name in FEEDS])]
    return recorded + _journal_ref_cases() + _hard_cases()


def _published(paper: Paper) -> Paper:
    """The paper with the published version the Semantic Scholar stand-in's data names, as --published makes it.

    One more, a journal version with pages, publisher and DOI, stands for the article case.
    """
    answers = {p["externalIds"]["ArXiv"]: p for p in json.loads((DATA / "semanticscholar" / "papers.json").read_text())["papers"]}
    if paper.arxiv_id == "2501.12391":
        venue = JournalRef("article", journal="Journal of Statistical Mechanics: Theory & Experiment", volume="2025",
                           number="3", pages="033401--033425", year=2025, publisher="IOP Publishing")
        return with_venue(paper, Candidate(paper.arxiv_id, "x", paper.title, paper.authors, 2025, venue,
                                           doi="10.9999/jstat.2025.033401"))
    candidate = candidate_from(paper.arxiv_id, answers[paper.arxiv_id]) if paper.arxiv_id in answers else None
    year = published_year(paper, candidate) if candidate else None
    if candidate is None or year is None or paper.journal_ref:
        return paper
    return with_venue(paper, replace(candidate, venue=replace(candidate.venue, year=year)))
