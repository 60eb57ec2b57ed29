"""Rewrite one .bib entry's text for an :class:`~refsync.update.Update`. Pure.

Only what the update names changes: the type word, the values of changed fields, and
added fields written after the last one, in the entry's own indentation and alignment.
The key, every other field (with its delimiters, spacing and comments) and the text
outside the changed values stay as they were.
"""

from __future__ import annotations

import re

from ..errors import TargetError
from ..model import TYPE, FieldChange, Update
from .parse import field_name, field_spans, parses_as_one_entry

_ASSIGNMENT = re.compile(r"(\s*)([^\s=]+)(\s*)=(\s*)")


def patch_entry(entry: str, update: Update, newline: str) -> str:
    """``entry`` with ``update``'s changes applied; refuses (TargetError) rather than write a broken entry."""
    spans = field_spans(entry)
    if spans is None:
        raise TargetError(f"entry '{update.key}' cannot be taken apart into fields; not updated")
    changes = {c.field.lower(): c for c in update.changes if c.field != TYPE}
    pieces: list[str] = []
    cursor = 0
    if update.new_type:
        a, b = spans.type_span
        pieces += [entry[cursor:a], _same_case(entry[a:b], update.new_type)]
        cursor = b
    last_field_end = spans.body
    for a, b in spans.segments:
        segment = entry[a:b].rstrip()
        name = field_name(segment)
        if not name:
            continue
        last_field_end = a + len(segment)
        change = changes.pop(name, None)
        if change is not None:
            pieces += [entry[cursor:a], _with_value(segment, change.new)]
            cursor = last_field_end
    pieces += [entry[cursor:last_field_end]]
    pieces += [f",{newline}{_assignment(entry, spans.segments, change)}" for change in changes.values()]
    patched = "".join(pieces) + entry[last_field_end:]
    fields = parses_as_one_entry(patched)
    if fields is None or fields.get("ID") != update.key:
        raise TargetError(f"updating entry '{update.key}' would not leave one well-formed entry; not updated")
    return patched


def _same_case(written: str, new: str) -> str:
    if written.isupper():
        return new.upper()
    return new.capitalize() if written[:1].isupper() else new


def _with_value(segment: str, value: str) -> str:
    """The field text (trailing whitespace cut) with its value replaced, the text before the value kept."""
    m = _ASSIGNMENT.match(segment)
    assert m is not None  # field_name found an '='
    return f"{segment[: m.end()]}{{{value}}}"


def _assignment(entry: str, segments: tuple[tuple[int, int], ...], change: FieldChange) -> str:
    """A new ``name = {value}`` line, indented and aligned like the entry's first field."""
    indent, head, gap = "  ", f"{change.field} ", " "
    for a, b in segments:
        m = _ASSIGNMENT.match(entry, a, b)
        if m:
            indent = m.group(1).rsplit("\n", 1)[-1]
            aligned = len(m.group(2)) + len(m.group(3))
            head = f"{change.field} ".ljust(aligned) if m.group(3) else change.field
            gap = m.group(4)
            break
    return f"{indent}{head}={gap}{{{change.new}}}"
