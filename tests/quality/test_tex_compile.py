"""Generated entries compile with the real tools: zero errors, zero warnings.

One document per style cites every entry of the corpus (:mod:`tests.entry_corpus`):
classic ``bibtex`` with ``plain`` (ASCII entries) and natbib's ``plainnat`` (UTF-8
entries), and ``biber`` with biblatex for both entry styles. The tools come from Debian's
texlive-latex-base, texlive-latex-recommended, texlive-bibtex-extra and biber (installed
by ``.ci/run``); without them these tests skip and say so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from refsync.bibfile import citekey
from refsync.bibfile.parse import parses_as_one_entry
from refsync.bibfile.patch import patch_entry
from refsync.bibfile.render import RenderOptions, Style, publication, render_entry
from refsync.bibfile.update import plan_update
from refsync.model import Decision, Match, MatchBy, Status
from tests.entry_corpus import corpus

PACKAGES = "texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber"


@dataclass(frozen=True)
class Setup:
    name: str
    preamble: str
    backend: str
    """``bibtex`` or ``biber``."""
    options: RenderOptions
    bibliography: str


SETUPS = [
    Setup("plain-ascii", "", "bibtex", RenderOptions(ascii_only=True, abstract=True),
          "\\bibliographystyle{plain}\n\\bibliography{refs}"),
    Setup("plainnat-utf8", "\\usepackage{natbib}\n", "bibtex", RenderOptions(abstract=True),
          "\\bibliographystyle{plainnat}\n\\bibliography{refs}"),
    Setup("biblatex-utf8", "\\usepackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n", "biber",
          RenderOptions(style=Style.BIBLATEX, abstract=True), "\\printbibliography"),
    Setup("biblatex-reads-bibtex-style", "\\usepackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n", "biber",
          RenderOptions(abstract=True), "\\printbibliography"),
]


def _tools_or_skip(backend: str) -> None:
    missing = [tool for tool in ("pdflatex", backend) if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (Debian: apt-get install {PACKAGES})")


def _run(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, errors="replace", timeout=120)


def _problems(log: str, pattern: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(pattern, line)]


@pytest.fixture(scope="module")
def papers() -> list:
    return corpus()


def _compile_cleanly(setup: Setup, entries: list[str], keys: list[str], folder: Path) -> None:
    """Cite every key; the backend and LaTeX must finish with no error and no warning."""
    (folder / "refs.bib").write_text("\n".join(entries), "utf-8")
    (folder / "doc.tex").write_text(
        "\\documentclass{article}\n\\usepackage{url}\n" + setup.preamble
        + "\\begin{document}\n\\cite{" + ",".join(keys) + "}\n" + setup.bibliography + "\n\\end{document}\n",
        "utf-8",
    )
    latex = ("pdflatex", "-interaction=nonstopmode", "-draftmode", "doc.tex")
    _run(folder, *latex)
    backend = _run(folder, setup.backend, "doc")
    blg = (folder / "doc.blg").read_text("utf-8", errors="replace")
    _run(folder, *latex)  # labels reach \\cite through the .aux one pass later
    final = _run(folder, *latex)  # sees every label: any warning left is real
    log = (folder / "doc.log").read_text("utf-8", errors="replace")

    assert backend.returncode == 0, blg
    assert _problems(blg, r"Warning|[Ee]rror|WARN|I was expecting|I'm skipping") == [], blg
    assert final.returncode == 0 and _problems(log, r"^!|Warning") == [], log
    bbl = (folder / "doc.bbl").read_text("utf-8", errors="replace")
    assert bbl.count("\\bibitem" if setup.backend == "bibtex" else "\\entry{") == len(keys)


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS, ids=[s.name for s in SETUPS])
def test_every_entry_compiles_without_errors_or_warnings(setup: Setup, papers: list, tmp_path: Path) -> None:
    _tools_or_skip(setup.backend)
    keys = citekey.make_keys(papers, [])
    _compile_cleanly(setup, [render_entry(p, k, setup.options) for p, k in zip(papers, keys)], keys, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS, ids=[s.name for s in SETUPS])
def test_preprint_entries_updated_to_their_publication_compile_without_errors_or_warnings(
    setup: Setup, papers: list, tmp_path: Path
) -> None:
    _tools_or_skip(setup.backend)
    published = [p for p in papers if publication(p) is not None]
    keys = citekey.make_keys(published, [])
    entries = []
    for paper, key in zip(published, keys):
        preprint = render_entry(replace(paper, journal_ref=None, dois=(), venue=None), key, setup.options)
        decision = Decision(paper, Status.PRESENT, "eprint", Match(key, MatchBy.ARXIV_ID))
        fields = parses_as_one_entry(preprint)
        assert fields is not None
        update = plan_update(decision, fields, setup.options)
        assert update is not None and update.new_type in ("article", "inproceedings")
        entries.append(patch_entry(preprint, update, "\n"))
    assert len(entries) >= 10
    _compile_cleanly(setup, entries, keys, tmp_path)
