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
from dataclasses import dataclass
from pathlib import Path

import pytest

from refsync.bibfile import citekey
from refsync.bibfile.render import RenderOptions, Style, render_entry
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


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS, ids=[s.name for s in SETUPS])
def test_every_entry_compiles_without_errors_or_warnings(setup: Setup, papers: list, tmp_path: Path) -> None:
    _tools_or_skip(setup.backend)
    keys = citekey.make_keys(papers, [])
    (tmp_path / "refs.bib").write_text("\n".join(render_entry(p, k, setup.options) for p, k in zip(papers, keys)), "utf-8")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\n\\usepackage{url}\n" + setup.preamble
        + "\\begin{document}\n\\cite{" + ",".join(keys) + "}\n" + setup.bibliography + "\n\\end{document}\n",
        "utf-8",
    )
    latex = ("pdflatex", "-interaction=nonstopmode", "-draftmode", "doc.tex")
    _run(tmp_path, *latex)
    backend = _run(tmp_path, setup.backend, "doc")
    blg = (tmp_path / "doc.blg").read_text("utf-8", errors="replace")
    _run(tmp_path, *latex)  # labels reach \\cite through the .aux one pass later
    final = _run(tmp_path, *latex)  # sees every label: any warning left is real
    log = (tmp_path / "doc.log").read_text("utf-8", errors="replace")

    assert backend.returncode == 0, blg
    assert _problems(blg, r"Warning|[Ee]rror|WARN|I was expecting|I'm skipping") == [], blg
    assert final.returncode == 0 and _problems(log, r"^!|Warning") == [], log
    bbl = (tmp_path / "doc.bbl").read_text("utf-8", errors="replace")
    assert bbl.count("\\bibitem" if setup.backend == "bibtex" else "\\entry{") == len(papers)
