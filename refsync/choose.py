"""Deciding paper by paper before a sync writes, like ``git add -p``. Pure: the asking is passed in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .model import Paper


class Answer(StrEnum):
    YES = "y"
    NO = "n"
    NEVER = "e"
    """No, and remember it: the paper goes into the profile's exclude list."""
    ALL = "a"
    """Yes to this paper and every one after it."""
    QUIT = "q"
    """No to this paper and every one after it; what was chosen so far is still written."""


HELP = {Answer.YES: "add it", Answer.NO: "not this time", Answer.NEVER: "never (remember in the profile)",
        Answer.ALL: "add it and all remaining", Answer.QUIT: "add none of the remaining"}


@dataclass
class Choices:
    """The arXiv ids the user took, passed over this time, and never wants."""

    chosen: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    never: list[str] = field(default_factory=list)


def choose(papers: Sequence[Paper], ask: Callable[[Paper, int], Answer]) -> Choices:
    """Ask about each paper in turn (``ask`` gets the paper and its position) until all or quit."""
    choices = Choices()
    for position, paper in enumerate(papers):
        answer = ask(paper, position)
        rest = [p.arxiv_id for p in papers[position:]]
        if answer is Answer.ALL:
            choices.chosen += rest
            break
        if answer is Answer.QUIT:
            choices.declined += rest
            break
        {Answer.YES: choices.chosen, Answer.NO: choices.declined, Answer.NEVER: choices.never}[answer].append(
            paper.arxiv_id)
    return choices
