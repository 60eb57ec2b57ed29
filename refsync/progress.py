"""A progress bar on stderr while refsync pages through arXiv; nothing when stderr is not a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from .arxiv.client import Progress as PageHook


@contextmanager
def arxiv_pages(err: Console, *, quiet: bool = False) -> Iterator[PageHook | None]:
    """A page hook moving one bar (papers received of the total), shown from the first page, cleared at the end.

    A saved feed or a cached answer never calls the hook, so it shows nothing.
    """
    if quiet or not err.is_terminal:
        yield None
        return
    columns = (TextColumn("fetching papers from arXiv"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    bar = Progress(*columns, console=err, transient=True)
    task = bar.add_task("arxiv", total=None, start=False)

    def show(received: int, total: int | None) -> None:
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=received, total=total)

    try:
        yield show
    finally:
        bar.stop()
