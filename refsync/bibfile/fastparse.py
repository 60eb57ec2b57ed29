"""An exact reader for plain .bib entries, so bibtexparser 1.4 (about 4 ms an entry) reads only the rest.

It gives the field dictionary bibtexparser gives for :func:`refsync.bibfile.parse.keep_fields`'s
cut of an entry, or None — and then bibtexparser reads the entry, as before. It
declines everything outside a small grammar whose reading is certain: ``@type{key,``,
fields ``name = {braced}``, ``"quoted"``, ``1234`` or a macro name, separated by commas,
with only spaces and line breaks between the parts; macros only when every ``@string``
of the file is a plain ``@string{name = {value}}`` (:func:`string_table`). ``#`` concatenation, parenthesised
entries, tabs (pyparsing expands them by column), repeated field names (bibtexparser's
choice among spellings depends on their order) and anything unbalanced are declined.
``tests/unit/test_fastparse.py`` checks it against bibtexparser on generated and real entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

VERSION = "fastparse 1"
"""Part of the records' producer: a change to this reader invalidates cached records."""

_HEADER = re.compile(r"@([A-Za-z]+)[ \r\n]*\{[ \r\n]*([^\s,{}()=]+)[ \r\n]*,")
_FIELD = re.compile(r"[ \r\n]*([A-Za-z0-9_().+-]+)[ \r\n]*=[ \r\n]*")
_SPACE = re.compile(r"[ \r\n]*")
_DIGITS = re.compile(r"[0-9]+")
_MACRO = re.compile(r"[A-Za-z_:-][A-Za-z0-9_:-]*")
_STRING = re.compile(r"@string[ \r\n]*\{[ \r\n]*([A-Za-z0-9_:-]+)[ \r\n]*=[ \r\n]*", re.IGNORECASE)
MONTHS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
          "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November",
          "dec": "December"}
"""bibtexparser's common strings (``common_strings=True``)."""


def string_table(strings: Sequence[str]) -> dict[str, str] | None:
    """The macros the ``@string`` blocks ``strings`` define, as bibtexparser stores them; None if any is not plain.

    bibtexparser reads every ``@string`` of the file before the entries, later
    definitions replacing earlier ones, names in lower case, values not line-stripped.
    """
    table = dict(MONTHS)
    for text in strings:
        head = _STRING.match(text)
        if head is None or "\t" in text or not text.endswith("}"):
            return None
        close = _value_end(text, head.end())
        if close is None or _SPACE.match(text, close).end() != len(text) - 1:  # type: ignore[union-attr]
            return None
        table[head.group(1).lower()] = _clean(text[head.end() + 1 : close - 1])
    return table
_IN_QUOTES = re.compile(r'[{}"]')


def read_fields(entry: str, only: frozenset[str], macros: dict[str, str] | None = None) -> dict[str, str] | None:
    """The fields named in ``only`` of one ``@type{key, ...}`` block, as bibtexparser reads them; None if unsure.

    ``macros`` is the file's :func:`string_table`; without it, an entry using a macro is declined.
    The fields that are not read may join values with ``#``, but every field must be
    well-formed: then the fields end exactly where :func:`refsync.bibfile.parse.keep_fields` cuts
    them, so the text bibtexparser would see is known.
    """
    head = _HEADER.match(entry)
    end = len(entry) - 1
    if head is None or entry[end] != "}" or "\t" in entry:
        return None
    fields: dict[str, str] = {}
    pos = head.end()
    while True:
        field = _FIELD.match(entry, pos)
        if field is None:  # only a trailing comma may end the list
            if _SPACE.match(entry, pos).end() != end:  # type: ignore[union-attr]
                return None
            break
        name = field.group(1).lower()
        if name in only:
            value = _value(entry, field.end(), macros)
            if value is None or name in fields:
                return None
            fields[name], after = value
        else:  # never read: only where it ends matters
            skipped = _expression_end(entry, field.end())
            if skipped is None:
                return None
            after = skipped
        pos = _SPACE.match(entry, after).end()  # type: ignore[union-attr]
        if pos == end:
            break
        if entry[pos] != ",":
            return None
        pos += 1
    if not fields:
        return None
    # bibtexparser's order: the fields last to first, then type and key.
    result = {name: fields[name] for name in reversed(fields)}
    result["ENTRYTYPE"] = head.group(1).lower()
    result["ID"] = head.group(2)
    return result


def _value(entry: str, start: int, macros: dict[str, str] | None) -> tuple[str, int] | None:
    """The value at ``start`` as bibtexparser stores it and where it ends; None outside the plain grammar."""
    plain = _DIGITS.match(entry, start) or _MACRO.match(entry, start)
    if plain is None:
        close = _value_end(entry, start)
        if close is None:
            return None
        return _clean(_strip_after_new_lines(entry[start + 1 : close - 1])), close
    if plain.re is _DIGITS:
        return plain.group(), plain.end()
    if macros is None:
        return None
    return macros.get(plain.group().lower(), ""), plain.end()


def _expression_end(entry: str, start: int) -> int | None:
    """Past the values joined by ``#`` that start at ``start``: a field that is cut out, not read."""
    while True:
        plain = _DIGITS.match(entry, start) or _MACRO.match(entry, start)
        end = plain.end() if plain else _value_end(entry, start)
        if end is None:
            return None
        after = _SPACE.match(entry, end).end()  # type: ignore[union-attr]
        if entry[after : after + 1] != "#":
            return end
        start = _SPACE.match(entry, after + 1).end()  # type: ignore[union-attr]


def _value_end(text: str, start: int) -> int | None:
    """Just past the ``{...}`` or ``"..."`` value that opens at ``start``; None if it is neither or never closes."""
    opener = text[start : start + 1]
    if opener == "{":
        return _brace_end(text, start + 1)
    if opener == '"':
        return _quote_end(text, start + 1)
    return None


def _brace_end(text: str, body: int) -> int | None:
    """Past the ``}`` that balances the ``{`` before ``body``: hop from closing brace to closing brace."""
    depth, i = 0, body
    while True:
        close = text.find("}", i)
        if close < 0:
            return None
        depth += text.count("{", i, close)
        if depth == 0:
            return close + 1
        depth -= 1
        i = close + 1


def _quote_end(text: str, body: int) -> int | None:
    """Past the ``"`` at brace depth zero that closes the quote before ``body``."""
    depth = 0
    for token in _IN_QUOTES.finditer(text, body):
        ch = token.group()
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                return None  # a closing brace too many inside the quotes
            depth -= 1
        elif depth == 0:
            return token.end()
    return None


def _strip_after_new_lines(value: str) -> str:
    """bibtexparser's own rule: every line after the first loses its leading white space."""
    lines = value.splitlines()
    if len(lines) > 1:
        lines = [lines[0]] + [line.lstrip() for line in lines[1:]]
    return "\n".join(lines)


def _clean(value: str) -> str:
    """bibtexparser stores ``{}`` (a value of empty braces) as an empty string."""
    return "" if value == "{}" else value
