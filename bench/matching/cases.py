"""The labeled cases of the matching benchmark: (arXiv paper, library entry, expected verdict).

``pos`` says the entry *is* the paper, written down by one exporter (``form``), maybe
with a title, year or id that differs from arXiv's; ``neg`` says the entry is another
work (``work``) that a loose matcher could take for the paper. Every case is tagged
with the hard-case ``kinds`` it exercises and the peers.md §3 ``pains`` it covers.
Entries are real works unless a case says ``source="constructed"`` (a plausible entry
made up where no real one was at hand, e.g. a reply with the original's authors).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CaseSpec:
    paper: str
    expect: str
    form: str
    work: str | None
    kinds: tuple[str, ...]
    pains: tuple[str, ...]
    source: str
    over: dict[str, Any] = field(default_factory=dict)


CASES: list[CaseSpec] = []


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split() if t)


def pos(paper: str, form: str, kinds: str = "", pains: str = "", **over: Any) -> None:
    CASES.append(CaseSpec(paper, "present", form, paper, _tags(kinds), _tags(pains), "real", over))


def neg(paper: str, form: str, work: str, kinds: str = "", pains: str = "", source: str = "real", **over: Any) -> None:
    CASES.append(CaseSpec(paper, "new", form, work, _tags(kinds), _tags(pains), source, over))


# Works that appear only as library entries (not in the arXiv listing of any case).
OTHER_WORKS: dict[str, dict[str, Any]] = {
    "gans-nips": dict(title="Generative Adversarial Nets", year=2014, booktitle="Advances in Neural Information Processing Systems",
                      authors="Ian Goodfellow; Jean Pouget-Abadie; Mehdi Mirza; Bing Xu; David Warde-Farley; Sherjil Ozair; Aaron Courville; Yoshua Bengio"),
    "2010.14701": dict(title="Scaling Laws for Autoregressive Generative Modeling", year=2020, arxiv="2010.14701", primary="cs.LG",
                       authors="Tom Henighan; Jared Kaplan; Mor Katz; Mark Chen; Christopher Hesse; Jacob Jackson; Heewoo Jun; Tom B. Brown; Prafulla Dhariwal; Scott Gray"),
    "2102.01293": dict(title="Scaling Laws for Transfer", year=2021, arxiv="2102.01293", primary="cs.LG",
                       authors="Danny Hernandez; Jared Kaplan; Tom Henighan; Sam McCandlish"),
    "1603.05027": dict(title="Identity Mappings in Deep Residual Networks", year=2016, arxiv="1603.05027", primary="cs.CV",
                       authors="Kaiming He; Xiangyu Zhang; Shaoqing Ren; Jian Sun"),
    "2103.03404": dict(title="Attention is Not All You Need: Pure Attention Loses Rank Doubly Exponentially with Depth", year=2021,
                       arxiv="2103.03404", primary="cs.LG", authors="Yihe Dong; Jean-Baptiste Cordonnier; Andreas Loukas"),
    "1906.02691": dict(title="An Introduction to Variational Autoencoders", year=2019, arxiv="1906.02691", primary="cs.LG",
                       authors="Diederik P. Kingma; Max Welling"),
    "2102.09672": dict(title="Improved Denoising Diffusion Probabilistic Models", year=2021, arxiv="2102.09672", primary="cs.LG",
                       authors="Alex Nichol; Prafulla Dhariwal"),
    "2010.02502": dict(title="Denoising Diffusion Implicit Models", year=2020, arxiv="2010.02502", primary="cs.LG",
                       authors="Jiaming Song; Chenlin Meng; Stefano Ermon"),
    "2109.13916": dict(title="Unsolved Problems in ML Safety", year=2021, arxiv="2109.13916", primary="cs.LG",
                       authors="Dan Hendrycks; Nicholas Carlini; John Schulman; Jacob Steinhardt"),
    "2012.08630": dict(title="Open Problems in Cooperative AI", year=2020, arxiv="2012.08630", primary="cs.AI",
                       authors="Allan Dafoe; Edward Hughes; Yoram Bachrach; Tantum Collins; Kevin R. McKee; Joel Z. Leibo; Kate Larson; Thore Graepel"),
    "1606.04855": dict(title="GW151226: Observation of Gravitational Waves from a 22-Solar-Mass Binary Black Hole Coalescence", year=2016,
                       arxiv="1606.04855", primary="gr-qc", doi="10.1103/PhysRevLett.116.241103", journal="Phys. Rev. Lett.",
                       volume="116", pages="241103", authors="LIGO Scientific Collaboration; Virgo Collaboration"),
    "1502.01589": dict(title="Planck 2015 results. XIII. Cosmological parameters", year=2016, arxiv="1502.01589", primary="astro-ph.CO",
                       doi="10.1051/0004-6361/201525830", journal="Astron. Astrophys.", volume="594", pages="A13",
                       authors="Planck Collaboration; P. A. R. Ade; N. Aghanim; M. Arnaud; M. Ashdown"),
    "planck-corrigendum": dict(title="Planck 2018 results. VI. Cosmological parameters (Corrigendum)", year=2021,
                               doi="10.1051/0004-6361/201833910e", journal="Astron. Astrophys.", volume="652", pages="C4",
                               authors="Planck Collaboration; N. Aghanim; Y. Akrami; M. Ashdown; J. Aumont"),
    "hep-th/9905111": dict(title="Large N Field Theories, String Theory and Gravity", year=2000, arxiv="hep-th/9905111",
                           doi="10.1016/S0370-1573(99)00083-6", journal="Phys. Rept.", volume="323", pages="183--386",
                           authors="Ofer Aharony; Steven S. Gubser; Juan M. Maldacena; Hirosi Ooguri; Yaron Oz"),
    "hep-th/9803131": dict(title="Anti-de Sitter Space, Thermal Phase Transition, And Confinement In Gauge Theories", year=1998,
                           arxiv="hep-th/9803131", doi="10.4310/ATMP.1998.v2.n3.a3", journal="Adv. Theor. Math. Phys.", volume="2",
                           pages="505--532", authors="Edward Witten"),
    "math/0307245": dict(title="Finite extinction time for the solutions to the Ricci flow on certain three-manifolds", year=2003,
                         arxiv="math/0307245", primary="math.DG", authors="Grisha Perelman"),
    "shor-focs": dict(title="Algorithms for quantum computation: discrete logarithms and factoring", year=1994,
                      booktitle="Proceedings 35th Annual Symposium on Foundations of Computer Science", pages="124--134",
                      doi="10.1109/SFCS.1994.365700", authors="Peter W. Shor"),
    "quant-ph/9706033": dict(title="Quantum Mechanics helps in searching for a needle in a haystack", year=1997,
                             arxiv="quant-ph/9706033", doi="10.1103/PhysRevLett.79.325", journal="Phys. Rev. Lett.", volume="79",
                             pages="325", authors="Lov K. Grover"),
    "tegmark-book": dict(title="Our Mathematical Universe: My Quest for the Ultimate Nature of Reality", year=2014,
                         authors="Max Tegmark", type="book", extra_fields={"publisher": "Knopf"}),
    "0709.4024": dict(title="Shut up and calculate", year=2007, arxiv="0709.4024", primary="physics.pop-ph", authors="Max Tegmark"),
    "1609.03541": dict(title="Comment on \"Why does deep and cheap learning work so well?\"", year=2016, arxiv="1609.03541",
                       primary="cond-mat.dis-nn", authors="David J. Schwab; Pankaj Mehta"),
    "reply-lin": dict(title="Reply to comment on \"Why does deep and cheap learning work so well?\"", year=2016,
                      authors="Henry W. Lin; Max Tegmark; David Rolnick"),
    "2402.18496": dict(title="Language Models Represent Beliefs of Self and Others", year=2024, arxiv="2402.18496", primary="cs.AI",
                       authors="Wentao Zhu; Zhining Zhang; Yizhou Wang"),
    "2406.01506": dict(title="The Geometry of Categorical and Hierarchical Concepts in Large Language Models", year=2024,
                       arxiv="2406.01506", primary="cs.CL", authors="Kiho Park; Yo Joong Choe; Yibo Jiang; Victor Veitch"),
    "2201.03545": dict(title="A ConvNet for the 2020s", year=2022, arxiv="2201.03545", primary="cs.CV",
                       authors="Zhuang Liu; Hanzi Mao; Chao-Yuan Wu; Christoph Feichtenhofer; Trevor Darrell; Saining Xie"),
    "1907.11692": dict(title="RoBERTa: A Robustly Optimized BERT Pretraining Approach", year=2019, arxiv="1907.11692", primary="cs.CL",
                       authors="Yinhan Liu; Myle Ott; Naman Goyal; Jingfei Du; Mandar Joshi; Danqi Chen; Omer Levy; Mike Lewis; Luke Zettlemoyer; Veselin Stoyanov"),
    "2309.14316": dict(title="Physics of Language Models: Part 3.1, Knowledge Storage and Extraction", year=2023, arxiv="2309.14316",
                       primary="cs.CL", authors="Zeyuan Allen-Zhu; Yuanzhi Li"),
    "2406.04093": dict(title="Scaling and evaluating sparse autoencoders", year=2024, arxiv="2406.04093", primary="cs.LG",
                       authors="Leo Gao; Tom Dupré la Tour; Henk Tillman; Gabriel Goh; Rajan Troll; Alec Radford; Ilya Sutskever; Jan Leike; Jeffrey Wu"),
    "2305.08746": dict(title="Seeing is Believing: Brain-Inspired Modular Training for Mechanistic Interpretability", year=2023,
                       arxiv="2305.08746", primary="cs.NE", authors="Ziming Liu; Eric Gan; Max Tegmark"),
    "2407.16674": dict(title="KAN or MLP: A Fairer Comparison", year=2024, arxiv="2407.16674", primary="cs.LG",
                       authors="Runpeng Yu; Weihao Yu; Xinchao Wang"),
    "lecun-deep": dict(title="Deep learning", year=2015, journal="Nature", volume="521", pages="436--444", doi="10.1038/nature14539",
                       authors="Yann LeCun; Yoshua Bengio; Geoffrey Hinton"),
    "goodfellow-book": dict(title="Deep Learning", year=2016, type="book", authors="Ian Goodfellow; Yoshua Bengio; Aaron Courville",
                            extra_fields={"publisher": "MIT Press"}),
    "sutton-barto": dict(title="Reinforcement Learning: An Introduction", year=2018, type="book",
                         authors="Richard S. Sutton; Andrew G. Barto", extra_fields={"publisher": "MIT Press"}),
    "2310.13548": dict(title="Towards Understanding Sycophancy in Language Models", year=2023, arxiv="2310.13548", primary="cs.CL",
                       authors="Mrinank Sharma; Meg Tong; Tomasz Korbak; David Duvenaud; Amanda Askell; Samuel R. Bowman"),
    "liu-grokking-graphs": dict(title="Towards Understanding Grokking in Graph Neural Networks: An Effective Theory of Message Passing",
                                year=2022, authors="Zhiyuan Liu; Ouail Kitouni; Max Tegmark", booktitle="NeurIPS Workshop on Symmetry and Geometry in Neural Representations"),
    "michaud-reward-models": dict(title="Understanding Learned Reward Models for Robotic Grasping", year=2020,
                                  authors="Eric Michaud; Hannah Kerner", booktitle="CoRL Workshop on Robot Learning"),
    "cobalt-michaud": dict(title="Magnetic anisotropy of thin cobalt films on stepped copper: a first-principles study", year=2023,
                           authors="Emmanuel J. Michaud; Jean-Luc Tremblay", journal="Phys. Rev. B"),
}

# ------------------------------------------------------------------ Michaud listing (real feed)
NOT_LINEAR_V1 = "Not All Language Model Features Are Linear"
ICLR25 = "The Thirteenth International Conference on Learning Representations"

pos("2509.02565", "arxiv-bibtex", "arxiv-year")
pos("2509.02565", "zotero-arxiv", "versioned-id", "pain-5", arxiv="2509.02565v1", year=2025, month=9)
pos("2509.02565", "google-scholar", "sentence-case")
pos("2505.15811", "zotero-arxiv", "arxiv-year")
pos("2505.15811", "google-scholar", "sentence-case")
pos("2505.15811", "hand-written", "subtitle-dropped no-identifier published-version", "pain-2 pain-3",
    title="On the creation of narrow {AI}", booktitle="Advances in Neural Information Processing Systems", type="inproceedings")
pos("2501.16496", "google-scholar", "and-others", "pain-6", authors_keep=3)
pos("2501.16496", "arxiv-bibtex", "")
pos("2501.16496", "dblp", "preprint-doi")
pos("2501.12391", "zotero-arxiv-export", "")
pos("2501.12391", "hand-written", "initials no-identifier", "pain-2 pain-6", initials=True, others_after=1)
pos("2410.19750", "zotero-doi", "journal-doi published-version", "pain-3",
    journal="Entropy", volume="27", pages="344", doi="10.3390/e27040344", year=2025, month=3)
pos("2410.19750", "google-scholar", "published-version no-identifier", "pain-2 pain-3",
    journal="Entropy", volume="27", pages="344", year=2025)
pos("2410.19750", "arxiv-bibtex", "arxiv-year")
pos("2410.08201", "dblp", "preprint-doi", "pain-2")
pos("2410.08201", "mendeley", "particles", "pain-6")
pos("2405.17420", "google-scholar", "sentence-case")
pos("2405.17420", "zotero-manual", "no-identifier", "pain-2", arxiv=None)
pos("2405.14860", "google-scholar", "title-changed", "pain-5", title=NOT_LINEAR_V1)
pos("2405.14860", "zotero-arxiv", "title-changed versioned-id", "pain-5", title=NOT_LINEAR_V1, arxiv="2405.14860v1",
    year=2024, month=5)
pos("2405.14860", "hand-written", "title-changed no-identifier", "pain-2 pain-5", title=NOT_LINEAR_V1,
    url=None, initials=True)
pos("2405.14860", "dblp", "published-version no-identifier", "pain-3", booktitle=ICLR25, year=2025, type="inproceedings",
    key="DBLP:conf/iclr/EngelsMLGT25", url="https://openreview.net/forum?id=d63a4AM4hb")
pos("2403.19647", "google-scholar", "published-version no-identifier", "pain-3", booktitle=ICLR25, year=2025,
    type="inproceedings")
pos("2403.19647", "zotero-arxiv", "")
pos("2402.05110", "arxiv-bibtex", "")
pos("2402.05110", "hand-written", "subtitle-dropped no-identifier", "pain-2", title="Opening the {AI} black box",
    initials=True, others_after=2)
pos("2307.15217", "google-scholar", "and-others", "pain-6", authors_keep=4)
pos("2307.15217", "zotero-doi", "published-version no-identifier", "pain-3",
    journal="Transactions on Machine Learning Research", year=2023, doi=None, arxiv=None)
pos("2303.13506", "dblp", "published-version no-identifier", "pain-3", booktitle="Advances in Neural Information Processing Systems 36",
    year=2023, type="inproceedings", key="DBLP:conf/nips/MichaudLGT23",
    url="http://papers.nips.cc/paper_files/paper/2023/hash/5b6346a05a537d4cdb2f50323452a9fe-Abstract-Conference.html")
pos("2303.13506", "zotero-arxiv", "arxiv-year")
pos("2303.13506", "ads", "preprint-doi")
pos("2303.13506", "hand-written", "versioned-id", "pain-5", url="https://arxiv.org/pdf/2303.13506v2.pdf", initials=True)
pos("2210.13447", "zotero-doi", "journal-doi published-version", "pain-3", journal="Entropy", volume="25", pages="175",
    doi="10.3390/e25010175", year=2023, month=1, arxiv=None)
pos("2210.13447", "inspire", "")
pos("2210.01117", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="The Eleventh International Conference on Learning Representations", year=2023, type="inproceedings")
pos("2210.01117", "hand-written", "subtitle-dropped no-identifier", "pain-2", title="Omnigrok", initials=True)
pos("2205.10343", "zotero-arxiv-export", "")
pos("2205.10343", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="Advances in Neural Information Processing Systems", volume="35", pages="34651--34663", year=2022,
    type="inproceedings")
pos("2012.05862", "arxiv-bibtex", "")
pos("2012.05862", "zotero-manual", "no-identifier", "pain-2", arxiv=None, booktitle="NeurIPS Deep RL Workshop")
pos("2010.13871", "zotero-doi", "journal-doi published-version", "pain-3", journal="Entropy", volume="22", pages="1429",
    doi="10.3390/e22121429", year=2020, month=12, arxiv=None)
pos("2010.13871", "mendeley", "")
pos("2311.04417", "zotero-arxiv", "namesake-author", "pain-6")
pos("2208.11205", "google-scholar", "namesake-author", "pain-6")

# ------------------------------------------------------------------ recorded fixtures
pos("hep-ph/0301050", "inspire", "old-style-id journal-doi", "pain-3", doi="10.1016/j.physletb.2003.08.045",
    journal="Phys. Lett. B", volume="573", pages="94--100", key="deGouvea:2003xe")
pos("hep-ph/0301050", "ads", "old-style-id particles journal-doi", "pain-6", doi="10.1016/j.physletb.2003.08.045",
    journal="\\plb", volume="573", pages="94-100")
pos("hep-ph/0301050", "hand-written", "particles accents no-identifier published-version", "pain-2 pain-3 pain-6",
    authors="Andr{\\'e} de Gouv{\\^e}a; Hitoshi Murayama", journal="Phys. Lett. B", volume="573", pages="94", year=2003)
pos("hep-ph/0301050", "zotero-doi", "particles accents journal-doi", "pain-3 pain-6", authors="André de Gouvêa; Hitoshi Murayama",
    journal="Physics Letters B", volume="573", pages="94-100", doi="10.1016/j.physletb.2003.08.045", year=2003, month=10)
pos("astro-ph/0601001", "ads", "old-style-id", "", journal="\\actaa", volume="56", pages="1-50", year=2006, key="2006AcA....56....1G")
pos("astro-ph/0601001", "hand-written", "old-style-id", "", note="arXiv:astro-ph/0601001",
    initials=True, others_after=2)
pos("2202.12139", "zotero-doi", "journal-doi", "pain-3", booktitle="2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)",
    doi="10.1109/ICSTW55395.2022.00035", year=2022, pages="130--137", arxiv=None)
pos("2202.12139", "google-scholar", "")
pos("2405.13786", "zotero-doi", "journal-doi", "pain-3",
    booktitle="2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)",
    doi="10.1109/ICSTW58534.2023.00023", year=2023, pages="66--69", arxiv=None)
pos("2405.13786", "dblp", "")
pos("2005.14124", "dblp", "published-version journal-doi", "pain-3", booktitle="ISSTA '20: 29th ACM SIGSOFT International Symposium on Software Testing and Analysis",
    doi="10.1145/3395363.3397376", pages="14--26", year=2020, type="inproceedings", key="DBLP:conf/issta/ChenXPSZ20",
    url="https://doi.org/10.1145/3395363.3397376")
pos("2005.14124", "zotero-arxiv", "")
pos("2204.08348", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="Proceedings of the 31st ACM SIGSOFT International Symposium on Software Testing and Analysis", pages="289--301",
    year=2022, type="inproceedings")
pos("2204.08348", "zotero-doi", "journal-doi", "pain-2", doi="https://doi.org/10.1145/3533767.3534401", year=2022, arxiv=None,
    booktitle="Proceedings of the 31st ACM SIGSOFT International Symposium on Software Testing and Analysis")
pos("2302.03287", "zotero-arxiv", "")
pos("2302.03287", "hand-written", "latex-title no-identifier", "pain-2", title="{ChatGPT} and Software Testing Education: Promises \\& Perils",
    year=2023)
pos("1202.4527", "google-scholar", "initials", "pain-6", authors="A. Isabella; Emi Retna")
pos("2503.05378", "arxiv-bibtex", "arxiv-year")
pos("2503.05378", "zotero-manual", "no-identifier", "pain-2", arxiv=None)
pos("1205.1866", "inspire", "journal-doi", "", doi="10.5121/vlsic.2012.3205", journal="Int. J. VLSI Des. Commun. Syst.", volume="3")
pos("2502.07719", "zotero-arxiv-export", "")
pos("1812.11470", "mendeley", "")

# ------------------------------------------------------------------ machine learning
pos("1706.03762", "google-scholar", "")
pos("1706.03762", "hand-written", "published-version no-identifier", "pain-2 pain-3",
    booktitle="Advances in Neural Information Processing Systems", volume="30", year=2017, type="inproceedings",
    authors="Vaswani, Ashish; Shazeer, Noam; Parmar, Niki; Uszkoreit, Jakob; Jones, Llion; Gomez, Aidan N.; Kaiser, {\\L}ukasz; Polosukhin, Illia")
pos("1706.03762", "arxiv-bibtex", "arxiv-year", "")
pos("1706.03762", "zotero-legacy", "versioned-id", "pain-5", arxiv="1706.03762v5", year=2017, month=12)
pos("1810.04805", "google-scholar", "")
pos("1810.04805", "zotero-arxiv", "versioned-id", "pain-5", arxiv="1810.04805v1", year=2018, month=10)
pos("1810.04805", "zotero-doi", "journal-doi published-version", "pain-3", doi="10.18653/v1/N19-1423", year=2019, month=6,
    booktitle="Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)",
    pages="4171--4186", arxiv=None)
pos("1810.04805", "dblp", "latex-title")
pos("1512.03385", "zotero-doi", "journal-doi published-version", "pain-3", doi="10.1109/CVPR.2016.90", year=2016,
    booktitle="2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", pages="770--778", arxiv=None)
pos("1512.03385", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="Proceedings of the IEEE conference on computer vision and pattern recognition", pages="770--778", year=2016,
    type="inproceedings")
pos("1512.03385", "ads", "preprint-doi", "", year=2015, month=12, key="2015arXiv151203385H")
pos("1412.6980", "google-scholar", "")
pos("1412.6980", "hand-written", "subtitle-dropped no-identifier", "pain-2", title="Adam", initials=True, year=2015,
    booktitle="ICLR", type="inproceedings")
pos("1412.6980", "zotero-legacy", "versioned-id", "pain-5", arxiv="1412.6980v9", year=2017, month=1)
pos("1412.6980", "dblp", "published-version no-identifier", "pain-3", booktitle="3rd International Conference on Learning Representations, {ICLR} 2015",
    year=2015, type="inproceedings", key="DBLP:journals/corr/KingmaB14", url="http://arxiv.org/abs/1412.6980")
pos("1312.6114", "arxiv-bibtex", "arxiv-year")
pos("1312.6114", "mendeley", "")
pos("1312.6114", "hand-written", "published-version no-identifier", "pain-3", booktitle="International Conference on Learning Representations",
    year=2014, type="inproceedings")
pos("1406.2661", "google-scholar", "")
pos("1406.2661", "hand-written", "published-title published-version no-identifier", "pain-3",
    title="Generative Adversarial Nets", booktitle="Advances in Neural Information Processing Systems", volume="27",
    year=2014, type="inproceedings")
pos("1406.2661", "zotero-arxiv-export", "")
pos("2001.08361", "google-scholar", "and-others", "pain-6", authors_keep=4)
pos("2001.08361", "zotero-arxiv", "")
pos("2001.08361", "hand-written", "no-identifier initials", "pain-2", initials=True, others_after=1)
pos("1502.03167", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="International conference on machine learning", pages="448--456", year=2015, type="inproceedings")
pos("1502.03167", "hand-written", "subtitle-dropped no-identifier", "pain-2", title="Batch normalization", year=2015)
pos("1502.03167", "mendeley", "")
pos("1409.0473", "google-scholar", "")
pos("1409.0473", "dblp", "published-version no-identifier", "pain-3",
    booktitle="3rd International Conference on Learning Representations, {ICLR} 2015", year=2015, type="inproceedings",
    key="DBLP:journals/corr/BahdanauCB14", url=None)
pos("1409.3215", "zotero-manual", "no-identifier", "pain-2", booktitle="Advances in Neural Information Processing Systems",
    arxiv=None, year=2014)
pos("1409.3215", "arxiv-bibtex", "")
pos("1503.02531", "google-scholar", "")
pos("1503.02531", "zotero-legacy", "", "", arxiv="1503.02531", year=2015, month=3)
pos("1609.02907", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="International Conference on Learning Representations", year=2017, type="inproceedings")
pos("1609.02907", "zotero-arxiv", "versioned-id", "pain-5", arxiv="1609.02907v4", year=2017, month=2)
pos("1806.07366", "hand-written", "initials no-identifier published-version", "pain-2 pain-3", initials=True,
    booktitle="Advances in Neural Information Processing Systems 31", year=2018, type="inproceedings")
pos("1806.07366", "zotero-arxiv-export", "")
pos("1803.03635", "google-scholar", "")
pos("1803.03635", "hand-written", "subtitle-dropped no-identifier", "pain-2", title="The lottery ticket hypothesis",
    booktitle="ICLR", year=2019, type="inproceedings")
pos("1912.02292", "zotero-doi", "journal-doi published-title", "pain-3", title="Deep double descent: where bigger models and more data hurt*",
    journal="Journal of Statistical Mechanics: Theory and Experiment", volume="2021", pages="124003",
    doi="10.1088/1742-5468/ac3a74", year=2021, month=12, arxiv=None)
pos("1912.02292", "hand-written", "published-title no-identifier", "pain-3", title="Deep double descent: where bigger models and more data hurt*",
    journal="Journal of Statistical Mechanics: Theory and Experiment", volume="2021", year=2021)
pos("1912.02292", "arxiv-bibtex", "")
pos("2201.02177", "google-scholar", "")
pos("2201.02177", "zotero-arxiv", "")
pos("2301.05217", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="The Eleventh International Conference on Learning Representations", year=2023, type="inproceedings")
pos("2301.05217", "arxiv-bibtex", "arxiv-year")
pos("2106.09685", "google-scholar", "")
pos("2106.09685", "hand-written", "subtitle-dropped no-identifier", "pain-2", title="LoRA", year=2022, booktitle="ICLR",
    type="inproceedings")
pos("2106.09685", "zotero-arxiv", "")
pos("2305.14314", "zotero-manual", "published-version no-identifier", "pain-3", booktitle="Advances in Neural Information Processing Systems",
    volume="36", year=2023, arxiv=None)
pos("2305.14314", "arxiv-bibtex", "")
pos("2010.11929", "google-scholar", "unicode-title", "")
pos("2010.11929", "hand-written", "latex-title no-identifier", "pain-2", title="An image is worth $16\\times16$ words: Transformers for image recognition at scale",
    booktitle="ICLR", year=2021, type="inproceedings", initials=True, others_after=1)
pos("2006.11239", "zotero-arxiv", "")
pos("2006.11239", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="Advances in Neural Information Processing Systems", volume="33", pages="6840--6851", year=2020, type="inproceedings")
pos("2112.10752", "zotero-doi", "journal-doi accents", "pain-3 pain-6", doi="10.1109/CVPR52688.2022.01042", year=2022,
    booktitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", pages="10684--10695",
    arxiv=None)
pos("2112.10752", "google-scholar", "accents latex-names", "pain-6")
pos("1707.06347", "google-scholar", "")
pos("1707.06347", "mendeley", "")
pos("1606.06565", "google-scholar", "accents latex-names", "pain-6")
pos("1606.06565", "zotero-arxiv-export", "")
pos("1706.03741", "zotero-manual", "published-version no-identifier", "pain-3", booktitle="Advances in Neural Information Processing Systems",
    volume="30", year=2017, arxiv=None)
pos("1706.03741", "arxiv-bibtex", "arxiv-year")
pos("2209.10652", "google-scholar", "and-others", "pain-6", authors_keep=3)
pos("2209.10652", "hand-written", "no-identifier", "pain-2", authors="Nelson Elhage; Tristan Hume; Catherine Olsson; Chris Olah",
    others_after=4, journal="Transformer Circuits Thread", year=2022)
pos("2309.08600", "arxiv-bibtex", "")
pos("2309.08600", "zotero-arxiv", "")
pos("2211.00593", "google-scholar", "")
pos("2211.00593", "hand-written", "latex-title no-identifier published-version", "pain-3",
    title="Interpretability in the wild: a circuit for indirect object identification in {GPT}-2 small",
    booktitle="The Eleventh International Conference on Learning Representations", year=2023, type="inproceedings")
pos("2202.05262", "dblp", "")
pos("2202.05262", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="Advances in Neural Information Processing Systems", volume="35", pages="17359--17372", year=2022, type="inproceedings")
pos("1912.01703", "google-scholar", "published-version no-identifier accents", "pain-3 pain-6",
    booktitle="Advances in Neural Information Processing Systems", volume="32", year=2019, type="inproceedings", authors_keep=5)
pos("1912.01703", "zotero-arxiv", "")
pos("1201.0490", "google-scholar", "published-version no-identifier accents", "pain-3 pain-6",
    journal="Journal of Machine Learning Research", volume="12", pages="2825--2830", year=2011)
pos("1201.0490", "zotero-arxiv-export", "arxiv-year accents", "pain-6", year=2018, month=6)

# ------------------------------------------------------------------ physics and mathematics
pos("1602.03837", "inspire", "collaboration journal-doi", "pain-6", doi="10.1103/PhysRevLett.116.061102", journal="Phys. Rev. Lett.",
    volume="116", pages="061102", key="LIGOScientific:2016aoc")
pos("1602.03837", "ads", "collaboration journal-doi", "", doi="10.1103/PhysRevLett.116.061102", journal="\\prl", volume="116",
    pages="061102", key="2016PhRvL.116f1102A")
pos("1602.03837", "hand-written", "collaboration no-identifier published-version", "pain-2 pain-3",
    authors="B. P. Abbott", others_after=1, journal="Phys. Rev. Lett.", volume="116", pages="061102", year=2016)
pos("1807.06209", "ads", "collaboration journal-doi", "", doi="10.1051/0004-6361/201833910", journal="\\aap", volume="641",
    pages="A6", year=2020, key="2020A&A...641A...6P")
pos("1807.06209", "inspire", "collaboration", "", key="Planck:2018vyg")
pos("1807.06209", "hand-written", "collaboration no-identifier published-version", "pain-2 pain-3",
    authors="{Planck Collaboration}; N. Aghanim", others_after=2, journal="Astron. Astrophys.", volume="641", pages="A6", year=2020)
pos("1807.06205", "inspire", "collaboration journal-doi", "", doi="10.1051/0004-6361/201833880", journal="Astron. Astrophys.",
    volume="641", pages="A1", year=2020, key="Planck:2018nkj")
pos("1807.06205", "zotero-arxiv", "collaboration", "")
pos("hep-th/9711200", "inspire", "old-style-id", "", journal="Adv. Theor. Math. Phys.", volume="2", pages="231--252", year=1998,
    key="Maldacena:1997re", doi="10.4310/ATMP.1998.v2.n2.a1")
pos("hep-th/9711200", "google-scholar", "old-style-id no-identifier published-version initials", "pain-2 pain-3",
    journal="Advances in theoretical and mathematical physics", volume="2", pages="231--252", year=1998, arxiv=None,
    authors="Juan Maldacena")
pos("hep-th/9711200", "zotero-doi", "journal-doi published-version", "pain-3", journal="International Journal of Theoretical Physics",
    volume="38", pages="1113--1133", doi="10.1023/A:1026654312961", year=1999, month=4, arxiv=None)
pos("hep-th/9802150", "inspire", "old-style-id", "", key="Witten:1998qj", journal="Adv. Theor. Math. Phys.", volume="2",
    pages="253--291", year=1998, doi="10.4310/ATMP.1998.v2.n2.a2")
pos("hep-th/9802150", "ads", "old-style-id", "", key="1998AdTMP...2..253W", journal="Advances in Theoretical and Mathematical Physics",
    volume="2", pages="253", year=1998, doi="10.4310/ATMP.1998.v2.n2.a2")
pos("hep-th/9802150", "hand-written", "old-style-id", "", note="hep-th/9802150", initials=True, year=1998,
    title="Anti-de Sitter space and holography")
pos("hep-th/9802109", "inspire", "old-style-id initials journal-doi", "pain-6", key="Gubser:1998bc", journal="Phys. Lett. B",
    volume="428", pages="105--114", year=1998, doi="10.1016/S0370-2693(98)00377-3")
pos("hep-th/9802109", "google-scholar", "no-identifier published-version", "pain-2 pain-3", journal="Physics Letters B",
    volume="428", pages="105--114", year=1998, arxiv=None, authors="Steven S Gubser; Igor R Klebanov; Alexander M Polyakov")
pos("math/0211159", "zotero-arxiv", "old-style-id", "", year=2002, month=11)
pos("math/0211159", "hand-written", "old-style-id-subject-class", "pain-5", extra_fields={"eprint": "math.DG/0211159"},
    authors="G. Perelman")
pos("math/0211159", "google-scholar", "old-style-id", "")
pos("math/0303109", "arxiv-bibtex", "old-style-id")
pos("math/0303109", "hand-written", "old-style-id-subject-class", "pain-5", url="http://arxiv.org/abs/math.DG/0303109v1",
    authors="G. Perelman")
pos("quant-ph/9508027", "zotero-doi", "journal-doi published-version", "pain-3", journal="SIAM Journal on Computing",
    volume="26", pages="1484--1509", doi="10.1137/S0097539795293172", year=1997, month=10, arxiv=None)
pos("quant-ph/9508027", "inspire", "old-style-id", "")
pos("quant-ph/9508027", "google-scholar", "no-identifier published-version", "pain-2 pain-3", journal="SIAM review",
    volume="41", pages="303--332", year=1999, arxiv=None)
pos("quant-ph/9605043", "google-scholar", "no-identifier published-version", "pain-3",
    booktitle="Proceedings of the twenty-eighth annual ACM symposium on Theory of computing", pages="212--219", year=1996,
    type="inproceedings", arxiv=None)
pos("quant-ph/9605043", "zotero-legacy", "old-style-id versioned-id", "pain-5", arxiv="quant-ph/9605043v3", year=1996, month=11)
pos("astro-ph/9805201", "ads", "old-style-id journal-doi", "", journal="\\aj", volume="116", pages="1009-1038",
    doi="10.1086/300499", year=1998, key="1998AJ....116.1009R")
pos("astro-ph/9805201", "hand-written", "initials no-identifier published-version", "pain-2 pain-3",
    authors="A. G. Riess", others_after=1, journal="Astron. J.", volume="116", pages="1009", year=1998)
pos("astro-ph/9812133", "ads", "old-style-id journal-doi latex-title", "", journal="\\apj", volume="517", pages="565-586",
    doi="10.1086/307221", year=1999, key="1999ApJ...517..565P", title="Measurements of $\\Omega$ and $\\Lambda$ from 42 High-Redshift Supernovae")
pos("astro-ph/9812133", "hand-written", "unicode-title no-identifier published-version", "pain-2 pain-3",
    title="Measurements of Ω and Λ from 42 high-redshift supernovae", authors="S. Perlmutter", others_after=1,
    journal="Astrophys. J.", volume="517", pages="565", year=1999)
pos("1207.7214", "inspire", "collaboration journal-doi", "", doi="10.1016/j.physletb.2012.08.020", journal="Phys. Lett. B",
    volume="716", pages="1--29", year=2012, key="ATLAS:2012yve")
pos("1207.7214", "zotero-doi", "collaboration journal-doi", "pain-3", doi="10.1016/j.physletb.2012.08.020",
    journal="Physics Letters B", volume="716", pages="1-29", year=2012, month=9, arxiv=None)
pos("1207.7235", "inspire", "collaboration journal-doi", "", doi="10.1016/j.physletb.2012.08.021", journal="Phys. Lett. B",
    volume="716", pages="30--61", year=2012, key="CMS:2012qbp")
pos("1207.7235", "google-scholar", "collaboration no-identifier published-version", "pain-2 pain-3",
    journal="Physics Letters B", volume="716", pages="30--61", year=2012, arxiv=None, authors="Serguei Chatrchyan", others_after=1)

# ------------------------------------------------------------------ Max Tegmark (seed author)
pos("astro-ph/0310723", "ads", "old-style-id journal-doi", "", journal="\\prd", volume="69", pages="103501",
    doi="10.1103/PhysRevD.69.103501", year=2004, key="2004PhRvD..69j3501T")
pos("astro-ph/0310723", "google-scholar", "and-others published-version no-identifier", "pain-2 pain-3 pain-6",
    journal="Physical review D", volume="69", pages="103501", year=2004, arxiv=None, authors_keep=4)
pos("astro-ph/0302496", "ads", "particles old-style-id journal-doi", "pain-6", journal="\\prd", volume="68", pages="123523",
    doi="10.1103/PhysRevD.68.123523", year=2003, key="2003PhRvD..68l3523T")
pos("astro-ph/0302496", "hand-written", "particles no-identifier published-version", "pain-2 pain-3 pain-6",
    authors="Tegmark, Max; de Oliveira-Costa, Ang{\\'e}lica; Hamilton, Andrew J. S.", journal="Phys. Rev. D", volume="68",
    pages="123523", year=2003)
pos("astro-ph/0302496", "zotero-doi", "particles journal-doi", "pain-6", authors="Max Tegmark; Angélica de Oliveira-Costa; Andrew J. S. Hamilton",
    journal="Physical Review D", volume="68", pages="123523", doi="10.1103/PhysRevD.68.123523", year=2003, month=12, arxiv=None)
pos("0704.0646", "zotero-doi", "journal-doi published-version", "pain-3", journal="Foundations of Physics", volume="38",
    pages="101--150", doi="10.1007/s10701-007-9186-9", year=2008, month=2, arxiv=None)
pos("0704.0646", "arxiv-bibtex", "arxiv-year")
pos("0704.0646", "hand-written", "no-identifier", "pain-2", journal="Found. Phys.", volume="38", pages="101", year=2008)
pos("gr-qc/9704009", "zotero-doi", "published-title journal-doi quotes", "pain-3",
    title="Is “the Theory of Everything” Merely the Ultimate Ensemble Theory?", journal="Annals of Physics", volume="270",
    pages="1--51", doi="10.1006/aphy.1998.5855", year=1998, month=11, arxiv=None)
pos("gr-qc/9704009", "inspire", "old-style-id latex-title quotes", "", title="Is ``the theory of everything'' merely the ultimate ensemble theory?",
    key="Tegmark:1997jx")
pos("gr-qc/9704009", "hand-written", "latex-title quotes no-identifier", "pain-2",
    title="Is ``the theory of everything'' merely the ultimate ensemble theory?", journal="Ann. Phys.", volume="270", year=1998)
pos("quant-ph/9907009", "zotero-doi", "published-title journal-doi", "pain-3", title="Importance of quantum decoherence in brain processes",
    journal="Physical Review E", volume="61", pages="4194--4206", doi="10.1103/PhysRevE.61.4194", year=2000, month=4, arxiv=None)
pos("quant-ph/9907009", "google-scholar", "published-title no-identifier", "pain-2 pain-3",
    title="Importance of quantum decoherence in brain processes", journal="Physical review E", volume="61", pages="4194",
    year=2000, arxiv=None)
pos("quant-ph/9907009", "zotero-legacy", "old-style-id", "", arxiv="quant-ph/9907009", year=2000, month=1)
pos("1401.1219", "zotero-doi", "journal-doi published-version", "pain-3", journal="Chaos, Solitons \\& Fractals", volume="76",
    pages="238--270", doi="10.1016/j.chaos.2015.03.014", year=2015, arxiv=None)
pos("1401.1219", "google-scholar", "latex-title no-identifier published-version", "pain-2 pain-3",
    journal="Chaos, Solitons \\& Fractals", volume="76", pages="238--270", year=2015, arxiv=None)
pos("1608.08225", "zotero-doi", "journal-doi published-title", "pain-3", title="Why Does Deep and Cheap Learning Work So Well?",
    journal="Journal of Statistical Physics", volume="168", pages="1223--1247", doi="10.1007/s10955-017-1836-5", year=2017, month=9,
    arxiv="1608.08225")
pos("1608.08225", "hand-written", "initials no-identifier", "pain-2 pain-6", initials=True, journal="J. Stat. Phys.", volume="168",
    year=2017)
pos("1905.11481", "zotero-doi", "journal-doi", "pain-3", title="AI Feynman: A physics-inspired method for symbolic regression",
    journal="Science Advances", volume="6", pages="eaay2631", doi="10.1126/sciadv.aay2631", year=2020, month=4, arxiv=None)
pos("1905.11481", "google-scholar", "no-identifier published-version", "pain-2 pain-3", journal="Science Advances", volume="6",
    pages="eaay2631", year=2020, arxiv=None)
pos("2006.10782", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="Advances in Neural Information Processing Systems", volume="33", pages="4860--4871", year=2020, type="inproceedings")
pos("2006.10782", "zotero-arxiv", "")
pos("2404.19756", "google-scholar", "accents", "pain-6")
pos("2404.19756", "zotero-arxiv", "arxiv-year accents", "pain-6")
pos("2404.19756", "hand-written", "subtitle-dropped no-identifier published-version", "pain-2 pain-3", title="{KAN}",
    booktitle="ICLR", year=2025, type="inproceedings", initials=True, others_after=2)
pos("2408.10205", "arxiv-bibtex", "")
pos("2408.10205", "google-scholar", "")
pos("2310.02207", "google-scholar", "published-version no-identifier", "pain-3",
    booktitle="The Twelfth International Conference on Learning Representations", year=2024, type="inproceedings")
pos("2310.02207", "zotero-arxiv", "")
pos("2310.06824", "arxiv-bibtex", "arxiv-year")
pos("2310.06824", "hand-written", "subtitle-dropped no-identifier published-version", "pain-2 pain-3", title="The geometry of truth",
    booktitle="First Conference on Language Modeling", year=2024, type="inproceedings")
pos("2309.01933", "google-scholar", "")
pos("2309.01933", "zotero-manual", "no-identifier", "pain-2", arxiv=None)
pos("2310.05918", "zotero-arxiv", "")
pos("2310.05918", "google-scholar", "")
pos("2310.02258", "arxiv-bibtex", "")
pos("2310.02258", "zotero-manual", "no-identifier", "pain-2", arxiv=None)
pos("2406.19384", "google-scholar", "")
pos("2406.19384", "hand-written", "no-identifier initials", "pain-2", initials=True)

# ------------------------------------------------------------------ hard negatives
neg("2408.10205", "google-scholar", "2404.19756", "extended-version similar-title same-first-author-year", "pain-1")
neg("2408.10205", "hand-written", "2404.19756", "extended-version subtitle-dropped no-identifier same-first-author-year", "pain-1",
    title="{KAN}: Kolmogorov-Arnold networks", year=2024, initials=True, others_after=1)
neg("2404.19756", "hand-written", "2408.10205", "extended-version similar-title no-identifier same-first-author-year", "pain-1",
    initials=True, others_after=1)
neg("2404.19756", "google-scholar", "2407.16674", "similar-title no-identifier", "pain-1", arxiv=None,
    journal="arXiv preprint")
neg("2006.10782", "zotero-doi", "1905.11481", "extended-version similar-title other-doi", "pain-1",
    journal="Science Advances", volume="6", pages="eaay2631", doi="10.1126/sciadv.aay2631", year=2020, arxiv=None)
neg("1905.11481", "google-scholar", "2006.10782", "extended-version similar-title no-identifier", "pain-1",
    booktitle="Advances in Neural Information Processing Systems", volume="33", year=2020, type="inproceedings", arxiv=None)
neg("1807.06209", "ads", "1807.06205", "series similar-title same-first-author-year", "pain-1", doi="10.1051/0004-6361/201833880",
    journal="\\aap", volume="641", pages="A1", year=2020, key="2020A&A...641A...1P")
neg("1807.06209", "hand-written", "1807.06205", "series no-identifier same-first-author-year", "pain-1",
    authors="{Planck Collaboration}", journal="Astron. Astrophys.", volume="641", pages="A1", year=2020)
neg("1807.06209", "zotero-doi", "planck-corrigendum", "erratum other-doi", "pain-1")
neg("1807.06209", "hand-written", "planck-corrigendum", "erratum no-identifier", "pain-1", doi=None)
neg("1807.06209", "inspire", "1502.01589", "series similar-title", "pain-1")
neg("1807.06209", "hand-written", "1502.01589", "series similar-title no-identifier", "pain-1", doi=None, arxiv=None)
neg("1207.7214", "inspire", "1207.7235", "similar-title collaboration same-year", "pain-1", doi="10.1016/j.physletb.2012.08.021",
    journal="Phys. Lett. B", volume="716", pages="30--61", year=2012)
neg("1207.7214", "hand-written", "1207.7235", "similar-title collaboration no-identifier same-year", "pain-1 pain-6",
    journal="Phys. Lett. B", volume="716", pages="30", year=2012)
neg("1602.03837", "inspire", "1606.04855", "similar-title collaboration same-year", "pain-1")
neg("1602.03837", "hand-written", "1606.04855", "similar-title collaboration no-identifier same-year", "pain-1", doi=None, arxiv=None)
neg("1608.08225", "google-scholar", "1609.03541", "comment", "pain-1")
neg("1608.08225", "hand-written", "1609.03541", "comment no-identifier", "pain-1", arxiv=None)
neg("1608.08225", "hand-written", "reply-lin", "reply no-identifier same-first-author-year", "pain-1", source="constructed")
neg("2001.08361", "google-scholar", "2010.14701", "similar-title same-year shared-authors", "pain-1")
neg("2001.08361", "hand-written", "2010.14701", "similar-title same-year shared-authors no-identifier", "pain-1", arxiv=None,
    initials=True, others_after=2)
neg("2001.08361", "hand-written", "2102.01293", "similar-title shared-authors no-identifier", "pain-1", arxiv=None)
neg("1512.03385", "google-scholar", "1603.05027", "similar-title same-first-author-year", "pain-1")
neg("1512.03385", "hand-written", "1603.05027", "similar-title same-first-author-year no-identifier", "pain-1", arxiv=None,
    booktitle="European Conference on Computer Vision", type="inproceedings")
neg("1706.03762", "google-scholar", "2103.03404", "similar-title", "pain-1")
neg("1312.6114", "arxiv-bibtex", "1906.02691", "similar-title same-authors", "pain-1")
neg("2006.11239", "google-scholar", "2102.09672", "similar-title subtitle-added", "pain-1")
neg("2006.11239", "hand-written", "2102.09672", "similar-title no-identifier", "pain-1", arxiv=None, year=2021,
    booktitle="International Conference on Machine Learning", type="inproceedings")
neg("2006.11239", "hand-written", "2010.02502", "similar-title same-year no-identifier", "pain-1", arxiv=None,
    booktitle="International Conference on Learning Representations", year=2021, type="inproceedings")
neg("1606.06565", "google-scholar", "2109.13916", "similar-title shared-authors", "pain-1")
neg("2501.16496", "arxiv-bibtex", "2012.08630", "similar-title", "pain-1")
neg("2501.16496", "hand-written", "2307.15217", "similar-title shared-authors no-identifier", "pain-1", arxiv=None,
    initials=True, others_after=3)
neg("hep-th/9711200", "inspire", "hep-th/9905111", "similar-title shared-authors", "pain-1")
neg("hep-th/9802150", "inspire", "hep-th/9803131", "similar-title same-first-author-year", "pain-1")
neg("hep-th/9802150", "hand-written", "hep-th/9803131", "similar-title same-first-author-year no-identifier", "pain-1",
    arxiv=None, doi=None, initials=True)
neg("math/0303109", "arxiv-bibtex", "math/0307245", "similar-title same-first-author-year", "pain-1")
neg("math/0303109", "hand-written", "math/0307245", "similar-title same-first-author-year no-identifier", "pain-1", arxiv=None)
neg("quant-ph/9508027", "zotero-doi", "shor-focs", "extended-version same-first-author other-doi", "pain-1 pain-3")
neg("quant-ph/9508027", "hand-written", "shor-focs", "extended-version same-first-author no-identifier", "pain-1", doi=None)
neg("quant-ph/9605043", "inspire", "quant-ph/9706033", "same-first-author", "pain-1")
neg("0704.0646", "hand-written", "tegmark-book", "similar-title same-first-author no-identifier", "pain-1")
neg("0704.0646", "arxiv-bibtex", "0709.4024", "same-first-author-year", "pain-1")
neg("2310.02207", "google-scholar", "2402.18496", "similar-title", "pain-1")
neg("2410.19750", "arxiv-bibtex", "2406.01506", "similar-title same-year", "pain-1")
neg("2410.19750", "hand-written", "2406.01506", "similar-title same-year no-identifier", "pain-1", arxiv=None)
neg("2210.01117", "google-scholar", "2201.03545", "namesake-author same-year", "pain-6", initials=True)
neg("2501.12391", "hand-written", "2309.14316", "similar-title namesake-author no-identifier", "pain-1 pain-6", arxiv=None)
neg("2309.08600", "google-scholar", "2406.04093", "similar-title", "pain-1")
neg("2405.14860", "hand-written", "2305.08746", "same-first-author-year", "", arxiv=None)
neg("2205.10343", "hand-written", "liu-grokking-graphs", "similar-title namesake-author same-year no-identifier", "pain-1 pain-6",
    source="constructed")
neg("2205.10343", "google-scholar", "2310.13548", "similar-title", "pain-1")
neg("2012.05862", "hand-written", "michaud-reward-models", "similar-title namesake-author same-year no-identifier", "pain-1 pain-6",
    source="constructed")
neg("2311.04417", "zotero-manual", "cobalt-michaud", "similar-title namesake-author same-year no-identifier", "pain-1 pain-6",
    source="constructed")
neg("1810.04805", "arxiv-bibtex", "1907.11692", "similar-title namesake-author", "pain-6")
neg("1706.00473", "hand-written", "lecun-deep", "generic-title subtitle-dropped", "pain-1", doi=None)
neg("1706.00473", "google-scholar", "goodfellow-book", "generic-title subtitle-dropped", "pain-1", type="book")
neg("1706.00473", "zotero-doi", "lecun-deep", "generic-title other-doi", "pain-1")
