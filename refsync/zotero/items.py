"""Papers as Zotero items, field by field like Zotero's own arXiv import. Pure.

The model is what "Add Item by Identifier" makes from the arXiv API (zotero/translators
``arXiv.org.js``, search path): a ``preprint`` with ``url`` ``http://arxiv.org/abs/<id>``,
the DataCite DOI, ``repository`` arXiv, ``archiveID`` and ``extra`` ``arXiv:<id> [cat]``,
``libraryCatalog`` arXiv.org, the date of the latest version and the framework's
``shortTitle`` and ``accessDate``. Two deliberate differences: names are split with
refsync's rule, which keeps particles in the family name ("Christian Schroeder de Witt"
is lastName "de Witt", not "Witt"), and a published DOI or journal reference from arXiv
is kept (the translator asks doi.org instead, which refsync does not).

Items are built with the current schema's field names; :func:`fit_to_template` then
drops whatever the server's item template for that type does not have, so refsync
follows the server's schema instead of a list written here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import names
from ..ids import arxiv_doi
from ..journalref import JournalRef, parse_journal_ref
from ..model import Paper
from .settings import ItemOptions

__all__ = [
    "CATEGORY_NAMES",
    "ItemOptions",
    "ZoteroItem",
    "build_item",
    "category_tags",
    "creator",
    "extra_lines",
    "fit_to_template",
    "short_title",
]

LIBRARY_CATALOG = "arXiv.org"
TEMPLATE_KEYS = ("key", "version", "itemType", "parentItem")
"""Properties every write may carry whatever the template lists."""

# arXiv's category names, as the Zotero translator tags items with them. An archive's
# sub-category is tagged "<Archive> - <Sub>" ("Computer Science - Machine Learning").
CATEGORY_NAMES: Mapping[str, str] = {
    "cs": "Computer Science", "econ": "Economics", "eess": "Electrical Engineering and Systems Science",
    "math": "Mathematics", "nlin": "Nonlinear Sciences", "physics": "Physics",
    "q-fin": "Quantitative Finance", "stat": "Statistics", "q-bio": "Quantitative Biology",
    "acc-phys": "Accelerator Physics", "adap-org": "Adaptation, Noise, and Self-Organizing Systems",
    "alg-geom": "Algebraic Geometry", "ao-sci": "Atmospheric-Oceanic Sciences", "astro-ph": "Astrophysics",
    "astro-ph.CO": "Cosmology and Nongalactic Astrophysics", "astro-ph.EP": "Earth and Planetary Astrophysics",
    "astro-ph.GA": "Astrophysics of Galaxies", "astro-ph.HE": "High Energy Astrophysical Phenomena",
    "astro-ph.IM": "Instrumentation and Methods for Astrophysics", "astro-ph.SR": "Solar and Stellar Astrophysics",
    "atom-ph": "Atomic, Molecular and Optical Physics", "bayes-an": "Bayesian Analysis",
    "chao-dyn": "Chaotic Dynamics", "chem-ph": "Chemical Physics", "cmp-lg": "Computation and Language",
    "comp-gas": "Cellular Automata and Lattice Gases", "cond-mat": "Condensed Matter",
    "cond-mat.dis-nn": "Disordered Systems and Neural Networks",
    "cond-mat.mes-hall": "Mesoscale and Nanoscale Physics", "cond-mat.mtrl-sci": "Materials Science",
    "cond-mat.other": "Other Condensed Matter", "cond-mat.quant-gas": "Quantum Gases",
    "cond-mat.soft": "Soft Condensed Matter", "cond-mat.stat-mech": "Statistical Mechanics",
    "cond-mat.str-el": "Strongly Correlated Electrons", "cond-mat.supr-con": "Superconductivity",
    "cs.AI": "Artificial Intelligence", "cs.AR": "Hardware Architecture", "cs.CC": "Computational Complexity",
    "cs.CE": "Computational Engineering, Finance, and Science", "cs.CG": "Computational Geometry",
    "cs.CL": "Computation and Language", "cs.CR": "Cryptography and Security",
    "cs.CV": "Computer Vision and Pattern Recognition", "cs.CY": "Computers and Society", "cs.DB": "Databases",
    "cs.DC": "Distributed, Parallel, and Cluster Computing", "cs.DL": "Digital Libraries",
    "cs.DM": "Discrete Mathematics", "cs.DS": "Data Structures and Algorithms", "cs.ET": "Emerging Technologies",
    "cs.FL": "Formal Languages and Automata Theory", "cs.GL": "General Literature", "cs.GR": "Graphics",
    "cs.GT": "Computer Science and Game Theory", "cs.HC": "Human-Computer Interaction",
    "cs.IR": "Information Retrieval", "cs.IT": "Information Theory", "cs.LG": "Machine Learning",
    "cs.LO": "Logic in Computer Science", "cs.MA": "Multiagent Systems", "cs.MM": "Multimedia",
    "cs.MS": "Mathematical Software", "cs.NA": "Numerical Analysis", "cs.NE": "Neural and Evolutionary Computing",
    "cs.NI": "Networking and Internet Architecture", "cs.OH": "Other Computer Science",
    "cs.OS": "Operating Systems", "cs.PF": "Performance", "cs.PL": "Programming Languages", "cs.RO": "Robotics",
    "cs.SC": "Symbolic Computation", "cs.SD": "Sound", "cs.SE": "Software Engineering",
    "cs.SI": "Social and Information Networks", "cs.SY": "Systems and Control", "dg-ga": "Differential Geometry",
    "econ.EM": "Econometrics", "econ.GN": "General Economics", "econ.TH": "Theoretical Economics",
    "eess.AS": "Audio and Speech Processing", "eess.IV": "Image and Video Processing",
    "eess.SP": "Signal Processing", "eess.SY": "Systems and Control", "funct-an": "Functional Analysis",
    "gr-qc": "General Relativity and Quantum Cosmology", "hep-ex": "High Energy Physics - Experiment",
    "hep-lat": "High Energy Physics - Lattice", "hep-ph": "High Energy Physics - Phenomenology",
    "hep-th": "High Energy Physics - Theory", "math-ph": "Mathematical Physics",
    "math.AC": "Commutative Algebra", "math.AG": "Algebraic Geometry", "math.AP": "Analysis of PDEs",
    "math.AT": "Algebraic Topology", "math.CA": "Classical Analysis and ODEs", "math.CO": "Combinatorics",
    "math.CT": "Category Theory", "math.CV": "Complex Variables", "math.DG": "Differential Geometry",
    "math.DS": "Dynamical Systems", "math.FA": "Functional Analysis", "math.GM": "General Mathematics",
    "math.GN": "General Topology", "math.GR": "Group Theory", "math.GT": "Geometric Topology",
    "math.HO": "History and Overview", "math.IT": "Information Theory", "math.KT": "K-Theory and Homology",
    "math.LO": "Logic", "math.MG": "Metric Geometry", "math.MP": "Mathematical Physics",
    "math.NA": "Numerical Analysis", "math.NT": "Number Theory", "math.OA": "Operator Algebras",
    "math.OC": "Optimization and Control", "math.PR": "Probability", "math.QA": "Quantum Algebra",
    "math.RA": "Rings and Algebras", "math.RT": "Representation Theory", "math.SG": "Symplectic Geometry",
    "math.SP": "Spectral Theory", "math.ST": "Statistics Theory", "mtrl-th": "Materials Theory",
    "nlin.AO": "Adaptation and Self-Organizing Systems", "nlin.CD": "Chaotic Dynamics",
    "nlin.CG": "Cellular Automata and Lattice Gases", "nlin.PS": "Pattern Formation and Solitons",
    "nlin.SI": "Exactly Solvable and Integrable Systems", "nucl-ex": "Nuclear Experiment",
    "nucl-th": "Nuclear Theory", "patt-sol": "Pattern Formation and Solitons",
    "physics.acc-ph": "Accelerator Physics", "physics.ao-ph": "Atmospheric and Oceanic Physics",
    "physics.app-ph": "Applied Physics", "physics.atm-clus": "Atomic and Molecular Clusters",
    "physics.atom-ph": "Atomic Physics", "physics.bio-ph": "Biological Physics",
    "physics.chem-ph": "Chemical Physics", "physics.class-ph": "Classical Physics",
    "physics.comp-ph": "Computational Physics", "physics.data-an": "Data Analysis, Statistics and Probability",
    "physics.ed-ph": "Physics Education", "physics.flu-dyn": "Fluid Dynamics", "physics.gen-ph": "General Physics",
    "physics.geo-ph": "Geophysics", "physics.hist-ph": "History and Philosophy of Physics",
    "physics.ins-det": "Instrumentation and Detectors", "physics.med-ph": "Medical Physics",
    "physics.optics": "Optics", "physics.plasm-ph": "Plasma Physics", "physics.pop-ph": "Popular Physics",
    "physics.soc-ph": "Physics and Society", "physics.space-ph": "Space Physics", "plasm-ph": "Plasma Physics",
    "q-alg": "Quantum Algebra and Topology", "q-bio.BM": "Biomolecules", "q-bio.CB": "Cell Behavior",
    "q-bio.GN": "Genomics", "q-bio.MN": "Molecular Networks", "q-bio.NC": "Neurons and Cognition",
    "q-bio.OT": "Other Quantitative Biology", "q-bio.PE": "Populations and Evolution",
    "q-bio.QM": "Quantitative Methods", "q-bio.SC": "Subcellular Processes", "q-bio.TO": "Tissues and Organs",
    "q-fin.CP": "Computational Finance", "q-fin.EC": "Economics", "q-fin.GN": "General Finance",
    "q-fin.MF": "Mathematical Finance", "q-fin.PM": "Portfolio Management", "q-fin.PR": "Pricing of Securities",
    "q-fin.RM": "Risk Management", "q-fin.ST": "Statistical Finance",
    "q-fin.TR": "Trading and Market Microstructure", "quant-ph": "Quantum Physics",
    "solv-int": "Exactly Solvable and Integrable Systems", "stat.AP": "Applications", "stat.CO": "Computation",
    "stat.ME": "Methodology", "stat.ML": "Machine Learning", "stat.OT": "Other Statistics",
    "stat.TH": "Statistics Theory", "supr-con": "Superconductivity",
}

_GROUP_WORDS = frozenset({"collaboration", "consortium", "team", "group", "project", "committee"})


@dataclass(frozen=True)
class ZoteroItem:
    """A new top-level item and its children (notes, attachments), without keys yet."""

    item: dict[str, Any]
    children: tuple[dict[str, Any], ...] = ()


def build_item(
    paper: Paper,
    options: ItemOptions = ItemOptions(),
    *,
    collection: str | None = None,
    accessed: dt.datetime | None = None,
) -> ZoteroItem:
    """The item Zotero's arXiv import would make for ``paper``, filed in ``collection``."""
    access_date = _timestamp(accessed or dt.datetime.now(dt.timezone.utc))
    published = parse_journal_ref(paper.journal_ref)
    if options.item_type == "published" and published is not None:
        item = _published_item(paper, published)
    else:
        item = _preprint_item(paper)
    item.update(
        creators=[creator(name) for name in paper.authors],
        abstractNote=paper.abstract,
        url=f"http://arxiv.org/abs/{paper.arxiv_id}",
        libraryCatalog=LIBRARY_CATALOG,
        accessDate=access_date,
        tags=category_tags(paper) if options.tags else [],
        collections=[collection] if collection else [],
    )
    shorter = short_title(paper.title)
    if shorter:
        item["shortTitle"] = shorter
    return ZoteroItem({k: v for k, v in item.items() if v not in ("", None)}, _children(paper, options, access_date))


def _preprint_item(paper: Paper) -> dict[str, Any]:
    return {
        "itemType": "preprint",
        "title": paper.title,
        "date": _date(paper),
        "DOI": arxiv_doi(paper.arxiv_id),
        "repository": "arXiv",
        "archiveID": f"arXiv:{paper.arxiv_id}",
        "extra": "\n".join(extra_lines(paper, with_publication=True)),
    }


def _published_item(paper: Paper, ref: JournalRef) -> dict[str, Any]:
    """A journalArticle/conferencePaper, as the translator's DOI path makes them.

    The arXiv id stays in Extra (the only place those types have for it); the date is
    the publication year when the reference gives one.
    """
    conference = ref.kind == "inproceedings"
    item: dict[str, Any] = {
        "itemType": "conferencePaper" if conference else "journalArticle",
        "title": paper.title,
        "date": str(ref.year) if ref.year else _date(paper),
        "DOI": paper.doi or "",
        "volume": ref.volume or "",
        "pages": (ref.pages or "").replace("--", "-"),
        "publisher": ref.publisher or "",
        "extra": "\n".join(extra_lines(paper, with_publication=False)),
    }
    if conference:
        item["proceedingsTitle"] = ref.booktitle or ref.journal or ""
        item["issue"] = ref.number or ""
    else:
        item["publicationTitle"] = ref.journal or ""
        item["issue"] = ref.number or ""
    return item


def extra_lines(paper: Paper, *, with_publication: bool) -> list[str]:
    """``arXiv:<id> [<primary>]`` (no bracket for old-style ids, whose archive is in the id).

    For a preprint, a published DOI and the journal reference arXiv knows follow on
    lines of their own (Zotero reads ``DOI:`` lines in Extra).
    """
    first = f"arXiv:{paper.arxiv_id}"
    if paper.primary_class and "/" not in paper.arxiv_id:
        first += f" [{paper.primary_class}]"
    lines = [first]
    if with_publication:
        lines += [f"DOI: {doi}" for doi in paper.dois]
        if paper.journal_ref:
            lines.append(f"Journal reference: {paper.journal_ref}")
    return lines


def _date(paper: Paper) -> str:
    """The date of the version described (Atom ``updated``), as Zotero's import stores it."""
    day = paper.updated or paper.published
    return day.isoformat() if day else ""


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def creator(written: str) -> dict[str, str]:
    """One author as a two-field Zotero creator; a collaboration as a single field.

    Particles stay with the family name; single-letter initials get their period
    ("Eric J" -> "Eric J."), as Zotero's own name cleaning does; a suffix follows the
    given names after a comma ("John, Jr."), which citation processors read back.
    """
    words = written.split()
    if len(words) > 1 and words[-1].lower() in _GROUP_WORDS:
        return {"creatorType": "author", "name": written}
    name = names.parse_name(written)
    given = _initials(name.given, name.family)
    if name.suffix:
        given = f"{given}, {name.suffix}" if given else name.suffix
    return {"creatorType": "author", "firstName": given, "lastName": name.family}


def _initials(given: str, family: str) -> str:
    """"F R S" and "FRS" become "F. R. S.", as in Zotero's ``cleanAuthor``."""
    if given.isupper() and given.isalpha() and len(given) < 4 and (len(given) == 1 or not family.isupper()):
        given = " ".join(given)
    return " ".join(f"{w}." if len(w) == 1 and w.isalpha() else w for w in given.split())


def category_tags(paper: Paper) -> list[dict[str, Any]]:
    """Automatic tags (type 1) named like Zotero's import names arXiv categories; unknown codes are skipped."""
    tags: list[dict[str, Any]] = []
    for code in paper.categories or ((paper.primary_class,) if paper.primary_class else ()):
        name = _category_name(code)
        if name and all(t["tag"] != name for t in tags):
            tags.append({"tag": name, "type": 1})
    return tags


def _category_name(code: str) -> str | None:
    archive = code.split(".", 1)[0]
    if archive != code and archive in CATEGORY_NAMES and code in CATEGORY_NAMES:
        return f"{CATEGORY_NAMES[archive]} - {CATEGORY_NAMES[code]}"
    return CATEGORY_NAMES.get(code)


def short_title(title: str) -> str | None:
    """The framework's ``shortTitle``: the title up to a colon, or up to an inner ``?``; None if that is all of it."""
    shorter = title.split(":", 1)[0]
    mark = shorter.find("?")
    if 0 <= mark < len(shorter) - 1:
        shorter = shorter[: mark + 1]
    shorter = shorter.strip()
    return shorter if shorter and shorter != title.strip() else None


def _children(paper: Paper, options: ItemOptions, access_date: str) -> tuple[dict[str, Any], ...]:
    children: list[dict[str, Any]] = []
    if options.notes and paper.comment:
        children.append({"itemType": "note", "note": f"Comment: {paper.comment}", "tags": [], "relations": {}})
    if options.attachments:
        children.append({
            "itemType": "attachment",
            "linkMode": "linked_url",
            "title": "Preprint PDF",
            "url": f"http://arxiv.org/pdf/{paper.arxiv_id}v{paper.version}",
            "contentType": "application/pdf",
            "accessDate": access_date,
            "tags": [],
            "relations": {},
        })
    return tuple(children)


def fit_to_template(item: Mapping[str, Any], template: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """``item`` without the properties the server's template for its type lacks, and their names.

    The Web API rejects an unknown field for the whole object, so a field the deployed
    schema does not have (yet, or any more) is left out rather than failing the item.
    """
    kept = {k: v for k, v in item.items() if k in template or k in TEMPLATE_KEYS}
    dropped = tuple(k for k in item if k not in kept)
    return kept, dropped
