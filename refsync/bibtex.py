"""Read .bib text into the records the matcher compares against.

This is the only module that calls bibtexparser (1.4, pinned by pyzotero), so the move
to bibtexparser 2 touches this file alone.

bibtexparser 1.4 silently turns a broken entry into a comment, which would make a
paper look missing and get it added twice. So the text is first cut into blocks by
:func:`split_blocks`, which checks the structure and names the line of any damage;
only then is each entry's content parsed.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import bibtexparser
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import splitname

from .errors import BibSyntaxError
from .ids import find_arxiv_ids, find_dois, normalize_doi, parse_arxiv_id
from .model import Found, Name, Record

# refsync names the file and line of any damage itself (BibSyntaxError); bibtexparser's
# own log lines would only repeat it, without the line, on the user's terminal.
logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)

NON_ENTRIES = frozenset({"string", "comment", "preamble"})

_ENTRY_START = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])")
_ENTRY_HEADER_LINE = re.compile(r"^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(][ \t]*[^\s,{}()=]+[ \t]*,", re.MULTILINE)
_KEY = re.compile(r"\s*([^\s,{}()=]*)\s*,")


@dataclass(frozen=True)
class Block:
    """One ``@...`` construct of a .bib file, with where it sits in the text."""

    type: str
    """Lower-case entry type: ``article``, ``misc``; or ``string``/``comment``/``preamble``."""
    key: str
    start: int
    end: int
    line: int
    text: str

    @property
    def is_entry(self) -> bool:
        return self.type not in NON_ENTRIES


def split_blocks(text: str, path: str = "<bib>") -> list[Block]:
    """Cut .bib text into its ``@`` blocks, checking that every one is closed.

    Text between blocks is a comment to BibTeX (a ``%`` line included) and is skipped.
    Raises :class:`BibSyntaxError` naming the line where a block begins that never
    closes, or that is still open when the next entry starts.
    """
    blocks: list[Block] = []
    pos = 0
    while True:
        at = _next_at(text, pos)
        if at < 0:
            return blocks
        m = _ENTRY_START.match(text, at)
        if not m:
            pos = at + 1
            continue
        end = _block_end(text, m.end(), m.group(2), path)
        etype = m.group(1).lower()
        key_match = _KEY.match(text, m.end()) if etype not in NON_ENTRIES else None
        blocks.append(
            Block(
                type=etype,
                key=key_match.group(1) if key_match else "",
                start=at,
                end=end,
                line=text.count("\n", 0, at) + 1,
                text=text[at:end],
            )
        )
        pos = end


def _next_at(text: str, pos: int) -> int:
    """The next ``@`` outside a ``%`` comment line."""
    while True:
        at = text.find("@", pos)
        if at < 0:
            return -1
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].lstrip().startswith("%"):
            pos = text.find("\n", at)
            if pos < 0:
                return -1
            continue
        return at


def _block_end(text: str, body: int, opener: str, path: str) -> int:
    """Offset just past the brace (or parenthesis) that closes the block opened before ``body``."""
    closer = "}" if opener == "{" else ")"
    depth = 0
    i = body
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                if closer == "}":
                    return i + 1
                _fail(text, body, path, "has a closing brace too many")
            depth -= 1
        elif ch == ")" and closer == ")" and depth == 0:
            return i + 1
        elif ch == "\n" and _ENTRY_HEADER_LINE.match(text, i + 1):
            nxt = text.count("\n", 0, i + 1) + 1
            _fail(text, body, path, f"is not closed before the next entry at line {nxt} (unbalanced braces)")
        i += 1
    _fail(text, body, path, "is not closed before the end of the file (unbalanced braces)")
    raise AssertionError("unreachable")  # pragma: no cover


def _fail(text: str, body: int, path: str, problem: str) -> None:
    start = text.rfind("@", 0, body)
    line = text.count("\n", 0, start) + 1
    header = " ".join(text[start:body].split())
    key = _KEY.match(text, body)
    what = f"entry '{key.group(1)}'" if key and key.group(1) else f"'{header}'"
    raise BibSyntaxError(path, line, f"{what} {problem}")


def parse_fields(blocks: Sequence[Block], strings: Sequence[Block] = (), path: str = "<bib>") -> list[dict[str, str]]:
    """Field dictionaries of entry ``blocks``, in order, ``@string`` macros resolved.

    Keys are lower case; ``ENTRYTYPE`` and ``ID`` hold the type and the key.
    """
    if not blocks:
        return []
    parsed = _bibtexparser_entries("\n".join(b.text for b in (*strings, *blocks)))
    if len(parsed) == len(blocks) and all(p["ID"] == b.key for p, b in zip(parsed, blocks)):
        return parsed
    # Something did not survive the joint parse: find the entry that fails on its own.
    result = []
    for block in blocks:
        alone = _bibtexparser_entries("\n".join(s.text for s in (*strings, block)))
        if len(alone) != 1:
            raise BibSyntaxError(path, block.line, f"entry '{block.key}' cannot be parsed")
        result.append(alone[0])
    return result


class _Strings(OrderedDict):  # type: ignore[type-arg]
    """``@string`` macros; an undefined one is empty, as BibTeX has it (with a warning), not a crash."""

    def __missing__(self, name: str) -> str:
        return ""


def _bibtexparser_entries(text: str) -> list[dict[str, str]]:
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
    parser.bib_database.strings = _Strings(parser.bib_database.strings)
    database = bibtexparser.loads(text, parser)
    return [{k.lower() if k not in ("ENTRYTYPE", "ID") else k: v for k, v in e.items()} for e in database.entries]


# Fields that may carry an arXiv id, in the order a reason prefers to cite them.
_ID_FIELDS = ("eprint", "arxivid", "arxiv", "url", "doi", "journal", "journaltitle", "number",
              "note", "howpublished", "eid", "volume", "slaccitation", "annote", "addendum")
_ARXIV_TYPES = frozenset({"arxiv", ""})


def record_from_fields(fields: dict[str, str], line: int | None = None) -> Record:
    """What the matcher needs from one entry: ids wherever they hide, title, authors, year."""
    return Record(
        key=fields.get("ID", ""),
        title=fields.get("title", ""),
        authors=tuple(split_authors(fields.get("author", ""))),
        year=_year(fields),
        arxiv_ids=tuple(_arxiv_ids(fields)),
        dois=tuple(_dois(fields)),
        kind=fields.get("ENTRYTYPE", "").lower(),
        line=line,
    )


def _arxiv_ids(fields: dict[str, str]) -> Iterable[Found]:
    eprint_type = (fields.get("archiveprefix") or fields.get("eprinttype") or "").strip().lower()
    seen: set[str] = set()
    for name in _ID_FIELDS:
        value = fields.get(name, "")
        if not value or (name == "eprint" and eprint_type not in _ARXIV_TYPES):
            continue
        for found in _ids_in_field(name, value):
            if found.base not in seen:
                seen.add(found.base)
                yield Found(found.base, name, value.strip())


def _ids_in_field(name: str, value: str) -> list:  # type: ignore[type-arg]
    exact = parse_arxiv_id(value)
    if exact:
        return [exact]
    if name == "volume" and "abs/" not in value.lower():
        return []
    if name == "url" and "arxiv" not in value.lower():
        return []
    return find_arxiv_ids(value)


def _dois(fields: dict[str, str]) -> Iterable[Found]:
    seen: set[str] = set()
    for name in ("doi", "url", "note"):
        value = fields.get(name, "")
        candidates = [normalize_doi(value)] if name != "note" else find_dois(value)
        if name == "url" and "doi.org/" not in value.lower():
            continue
        for doi in candidates:
            if doi and doi not in seen:
                seen.add(doi)
                yield Found(doi, name, value.strip())


_YEAR = re.compile(r"(1[6-9]\d\d|20\d\d)")


def _year(fields: dict[str, str]) -> int | None:
    for name in ("year", "date"):
        m = _YEAR.search(fields.get(name, ""))
        if m:
            return int(m.group(1))
    return None


def split_authors(field: str) -> list[Name]:
    """The names of a BibTeX ``author`` field; ``and others`` is dropped."""
    names = []
    for part in _split_and(field):
        if part.lower() == "others":
            continue
        pieces = splitname(part, strict_mode=False)
        family = " ".join(pieces.get("von", []) + pieces.get("last", []))
        names.append(Name(family=_unbrace(family), given=_unbrace(" ".join(pieces.get("first", []))),
                          suffix=" ".join(pieces.get("jr", []))))
    return names


def _unbrace(text: str) -> str:
    """``{Barnes and Noble}`` is one protected name; the outer braces are not part of it."""
    if text.startswith("{") and text.endswith("}") and text.count("{") == 1:
        return text[1:-1]
    return text


def _split_and(field: str) -> list[str]:
    """Split on the word ``and`` at brace depth zero, as BibTeX does."""
    names, current, depth = [], [], 0
    for token in re.split(r"(\s+)", field):
        if depth == 0 and token.lower() == "and":
            names.append("".join(current))
            current = []
            continue
        current.append(token)
        depth += token.count("{") - token.count("}")
    names.append("".join(current))
    return [n.strip() for n in names if n.strip()]


def read_records(text: str, path: str = "<bib>") -> tuple[list[Block], list[Record]]:
    """Every entry of a .bib text as a record, with the blocks they came from."""
    blocks = split_blocks(text, path)
    entries = [b for b in blocks if b.is_entry]
    strings = [b for b in blocks if b.type == "string"]
    fields = parse_fields(entries, strings, path)
    return blocks, [record_from_fields(f, b.line) for f, b in zip(fields, entries)]


def parses_as_one_entry(text: str) -> dict[str, str] | None:
    """The fields of ``text`` if it is exactly one well-formed entry, else None (for checks)."""
    try:
        blocks = split_blocks(text)
    except BibSyntaxError:
        return None
    if len(blocks) != 1 or not blocks[0].is_entry:
        return None
    parsed = _bibtexparser_entries(text)
    return parsed[0] if len(parsed) == 1 else None
