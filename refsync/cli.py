"""The ``refsync`` command: parse options, call the library, print the outcome.

Exit codes: 0 success; 1 ``diff --exit-code`` found new papers; 2 usage or config
error; 3 a runtime error (network, feed, library); 4 a sync that applied only part
of its plan.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from . import __version__
from . import config as configuration
from .arxiv import response_cache
from .bibfile import BibOptions, BibTarget, index_cache
from .errors import ConfigError, RefsyncError
from .output import applied_line, outcome_json, plan_table, summary_line
from .render import RenderOptions
from .sync import Outcome, SourceSpec, diff, fetch_papers, selection_for

EXIT_NEW_PAPERS = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 4

F = TypeVar("F", bound=Callable[..., Any])


class RefsyncGroup(click.Group):
    """Turns refsync's own errors into one line on stderr and a meaningful exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except RefsyncError as error:
            click.echo(f"refsync: error: {error}", err=True)
            sys.exit(EXIT_USAGE if isinstance(error, ConfigError) else 3)
        except KeyboardInterrupt:
            click.echo("refsync: interrupted; nothing more written", err=True)
            sys.exit(130)


@dataclass
class App:
    config_path: Path | None
    _config: configuration.Config | None = None

    @property
    def config(self) -> configuration.Config:
        if self._config is None:
            self._config = configuration.load(self.config_path)
        return self._config


@click.group(cls=RefsyncGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="refsync")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file (default: $REFSYNC_CONFIG, else the user config dir).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log requests and decisions to stderr.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, verbose: bool) -> None:
    """Keep a reference library in step with an author's arXiv papers.

    `diff` shows which papers are missing from the library; `sync` adds them.
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="refsync: %(message)s")
    ctx.obj = App(config_path)


def source_options(func: F) -> F:
    """Who: a profile, an author name, an arXiv author id or ORCID, or saved feeds."""
    options = [
        click.argument("profile", required=False),
        click.option("--author", "-a", help='Author name as on arXiv, e.g. "Eric J. Michaud".'),
        click.option("--alias", "aliases", multiple=True, help="Another form of the author's name (repeatable)."),
        click.option("--arxiv-author-id", help="arXiv author id (e.g. michaud_e_1): the author's own exact list."),
        click.option("--orcid", help="ORCID linked to an arXiv account: the author's own exact list."),
        click.option("--query", help="A raw arXiv search_query instead of the author query."),
        click.option("--id", "ids", multiple=True, help="An arXiv id to check, instead of an author's list (repeatable)."),
        click.option(
            "--feed",
            "feeds",
            multiple=True,
            type=click.Path(path_type=Path, dir_okay=False, exists=True),
            help="Read a saved arXiv Atom response instead of the API (offline; repeatable).",
        ),
        click.option("--exclude", multiple=True, help="arXiv id never to add (repeatable)."),
        click.option("--category", "categories", multiple=True, help="Only papers in this category or archive (repeatable)."),
        click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only papers first submitted on or after this date."),
        click.option("--refresh", is_flag=True, help="Ignore refsync's caches (today's arXiv answers, the .bib index) and rebuild them."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def target_options(func: F) -> F:
    """Where: the .bib file, and how new entries are written."""
    options = [
        click.option("--bib", type=click.Path(path_type=Path, dir_okay=False), help="The .bib file to compare with and add to."),
        click.option("--create", is_flag=True, help="Start a new .bib file if it does not exist."),
        click.option("--ascii", "ascii_only", is_flag=True, default=None, help="Write accents as LaTeX commands."),
        click.option("--citekey", type=click.Choice(["bbt", "google", "arxiv"]), help="Citation key style for new entries."),
        click.option("--json", "as_json", is_flag=True, help="Print the JSON report, and nothing else, on stdout."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@dataclass
class Job:
    spec: SourceSpec
    exclude: tuple[str, ...]
    categories: tuple[str, ...]
    since: dt.date | None
    bib: Path | None
    refresh: bool


def _job(app: App, profile_name: str | None, opts: dict[str, Any]) -> Job:
    """Merge a profile with the command-line options; the options win."""
    profile = app.config.profile(profile_name) if profile_name else configuration.Profile(name="")
    feeds = tuple(opts["feeds"])
    ids = configuration.arxiv_ids(tuple(opts["ids"]), "--id", "command line")
    author_id = opts["arxiv_author_id"] or opts["orcid"] or (None if opts["author"] else profile.arxiv_author_id)
    spec = SourceSpec(
        author=opts["author"] or profile.author,
        aliases=tuple(opts["aliases"]) or profile.aliases,
        arxiv_author_id=author_id,
        query=opts["query"] or (None if opts["author"] else profile.query),
        feeds=feeds,
        ids=ids,
    )
    since = opts["since"].date() if opts["since"] else profile.since
    exclude = configuration.arxiv_ids(tuple(opts["exclude"]), "--exclude", "command line") + profile.exclude
    categories = tuple(opts["categories"]) or profile.categories
    return Job(spec, exclude, categories, since, opts["bib"] or profile.bib, opts["refresh"])


def _bib_target(app: App, job: Job, opts: dict[str, Any]) -> BibTarget:
    if job.bib is None:
        raise ConfigError("name the library: --bib FILE (or a profile with 'bib')")
    settings = app.config.bibtex
    render = RenderOptions(
        ascii_only=settings.ascii if opts["ascii_only"] is None else opts["ascii_only"],
        max_authors=settings.max_authors,
        protect=frozenset(settings.protect),
    )
    options = BibOptions(render=render, citekey=opts["citekey"] or settings.citekey, backup=settings.backup, create=opts["create"])
    return BibTarget(job.bib, options, index=index_cache(refresh=job.refresh))


def _plan(app: App, profile: str | None, opts: dict[str, Any], err: Console) -> tuple[Outcome, BibTarget]:
    job = _job(app, profile, opts)
    target = _bib_target(app, job, opts)
    cache = response_cache(refresh=job.refresh)
    papers = fetch_papers(job.spec, app.config.arxiv, progress=_progress(err), cache=cache)
    selection = selection_for(job.spec, exclude=job.exclude, categories=job.categories, since=job.since)
    return diff(papers, target, selection, job.spec.label), target


def _progress(err: Console) -> Callable[[int, int | None], None] | None:
    if not err.is_terminal:
        return None

    def show(received: int, total: int | None) -> None:
        err.print(f"fetched {received}{f'/{total}' if total is not None else ''} papers from arXiv", highlight=False)

    return show


def _print(outcome: Outcome, as_json: bool, out: Console) -> None:
    if as_json:
        click.echo(json.dumps(outcome_json(outcome), indent=2, ensure_ascii=False))
        return
    if outcome.plan.decisions:
        out.print(plan_table(outcome.plan))
    out.print(summary_line(outcome), highlight=False)
    if outcome.applied is not None:
        out.print(applied_line(outcome), highlight=False)


@cli.command("diff")
@source_options
@target_options
@click.option("--exit-code", is_flag=True, help="Exit with 1 when there are new papers (for CI and cron).")
@click.pass_obj
def diff_command(app: App, profile: str | None, exit_code: bool, **opts: Any) -> None:
    """Show which of the author's papers the library lacks. Never writes."""
    out, err = Console(), Console(stderr=True)
    outcome, _ = _plan(app, profile, opts, err)
    _print(outcome, opts["as_json"], out)
    if exit_code and outcome.plan.new:
        sys.exit(EXIT_NEW_PAPERS)


@cli.command("sync")
@source_options
@target_options
@click.option("--yes", "-y", is_flag=True, help="Write without asking (required when stdin is not a terminal).")
@click.pass_obj
def sync_command(app: App, profile: str | None, yes: bool, **opts: Any) -> None:
    """Add the author's missing papers to the library."""
    out, err = Console(), Console(stderr=True)
    outcome, target = _plan(app, profile, opts, err)
    new = outcome.plan.new
    if new and not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("refusing to write without --yes when stdin is not a terminal")
        if not opts["as_json"]:
            out.print(plan_table(outcome.plan, show_present=False))
        if not click.confirm(f"Add {len(new)} papers to {target.path}?", err=True):
            click.echo("nothing written", err=True)
            return
    outcome.applied = target.apply(outcome.plan)
    _print(outcome, opts["as_json"], out)
    if target.backup_path and not opts["as_json"]:
        err.print(f"previous version saved as {target.backup_path}", highlight=False)
    if outcome.applied.failed:
        sys.exit(EXIT_PARTIAL)


def main() -> None:
    cli(prog_name="refsync")

