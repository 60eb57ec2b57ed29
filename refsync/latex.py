"""Text from arXiv made safe inside a BibTeX field, and looking hand-typed. Pure.

arXiv titles and abstracts are TeX-ish: authors write ``$\\alpha$``, ``72\\%`` or
``\\textbf{x}`` and mean it, but also bare ``&``, ``%`` and ``_``. So math and TeX
commands are kept, bare special characters are escaped, and braces are balanced
whatever the input, so no text can end a field or start an entry.
"""

from __future__ import annotations

import re

from pylatexenc.latexencode import unicode_to_latex

_MATH = re.compile(r"(?<!\\)(\$\$.+?(?<!\\)\$\$|\$.+?(?<!\\)\$)", re.DOTALL)
_ESCAPE = {"%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_ESCAPABLE = set("%&#_{}$~^\\ '\"`=.,;!")
_WORD = re.compile(r"\S+")
_CORE = re.compile(r"^([(\[\"'`]*)(.*?)([)\]\"'.,:;!?]*)$")


def split_math(text: str) -> list[tuple[bool, str]]:
    """``(is_math, segment)`` pieces; ``$...$`` and ``$$...$$`` are math."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            pieces.append((False, text[pos : m.start()]))
        pieces.append((True, m.group(0)))
        pos = m.end()
    if pos < len(text):
        pieces.append((False, text[pos:]))
    return pieces


def escape(text: str, *, ascii_only: bool = False) -> str:
    """``text`` as the content of a braced BibTeX field."""
    out = "".join(segment if is_math else _escape_text(segment) for is_math, segment in split_math(text))
    if ascii_only:
        # A character with no LaTeX form is kept as it is; the file's encoding decides (bibfile).
        out = unicode_to_latex(
            out, non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_warning=False
        )
    return balance_braces(out)


def _escape_text(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            nxt = text[i + 1 : i + 2]
            if nxt.isalpha() or (nxt and nxt in _ESCAPABLE and nxt != " "):
                out.append(ch + nxt)  # a TeX command or an escape the author already wrote
                i += 2
                continue
            out.append(r"\textbackslash{}")
        elif ch == "$":
            out.append(r"\$")  # a lone dollar: no math to keep
        else:
            out.append(_ESCAPE.get(ch, ch))
        i += 1
    return "".join(out)


def balance_braces(text: str) -> str:
    """Keep matched braces (TeX groups); spell out unmatched ones so BibTeX's count holds.

    BibTeX counts every brace, escaped or not, so ``\\{`` alone would still open a group.
    """
    chars = list(text)
    stack: list[int] = []
    unmatched: set[int] = set()
    for i, ch in enumerate(chars):
        if ch == "{":
            stack.append(i)
        elif ch == "}":
            if stack:
                stack.pop()
            else:
                unmatched.add(i)
    unmatched.update(stack)
    if not unmatched:
        return text
    for i in sorted(unmatched, reverse=True):
        word = r"\textbraceleft{}" if chars[i] == "{" else r"\textbraceright{}"
        if i > 0 and chars[i - 1] == "\\":
            chars[i - 1 : i + 1] = [word]
        else:
            chars[i : i + 1] = [word]
    return "".join(chars)


def protect_case(title: str, words: frozenset[str] = frozenset()) -> str:
    """Brace the words a bibliography style must not lower-case.

    Acronyms and words with an inner capital (``GPT-4``, ``SAEs``, ``iPhone``,
    ``Kolmogorov-Arnold``) and any of ``words`` (proper nouns the user lists). Ordinary
    capitalised words are left alone, so sentence-case styles still work; the whole
    title is never wrapped.
    """
    return "".join(
        segment if is_math else _WORD.sub(lambda m: _protect_word(m.group(0), words), segment)
        for is_math, segment in split_math(title)
    )


def _protect_word(word: str, words: frozenset[str]) -> str:
    if "\\" in word or "{" in word or "}" in word:
        return word
    lead, core, tail = _CORE.match(word).groups()  # type: ignore[union-attr]
    if len(core) > 1 and (any(c.isupper() for c in core[1:]) or core in words):
        return f"{lead}{{{core}}}{tail}"
    return word
