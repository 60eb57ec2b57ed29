"""Read .bib text into the records the matcher compares against.

This is the only module that calls bibtexparser (1.4, pinned by pyzotero), so the move
to bibtexparser 2 touches this file alone.

bibtexparser 1.4 silently turns a broken entry into a comment, which would make a
paper look missing and get it added twice. So the text is first cut into blocks by
:func:`split_blocks`, which checks the structure and names the line of any damage;
only then is each entry's content parsed.

bibtexparser 1.4 is slow (about 4 ms an entry), so it sees as little as possible: only
the fields the matcher reads (:data:`RECORD_FIELDS`; abstracts are cut out), and only
entries whose content hash is not already known from an earlier run (:func:`read_entries`).
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import bibtexparser
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import splitname

from .. import gcpause
from ..errors import BibSyntaxError
from . import fastparse
from ..ids import find_arxiv_ids, find_dois, normalize_doi, parse_arxiv_id
from ..model import Found, Name, Record

# refsync names the file and line of any damage itself (BibSyntaxError); bibtexparser's
# own log lines would only repeat it, without the line, on the user's terminal.
logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)

PARSER = f"bibtexparser {bibtexparser.__version__} + {fastparse.VERSION}"
"""What reads the fields: records read by another version may differ."""

NON_ENTRIES = frozenset({"string", "comment", "preamble"})

_ENTRY_START = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])")
_ENTRY_HEADER_LINE = re.compile(r"\n[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(][ \t]*[^\s,{}()=]+[ \t]*,")
_KEY = re.compile(r"\s*((?:[^\s,{}()=]|\{[^{}]*\})*)\s*,")
"""An entry's key; it may hold braced accents (Paperpile writes ``veli{\\v c}kovi{\\'c}2018deep``)."""
_KEY_UNSAFE = re.compile(r"[{}\\\s'\"`^~]")


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
    closes, or that is still open when the next entry starts. It runs on every read,
    cached or not, so the scanning is done by regular expressions, not a loop per
    character.
    """
    blocks: list[Block] = []
    original = text
    if "\r" in text and "\n" not in text:  # old Mac line ends: scan as lines, same offsets
        text = text.replace("\r", "\n")
    headers = _Headers(text)
    pos = line_pos = 0
    line = 1
    while True:
        at = _next_at(text, pos)
        if at < 0:
            return blocks
        m = _ENTRY_START.match(text, at)
        if not m:
            pos = at + 1
            continue
        etype = m.group(1).lower()
        end = _block_end(text, m.end(), m.group(2), path, None if etype == "comment" else headers)
        key_match = _KEY.match(text, m.end()) if etype not in NON_ENTRIES else None
        line += text.count("\n", line_pos, at)
        line_pos = at
        blocks.append(
            Block(
                type=etype,
                key=key_match.group(1) if key_match else "",
                start=at,
                end=end,
                line=line,
                text=original[at:end],
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


class _Headers:
    """Where the lines that start an entry (``@type{key,``) begin: one scan of the text."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() + 1 for m in _ENTRY_HEADER_LINE.finditer(text)]

    def first_within(self, start: int, end: int) -> int | None:
        """The first entry header that begins after ``start`` and before ``end``."""
        i = bisect.bisect_right(self.starts, start)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < end else None


def _block_end(text: str, body: int, opener: str, path: str, headers: _Headers | None) -> int:
    """Offset just past the brace (or parenthesis) that closes the block opened before ``body``.

    A block may not run into the next entry's header line: that is a missing brace.
    ``headers`` is None for ``@comment{...}``, which may wrap commented-out entries
    (biber reads such a file; its braces are balanced all the same).
    """
    stop, problem = (_brace_close if opener == "{" else _paren_close)(text, body)
    header = headers.first_within(body, stop) if headers else None
    if header is not None:
        nxt = text.count("\n", 0, header) + 1
        _fail(text, body, path, f"is not closed before the next entry at line {nxt} (unbalanced braces)")
    if problem:
        _fail(text, body, path, problem)
    return stop


_UNCLOSED = "is not closed before the end of the file (unbalanced braces)"


def _brace_close(text: str, body: int) -> tuple[int, str]:
    """Past the ``}`` that balances the ``{`` before ``body``: hop from closing brace to closing brace."""
    depth, i = 0, body
    while True:
        close = text.find("}", i)
        if close < 0:
            return len(text), _UNCLOSED
        depth += text.count("{", i, close)
        if depth == 0:
            return close + 1, ""
        depth -= 1
        i = close + 1


_PAREN_TOKENS = re.compile(r"[{})]")


def _paren_close(text: str, body: int) -> tuple[int, str]:
    """Past the ``)`` that closes ``@type(``, at brace depth zero (rare: a loop is fine)."""
    depth = 0
    for token in _PAREN_TOKENS.finditer(text, body):
        ch = token.group()
        if ch == "{":
            depth += 1
        elif depth > 0 and ch == "}":
            depth -= 1
        elif depth == 0 and ch == ")":
            return token.end(), ""
        elif depth == 0:
            return token.start(), "has a closing brace too many"
    return len(text), _UNCLOSED


def _fail(text: str, body: int, path: str, problem: str) -> None:
    start = text.rfind("@", 0, body)
    line = text.count("\n", 0, start) + 1
    header = " ".join(text[start:body].split())
    key = _KEY.match(text, body)
    what = f"entry '{key.group(1)}'" if key and key.group(1) else f"'{header}'"
    raise BibSyntaxError(path, line, f"{what} {problem}")


PARSE_CHUNK = 500
"""Entries handed to bibtexparser at a time: its memory grows with the text it is given."""


def parse_fields(
    blocks: Sequence[Block],
    strings: Sequence[Block] = (),
    path: str = "<bib>",
    only: frozenset[str] | None = None,
) -> list[dict[str, str]]:
    """Field dictionaries of entry ``blocks``, in order, ``@string`` macros resolved.

    Keys are lower case; ``ENTRYTYPE`` and ``ID`` hold the type and the key. With
    ``only``, other fields are cut out of the text before bibtexparser sees it: the
    parser's time goes with the length of what it reads, and abstracts are most of it.
    Also with ``only``, plain entries are read by :mod:`.fastparse`, which gives the
    same fields; bibtexparser reads the entries it declines.
    """
    with gcpause.paused():
        macros = fastparse.string_table([s.text for s in strings]) if only is not None else None
        fast = [fastparse.read_fields(b.text, only, macros) if only is not None else None for b in blocks]
    declined = [b for b, fields in zip(blocks, fast) if fields is None]
    slow = iter(bibtexparser_fields(declined, strings, path, only))
    return [{**fields, "ID": b.key} if fields is not None else next(slow) for b, fields in zip(blocks, fast)]


def bibtexparser_fields(
    blocks: Sequence[Block], strings: Sequence[Block], path: str, only: frozenset[str] | None
) -> list[dict[str, str]]:
    """What bibtexparser reads from ``blocks`` (cut to ``only``): the reference the fast reader must match."""
    texts = [_safe_key(b, b.text if only is None else keep_fields(b.text, only)) for b in blocks]
    result: list[dict[str, str]] = []
    for first in range(0, len(blocks), PARSE_CHUNK):
        chunk = slice(first, first + PARSE_CHUNK)
        result += _parse_chunk(blocks[chunk], texts[chunk], strings, path)
    return result


def _parse_chunk(blocks: Sequence[Block], texts: Sequence[str], strings: Sequence[Block], path: str) -> list[dict[str, str]]:
    macros = [s.text for s in strings]
    parsed = _bibtexparser_entries("\n".join((*macros, *texts)))
    if len(parsed) == len(blocks) and all(p["ID"] == _KEY_UNSAFE.sub("", b.key) for p, b in zip(parsed, blocks)):
        return [{**p, "ID": b.key} for p, b in zip(parsed, blocks)]
    # Something did not survive the joint parse: find the entry that fails on its own.
    result = []
    for block, text in zip(blocks, texts):
        alone = _bibtexparser_entries("\n".join((*macros, text)))
        if len(alone) != 1:
            raise BibSyntaxError(path, block.line, f"entry '{block.key}' cannot be parsed")
        result.append({**alone[0], "ID": block.key})
    return result


def _safe_key(block: Block, text: str) -> str:
    """``text`` with a key bibtexparser can read: it drops an entry whose key holds braces or accents."""
    if not _KEY_UNSAFE.search(block.key):
        return text
    return text.replace(block.key, _KEY_UNSAFE.sub("", block.key), 1)


class _Strings(OrderedDict):  # type: ignore[type-arg]
    """``@string`` macros; an undefined one is empty, as BibTeX has it (with a warning), not a crash."""

    def __missing__(self, name: str) -> str:
        return ""


_FIELD_DELIMITERS = re.compile(r'[{}",]')


@dataclass(frozen=True)
class Fields:
    """Where one entry's parts are: ``@type{key,`` up to ``body``, then each field's text."""

    type_span: tuple[int, int]
    body: int
    """Just past the comma after the key."""
    segments: tuple[tuple[int, int], ...]
    """Each field's text (``name = value`` with the whitespace around it), between commas."""
    end: int
    """The closing brace or parenthesis."""


def field_spans(entry: str) -> Fields | None:
    """The parts of ``entry`` (one ``@type{key, ...}`` block), cut where BibTeX ends fields.

    A field ends at a comma outside braces and quotes. None for an entry this cannot take apart.
    """
    start = _ENTRY_START.match(entry)
    key = _KEY.match(entry, start.end()) if start else None
    if start is None or key is None:
        return None
    body_end = len(entry.rstrip()) - 1  # the closing brace or parenthesis
    segments = []
    depth, quoted, field_start = 0, False, key.end()
    for token in _FIELD_DELIMITERS.finditer(entry, field_start, body_end):
        ch = token.group()
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch == '"':
            quoted = not quoted
        elif depth == 0 and not quoted and ch == ",":
            segments.append((field_start, token.start()))
            field_start = token.end()
    segments.append((field_start, body_end))
    if depth != 0 or quoted:
        return None
    return Fields(start.span(1), key.end(), tuple(segments), body_end)


def keep_fields(entry: str, names: frozenset[str]) -> str:
    """``entry`` (one ``@type{key, ...}`` block) with only the fields named in ``names``.

    The kept fields are untouched text, so they parse exactly as they would in the whole
    entry. An entry this cannot take apart, or that would keep no field, is returned whole.
    """
    spans = field_spans(entry)
    if spans is None:
        return entry
    kept = [entry[a:b] for a, b in spans.segments if field_name(entry[a:b]) in names]
    if not kept:  # bibtexparser drops an entry without fields
        return entry
    return ",".join([entry[: spans.body - 1], *kept]) + entry[spans.end:]


def field_name(segment: str) -> str:
    name, equals, _ = segment.partition("=")
    return name.strip().lower() if equals else ""


def _bibtexparser_entries(text: str) -> list[dict[str, str]]:
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
    parser.bib_database.strings = _Strings(parser.bib_database.strings)
    database = bibtexparser.loads(text, parser)
    return [{k.lower() if k not in ("ENTRYTYPE", "ID") else k: v for k, v in e.items()} for e in database.entries]


# Fields that may carry an arXiv id, in the order a reason prefers to cite them.
_ID_FIELDS = ("eprint", "arxivid", "arxiv", "url", "doi", "journal", "journaltitle", "number",
              "note", "howpublished", "eid", "volume", "slaccitation", "annote", "addendum")
_ARXIV_TYPES = frozenset({"arxiv", ""})
RECORD_FIELDS = frozenset({"title", "author", "year", "date", "archiveprefix", "eprinttype", *_ID_FIELDS})
"""Every field :func:`record_from_fields` reads (keep in step): the rest are never parsed."""


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
    return [_name(part) for part in _split_and(field) if part.lower() != "others"]


@lru_cache(maxsize=65536)
def _name(written: str) -> Name:
    """One name as BibTeX splits it: memoized, as a library names the same co-authors again and again."""
    pieces = splitname(written, strict_mode=False)
    family = " ".join(pieces.get("von", []) + pieces.get("last", []))
    return Name(family=_unbrace(family), given=_unbrace(" ".join(pieces.get("first", []))),
                suffix=" ".join(pieces.get("jr", [])))


def _unbrace(text: str) -> str:
    """``{Barnes and Noble}`` is one protected name; the outer braces are not part of it."""
    if text.startswith("{") and text.endswith("}") and text.count("{") == 1:
        return text[1:-1]
    return text


def _split_and(field: str) -> list[str]:
    """Split on the word ``and`` at brace depth zero, as BibTeX does."""
    names: list[str] = []
    current: list[str] = []
    depth = 0
    for token in re.split(r"(\s+)", field):
        if depth == 0 and token.lower() == "and":
            names.append("".join(current))
            current = []
            continue
        current.append(token)
        depth += token.count("{") - token.count("}")
    names.append("".join(current))
    return [n.strip() for n in names if n.strip()]


@dataclass(frozen=True)
class Reading:
    """A .bib text as records, each with the content hash it can be cached under."""

    blocks: list[Block]
    records: list[Record]
    """One per entry block, in file order."""
    digests: list[str]
    """Per entry: a hash of its exact text and of every ``@string`` block (macros change meaning)."""
    parsed: int
    """How many entries went through bibtexparser; the others were already known."""

    def by_digest(self) -> dict[str, Record]:
        return dict(zip(self.digests, self.records))


def read_entries(text: str, path: str = "<bib>", known: Mapping[str, Record] | None = None) -> Reading:
    """Every entry of a .bib text as a record; entries whose digest is in ``known`` are not parsed.

    The structure is checked every time (a damaged file is refused even when all its
    entries are known); only the slow field parsing is skipped.
    """
    known = known or {}
    with gcpause.paused():
        blocks = split_blocks(text, path)
        entries = [b for b in blocks if b.is_entry]
        strings = [b for b in blocks if b.type == "string"]
        salt = hashlib.blake2b("\n".join(s.text for s in strings).encode("utf-8", "surrogatepass"), digest_size=16)
        digests = [_digest(b.text, salt.digest()) for b in entries]
        todo = {d: b for d, b in zip(digests, entries) if d not in known}
    fresh = parse_fields(list(todo.values()), strings, path, RECORD_FIELDS)
    with gcpause.paused():
        found = {**known, **{d: record_from_fields(f, b.line) for (d, b), f in zip(todo.items(), fresh)}}
        records = [_at(found[d], b.line) for d, b in zip(digests, entries)]
    return Reading(blocks, records, digests, len(todo))


def _at(record: Record, line: int) -> Record:
    """The record of an entry that may have moved (lines added above it) since it was read."""
    return record if record.line == line else replace(record, line=line)


def _digest(text: str, salt: bytes) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16, key=salt).hexdigest()


def read_records(text: str, path: str = "<bib>") -> tuple[list[Block], list[Record]]:
    """Every entry of a .bib text as a record, with the blocks they came from."""
    reading = read_entries(text, path)
    return reading.blocks, reading.records


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
