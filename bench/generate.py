"""Realistic, reproducible test libraries for the performance benchmarks.

A real big .bib file is mostly abstracts, long author lists and fields the matcher
never reads (``file``, ``keywords``, ``pages``); it uses ``@string`` macros, ``%``
comments and ``@comment`` blocks, and keeps arXiv ids in every form the reader knows.
:func:`bib_text` writes such a file; :func:`zotero_item` makes the equivalent Zotero
items, :func:`author_entries` the Atom entries of a prolific arXiv author.

All output is a pure function of its arguments (seeded), so runs are comparable.

    python bench/generate.py 10k > big.bib
"""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Iterator
from xml.sax.saxutils import escape

WORDS = """neural scaling laws sparse autoencoder feature manifold representation learning grokking
quantization model emergent abilities language models interpretability mechanistic circuits attention
transformer gradient descent optimization convergence stochastic variance reduction bayesian inference
posterior sampling markov chain monte carlo diffusion generative adversarial network reinforcement policy
reward shaping exploration bandit regret kernel methods gaussian process spectral graph convolution
symmetry equivariance lattice gauge theory quantum field entanglement entropy black hole horizon
cosmological constant dark matter halo galaxy cluster redshift survey gravitational waves neutron star
superconductivity topological insulator phase transition critical exponent renormalization group
turbulence navier stokes boundary layer plasma instability magnetic reconnection protein folding
molecular dynamics free energy landscape chemical reaction network epidemic model contact tracing
""".split()

JOURNALS = {
    "prl": "Physical Review Letters",
    "prd": "Physical Review D",
    "jmlr": "Journal of Machine Learning Research",
    "neurips": "Advances in Neural Information Processing Systems",
    "apj": "The Astrophysical Journal",
    "nature": "Nature",
}

GIVEN = "Eric Max Ziming Anish Joshua Isaac Wes Liv Tom Hannah Laura Uzay Niklas Ouail Mike Adam Stuart".split()
FAMILY = [
    *"""Michaud Tegmark Liu Mudide Engels Liao Gurnee Gorton McGrath Oduya Pinsonneault Girit Nolte Kitouni
    Williams Gleave Russell Nakamura Okafor Kowalski Haddad""".split(),
    'M{\\"u}ller', "Garc{\\'\\i}a", 'Schr{\\"o}dinger', "{van der Berg}", "de Witt",
]

SIZES = {"1k": 1_000, "10k": 10_000, "20k": 20_000, "50k": 50_000}


def size(label: str) -> int:
    """``10k`` -> 10000; a plain number is taken as it is."""
    return SIZES.get(label) or int(label)


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


SYLLABLES = "ka lo mi ne ru sa ti vo ze qua bri dex fon gal hep jor kin lum mor nix pel rav sor tun vex wil".split()
VOCABULARY = [*WORDS, *(a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES)][:20_000]
ZIPF = list(itertools.accumulate(1 / rank for rank in range(1, len(VOCABULARY) + 1)))
"""Title words follow Zipf's law, as words in real titles do: a few in most titles, most in very few."""


def title(i: int) -> str:
    """The title of work ``i``: the same in the .bib file, on arXiv and in Zotero."""
    rng = random.Random(i)
    words = rng.choices(VOCABULARY, cum_weights=ZIPF, k=rng.randint(5, 11))
    title = " ".join(words).capitalize() + f" {i}"
    roll = rng.random()
    if roll < 0.1:
        title = "{" + title + "}"
    elif roll < 0.2:
        title += " with $\\alpha$-{LaTeX} and M{\\\"u}ller"
    return title


AS_UNICODE = {'M{\\"u}ller': "Müller", "Garc{\\'\\i}a": "García", 'Schr{\\"o}dinger': "Schrödinger",
              "{van der Berg}": "van der Berg"}
"""How arXiv and Zotero write the names the .bib file writes in LaTeX."""


def people(i: int) -> list[tuple[str, str]]:
    """The authors (given, family) of work ``i``, the same wherever the work is listed."""
    return _authors(random.Random(-1 - i))


def _authors(rng: random.Random) -> list[tuple[str, str]]:
    count = 3 + int(27 * rng.random() ** 3)  # 3 to 30, most lists short, a few very long
    return [(rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(count)]


def arxiv_id(i: int) -> str:
    """A valid new-style id, distinct for every ``i`` (five-digit numbers from 2015 on)."""
    year, rest = divmod(i, 12 * 90_000)
    month, number = divmod(rest, 90_000)
    return f"{15 + year % 10:02d}{month + 1:02d}.{number + 10_000:05d}"


def old_arxiv_id(i: int) -> str:
    return f"hep-th/{(i // 12) % 10 + 90:02d}{i % 12 + 1:02d}{i % 1000:03d}"


def work_id(i: int) -> str:
    """The arXiv id of work ``i``: old-style for the entries that write one (form 10 below)."""
    return old_arxiv_id(i) if i % 13 == 10 else arxiv_id(i)


def _id_fields(rng: random.Random, i: int) -> list[tuple[str, str]]:
    """The id of entry ``i``, written in one of the forms the reader recognises."""
    new = arxiv_id(i)
    forms: list[list[tuple[str, str]]] = [
        [("eprint", f"{{{new}}}"), ("archivePrefix", "{arXiv}"), ("primaryClass", "{cs.LG}")],
        [("eprint", f"{{arXiv:{new}v2}}"), ("eprinttype", "{arxiv}")],
        [("url", f"{{https://arxiv.org/abs/{new}}}")],
        [("url", f"{{http://arxiv.org/pdf/{new}v1}}")],
        [("doi", f"{{10.48550/arXiv.{new}}}")],
        [("journal", f"{{arXiv preprint arXiv:{new}}}")],
        [("note", f'"arXiv:{new} [hep-th]"')],
        [("howpublished", f"{{\\url{{https://arxiv.org/abs/{new}}}}}")],
        [("journal", "{CoRR}"), ("volume", f"{{abs/{new}}}")],
        [("number", f"{{arXiv:{new}}}")],
        [("eprint", f"{{{old_arxiv_id(i)}}}"), ("archivePrefix", "{arXiv}"),
         ("SLACcitation", f"{{%%CITATION = {old_arxiv_id(i).upper()};%%}}")],
        [("doi", f"{{10.{1000 + i % 9000}/j.bench.{i}}}"), ("journal", rng.choice(list(JOURNALS)))],
        [],  # no id at all: found by title only
    ]
    return forms[i % len(forms)]


def entry(rng: random.Random, i: int) -> str:
    """One entry of a researcher's library, as a reference manager exports it."""
    kind = rng.choice(["article", "article", "misc", "inproceedings", "unpublished"])
    names = " and ".join(f"{family}, {given}" for given, family in people(i))
    fields = [
        ("title", f"{{{title(i)}}}"),
        ("author", f"{{{names}}}"),
        ("year", str(2000 + i % 26) if i % 3 else f"{{{2000 + i % 26}}}"),
        *_id_fields(rng, i),
        ("month", rng.choice(["jan", "feb", "mar", "{April}"])),
        ("abstract", "{" + _words(rng, rng.randint(40, 90)).capitalize() + ".}"),
        ("keywords", "{" + ", ".join(_words(rng, 1) for _ in range(5)) + "}"),
        ("pages", f"{{{i % 900 + 1}--{i % 900 + 12}}}"),
        ("file", f"{{:papers/{i}.pdf:PDF}}"),
    ]
    if kind == "inproceedings":
        fields.append(("booktitle", 'neurips # " 35"'))
    body = ",\n".join(f"  {name:<12} = {value}" for name, value in fields)
    return f"@{kind}{{bench{i},\n{body}\n}}\n"


def entries(n: int, seed: int = 0, start: int = 0) -> Iterator[str]:
    rng = random.Random(seed * 1_000_003 + start)
    for i in range(start, start + n):
        if i % 500 == 0:
            yield f"% ---- section {i // 500}: imported from a reference manager ----\n"
        if i % 2000 == 1:
            yield f"@comment{{jabref-meta: grouping: section {i}}}\n"
        yield entry(rng, i)


def bib_text(n: int, seed: int = 0) -> str:
    """A .bib file of ``n`` entries (about 900 bytes each) with macros and comments."""
    head = "% Bench library generated by bench/generate.py\n\n" + "".join(
        f'@string{{{name} = "{title}"}}\n' for name, title in JOURNALS.items()
    )
    return head + "\n" + "\n".join(entries(n, seed))


def appended_entries(n: int, after: int, seed: int = 0) -> str:
    """``n`` more entries, numbered after the first ``after``: what a week of reading adds."""
    return "\n" + "\n".join(entry(random.Random(seed + i), i) for i in range(after, after + n))


# -- arXiv ------------------------------------------------------------------------------


def author_entries(n: int, author: str = "Eric J. Michaud") -> list[str]:
    """Atom entries (2025 dialect) of ``n`` papers by ``author``.

    Paper ``i`` is work ``i`` of :func:`bib_text` (whose first author arXiv lists as
    ``author``), except every eighth, which no generated library holds: new papers.
    """
    rng = random.Random(n)
    out = []
    for k in range(n):
        i = k if k % 8 else 5_000_000 + k
        vid = f"{work_id(i)}v{1 + i % 3}"
        year = 2000 + i % 26
        co = [f"{g} {AS_UNICODE.get(f, f)}" for g, f in people(i)[1:]]
        authors = "\n".join(f"    <author>\n      <name>{escape(a)}</name>\n    </author>" for a in [author, *co])
        out.append(f"""  <entry>
    <id>http://arxiv.org/abs/{vid}</id>
    <title>{escape(title(i).strip("{}"))}</title>
    <updated>{year}-03-01T17:59:59Z</updated>
    <link href="https://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/{vid}" rel="related" type="application/pdf" title="pdf"/>
    <summary>{escape(_words(rng, 120))}</summary>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <published>{year}-02-01T17:59:59Z</published>
    <arxiv:primary_category term="cs.LG"/>
{authors}
  </entry>""")
    return out


# -- Zotero -----------------------------------------------------------------------------


def zotero_item(i: int, rng: random.Random) -> dict[str, object]:
    """A Zotero item (API JSON ``data``) for library entry ``i``, ids where Zotero keeps them."""
    new = arxiv_id(i)
    item: dict[str, object] = {
        "itemType": "preprint" if i % 2 else "journalArticle",
        "title": title(i).replace("{", "").replace("}", ""),
        "creators": [{"creatorType": "author", "firstName": g, "lastName": AS_UNICODE.get(f, f)} for g, f in people(i)],
        "date": f"{2000 + i % 26}-0{1 + i % 9}-15",
        "abstractNote": _words(rng, rng.randint(80, 140)),
        "tags": [{"tag": _words(rng, 1)} for _ in range(3)],
    }
    if i % 4 == 0:
        item["url"] = f"https://arxiv.org/abs/{new}"
    elif i % 4 == 1:
        item["extra"] = f"arXiv: {new}"
    if i % 2:
        item["repository"] = "arXiv"
        item["archiveID"] = f"arXiv:{new}"
        item["DOI"] = f"10.48550/arXiv.{new}"
    else:
        item["publicationTitle"] = rng.choice(list(JOURNALS.values()))
    return item


def zotero_items(n: int, seed: int = 0) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    for i in range(n):
        yield zotero_item(i, rng)


if __name__ == "__main__":
    sys.stdout.write(bib_text(size(sys.argv[1] if len(sys.argv) > 1 else "1k")))
