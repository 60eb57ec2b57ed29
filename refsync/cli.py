"""The ``refsync`` command: parse options, call the library, print the outcome.

Exit codes: 0 success; 1 ``diff --exit-code`` found new papers (``--exit-code=updates``:
or entries to update); 2 usage or config
error; 3 a runtime error (network, feed, library); 4 a sync that applied only part
of its plan.

The library (HTTP, Zotero, bibtexparser, the keyring, rich) is imported inside the
commands that use it, so ``refsync --version`` and ``--help`` start without it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import click

from . import __version__
from .bibfile.citekey import FormulaError, parse_formula
from .errors import RefsyncError
from .bibfile.render import render_entry
from .bibfile.settings import Style
from .protocols import TargetRequest

if TYPE_CHECKING:
    from rich.console import Console

    from .config import Config
    from .model import Paper
    from .plan import Selection
    from .protocols import Target
    from .sync import Outcome, SourceSpec

EXIT_NEW_PAPERS = 1
EXIT_PARTIAL = 4

F = TypeVar("F", bound=Callable[..., Any])
ItemType = Literal["preprint", "published"]


class RefsyncGroup(click.Group):
    """Turns refsync's own errors into one line on stderr and a meaningful exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except RefsyncError as error:
            click.echo(f"refsync: error: {error}", err=True)
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("refsync: interrupted; nothing more written", err=True)
            sys.exit(130)


@dataclass
class App:
    config_path: Path | None
    _config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from .config import load

            self._config = load(self.config_path)
            for warning in self._config.warnings:
                click.echo(f"refsync: warning: {warning}", err=True)
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


FEED_OPTION = click.option(
    "--feed",
    "feeds",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Read a saved arXiv Atom response instead of the API (offline; repeatable).",
)


def _stacked(options: Sequence[Callable[[Any], Any]], func: F) -> F:
    """Apply click options so ``--help`` lists them in the order written."""
    for option in reversed(options):
        func = option(func)
    return func


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
        FEED_OPTION,
        click.option("--exclude", multiple=True, help="arXiv id never to add (repeatable)."),
        click.option("--category", "categories", multiple=True, help="Only papers in this category or archive (repeatable)."),
        click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only papers first submitted on or after this date."),
        click.option("--refresh", is_flag=True, help="Ignore refsync's caches (today's arXiv answers, the .bib index, the Zotero copy) and rebuild them."),
    ]
    return _stacked(options, func)


def _check_citekey(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            parse_formula(value)
        except FormulaError as error:
            raise click.BadParameter(str(error)) from None
    return value


_ENTRY_OPTIONS = [
    click.option("--style", type=click.Choice([s.value for s in Style]), help="Entry style (default: bibtex)."),
    click.option("--ascii", "ascii_only", is_flag=True, default=None, help="Write accents as LaTeX commands."),
    click.option(
        "--citekey",
        callback=_check_citekey,
        help="Key formula for new entries: bbt, google, arxiv, or e.g. \"auth.lower + year\".",
    ),
]


def entry_options(func: F) -> F:
    """How entries are written: style, accents, keys (diff, sync and show)."""
    return _stacked(_ENTRY_OPTIONS, func)


def target_options(func: F) -> F:
    """Where: the .bib file and/or the Zotero collection, and how new entries are written."""
    options = [
        click.option("--bib", type=click.Path(path_type=Path, dir_okay=False), help="The .bib file to compare with and add to."),
        click.option("--create", is_flag=True, help="Start a new .bib file if it does not exist."),
        click.option("--zotero", is_flag=True, help="Compare with and add to a Zotero library."),
        click.option("--collection", help="Zotero collection (name or key) new papers are filed in; implies --zotero."),
        click.option("--library-id", type=int, help="Zotero user library id (default: the API key's own library)."),
        click.option("--group", type=int, help="Zotero group library id, instead of a user library."),
        click.option("--create-collection", is_flag=True, default=None, help="Create the Zotero collection if it is missing."),
        *_ENTRY_OPTIONS,
        click.option("--published", metavar="SOURCE",
                     help="Look up published versions of new papers and present preprints in a bibliographic index: "
                          "semanticscholar (sends their arXiv ids there), or none. Default: [published] source, off."),
        click.option("--short-venues", is_flag=True, default=None, help="With --published: the venue's short name (NeurIPS)."),
        click.option("--overwrite", multiple=True, metavar="FIELD",
                     help="Let an update replace this field's non-empty value (repeatable); otherwise it is a conflict."),
        click.option("--json", "as_json", is_flag=True, help="Print the JSON report, and nothing else, on stdout."),
    ]
    return _stacked(options, func)


@dataclass
class Job:
    spec: SourceSpec
    exclude: tuple[str, ...]
    categories: tuple[str, ...]
    since: dt.date | None
    libraries: TargetRequest
    published: str | None = None
    """The index asked for published versions, if any."""


def _job(app: App, profile_name: str | None, opts: dict[str, Any]) -> Job:
    """Merge a profile with the command-line options; the options win."""
    from .arxiv.author_ids import feed_id
    from .config import Profile, arxiv_ids, published_source
    from .sync import SourceSpec

    profile = app.config.profile(profile_name) if profile_name else Profile(name="")
    feeds = tuple(opts["feeds"])
    ids = arxiv_ids(tuple(opts["ids"]), "--id", "command line")
    author_id = feed_id(opts["arxiv_author_id"], opts["orcid"]) or (
        None if opts["author"] else profile.arxiv_author_id
    )
    spec = SourceSpec(
        author=opts["author"] or profile.author,
        aliases=tuple(opts["aliases"]) or profile.aliases,
        arxiv_author_id=author_id,
        query=opts["query"] or (None if opts["author"] else profile.query),
        feeds=feeds,
        ids=ids,
    )
    since = opts["since"].date() if opts["since"] else profile.since
    exclude = arxiv_ids(tuple(opts["exclude"]), "--exclude", "command line") + profile.exclude
    named = bool(opts["bib"] or opts["zotero"] or opts["collection"])  # the command line picks the targets
    libraries = TargetRequest(
        bib=opts["bib"] or (None if named else profile.bib),
        zotero=bool(opts["zotero"] or opts["collection"] or (not named and profile.collection)),
        collection=opts["collection"] or profile.collection,
        refresh=opts["refresh"],
        options=opts,
        update=bool(opts.get("update")) or profile.update,
    )
    published = published_source(opts.get("published") or profile.published or app.config.published.source,
                                 "--published")
    return Job(spec, exclude, tuple(opts["categories"]) or profile.categories, since, libraries, published)


@dataclass
class Planned:
    """Everything a run decided before writing: one fetch from arXiv, one plan per target."""

    papers: list[Paper]
    selection: Selection
    targets: list[Target]
    outcomes: list[Outcome]


def _plan(app: App, profile: str | None, opts: dict[str, Any], err: Console) -> Planned:
    from .arxiv.client import response_cache
    from .sync import diff, fetch_papers, selection_for, share_pinned_keys
    from .targets import targets_for

    job = _job(app, profile, opts)
    targets = targets_for(app.config, job.libraries)
    cache = response_cache(refresh=job.libraries.refresh)
    papers = fetch_papers(job.spec, app.config.arxiv, progress=_progress(err), cache=cache)
    selection = selection_for(job.spec, exclude=job.exclude, categories=job.categories, since=job.since)
    outcomes = [diff(papers, target, selection, job.spec.label) for target in targets]
    if job.published:
        _with_published(app, job, opts, targets, outcomes, err)
    share_pinned_keys(targets, outcomes)
    return Planned(papers, selection, targets, outcomes)


def _with_published(app: App, job: Job, opts: dict[str, Any], targets: list[Target], outcomes: list[Outcome],
                    err: Console) -> None:
    """Plans carrying the published versions the index names and refsync's matcher accepts.

    New papers and present entries that are still preprints are asked about, in one batch
    for all targets. An index that cannot be reached is a warning: the plans stay as arXiv
    alone makes them, as without ``--published``.
    """
    from .errors import NetworkError, SourceError
    from .published.semanticscholar import SemanticScholar, answer_cache, api_key
    from .published.versions import look_up, to_ask
    from .sync import with_published

    settings = app.config.published
    short = settings.short_names if opts.get("short_venues") is None else bool(opts["short_venues"])
    source = SemanticScholar(settings, key=api_key(), cache=answer_cache(refresh=job.libraries.refresh))
    try:
        found = look_up(to_ask([o.plan for o in outcomes]), source, short_names=short)
    except (NetworkError, SourceError) as error:
        err.print(f"warning: {error}; papers are written as arXiv describes them", highlight=False, soft_wrap=True)
        return
    finally:
        source.close()
    for arxiv_id, why in sorted(found.refused.items()):
        err.print(f"warning: {arxiv_id}: {why}", highlight=False, soft_wrap=True)
    err.print(f"{source.name}: {len(found.found)} of {found.asked} papers asked about have a published version "
              f"({source.requests} requests)", highlight=False, soft_wrap=True)
    for target, outcome in zip(targets, outcomes):
        with_published(outcome, target, found.found)


def _consoles() -> tuple[Console, Console]:
    """Where a command prints: stdout for its report, stderr for progress and notes."""
    from rich.console import Console

    return Console(), Console(stderr=True)


def _progress(err: Console) -> Callable[[int, int | None], None] | None:
    if not err.is_terminal:
        return None

    def show(received: int, total: int | None) -> None:
        err.print(f"fetched {received}{f'/{total}' if total is not None else ''} papers from arXiv", highlight=False)

    return show


def _print(outcomes: list[Outcome], as_json: bool, out: Console) -> None:
    from .output import applied_line, outcomes_json, plan_table, summary_line

    if as_json:
        click.echo(json.dumps(outcomes_json(outcomes), indent=2, ensure_ascii=False))
        return
    for outcome in outcomes:
        if outcome.plan.decisions:
            out.print(plan_table(outcome.plan))
        out.print(summary_line(outcome), highlight=False)
        if outcome.applied is not None:
            out.print(applied_line(outcome), highlight=False)


@cli.command("diff")
@source_options
@target_options
@click.option("--exit-code", type=click.Choice(["new", "updates"]), is_flag=False, flag_value="new", default=None,
              help="Exit with 1 when there are new papers; --exit-code=updates also when entries have updates (CI, cron).")
@click.option("--show-candidates", is_flag=True, help="Print the library entry beside each uncertain paper.")
@click.option("--show-updates", is_flag=True, help="Print the entries `sync --update` would rewrite, as a unified diff.")
@click.pass_obj
def diff_command(
    app: App, /, profile: str | None, exit_code: str | None, show_candidates: bool, show_updates: bool, **opts: Any
) -> None:
    """Show which of the author's papers the library lacks, and which entries are out of date. Never writes."""
    from .output import candidate_tables, pending_updates

    out, err = _consoles()
    planned = _plan(app, profile, opts, err)
    _print(planned.outcomes, opts["as_json"], out)
    if show_candidates and not opts["as_json"]:
        for outcome in planned.outcomes:
            for table in candidate_tables(outcome):
                out.print(table)
    if show_updates and not opts["as_json"]:
        _print_update_diffs(planned)
    updates = exit_code == "updates" and any(pending_updates(outcome.plan) for outcome in planned.outcomes)
    if exit_code and (updates or any(outcome.plan.new for outcome in planned.outcomes)):
        sys.exit(EXIT_NEW_PAPERS)


def _print_update_diffs(planned: Planned) -> None:
    """Each record an update would rewrite, as a unified diff."""
    for target, outcome in zip(planned.targets, planned.outcomes):
        for preview in target.update_previews(outcome.plan):
            click.echo(preview, nl=False)


@cli.command("sync")
@source_options
@target_options
@click.option("--yes", "-y", is_flag=True, help="Write without asking (required when stdin is not a terminal).")
@click.option("--update", is_flag=True, help="Also bring present entries up to date (published DOI, journal, type).")
@click.pass_obj
def sync_command(app: App, /, profile: str | None, yes: bool, **opts: Any) -> None:
    """Add the author's missing papers to the library; with --update, bring present entries up to date."""
    from .output import plan_table
    from .sync import apply

    out, err = _consoles()
    planned = _plan(app, profile, opts, err)
    pending = [(target.pending(outcome.plan), outcome) for target, outcome in zip(planned.targets, planned.outcomes)]
    if any(count for count, _ in pending) and not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("refusing to write without --yes when stdin is not a terminal")
        if not opts["as_json"]:
            for outcome in planned.outcomes:
                out.print(plan_table(outcome.plan, show_present=False))
        where = " and ".join(f"{count} papers to {outcome.label}" for count, outcome in pending if count)
        if not click.confirm(f"Write {where}?", err=True):
            click.echo("nothing written", err=True)
            return
    outcomes = [apply(outcome, planned.papers, target, planned.selection)
                for target, outcome in zip(planned.targets, planned.outcomes)]
    _print(outcomes, opts["as_json"], out)
    for target in planned.targets:
        for notice in target.notices():
            if not opts["as_json"]:
                err.print(notice, highlight=False)
    if any(outcome.applied and outcome.applied.failed for outcome in outcomes):
        sys.exit(EXIT_PARTIAL)


@cli.command("authors")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="Another form of the name to search for and accept (repeatable).")
@FEED_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report, and nothing else, on stdout.")
@click.option("--refresh", is_flag=True, help="Ask arXiv again instead of using today's cached answers.")
@click.pass_obj
def authors_command(
    app: App, name: str, aliases: tuple[str, ...], feeds: tuple[Path, ...], as_json: bool, refresh: bool
) -> None:
    """List the forms of NAME the arXiv author query returns, with paper counts.

    Forms that can be NAME come first, then namesakes (same family name, another
    forename or initial). Use them to choose `aliases` and `exclude` for a profile.
    """
    from .arxiv.client import author_queries, response_cache
    from .nameforms import name_forms
    from .output import authors_json, authors_table
    from .sync import SourceSpec, fetch_papers

    out, err = _consoles()
    spec = SourceSpec(author=name, aliases=aliases, feeds=feeds)
    papers = fetch_papers(spec, app.config.arxiv, progress=_progress(err), cache=response_cache(refresh=refresh))
    forms = name_forms(papers, name, aliases)
    queries = [] if feeds else author_queries(name, aliases)
    if as_json:
        click.echo(json.dumps(authors_json(name, queries, len(papers), forms), indent=2, ensure_ascii=False))
        return
    if forms:
        out.print(authors_table(forms))
    same = sum(1 for f in forms if f.same)
    where = ", ".join(queries) or ", ".join(str(f) for f in feeds)
    namesakes = len(forms) - same
    out.print(f"{name}: {len(papers)} papers from {where}; {same} form{'s' * (same != 1)} of the name, "
              f"{namesakes} namesake{'s' * (namesakes != 1)}", highlight=False)


@cli.group("auth")
def auth_group() -> None:
    """Store, check and remove the Zotero API key (kept in the OS keyring)."""


@auth_group.command("login")
@click.pass_obj
def auth_login(app: App) -> None:
    """Ask for a Zotero API key, check it with Zotero, and store it in the OS keyring.

    Create a key at https://www.zotero.org/settings/keys (allow library access, and
    write access for `sync`).
    """
    from .zotero import credentials

    key = click.prompt("Zotero API key (input hidden)", hide_input=True, err=True).strip()
    if not key:
        raise click.UsageError("no key given")
    credentials.redact_logs(key)
    _show_key(app, key)
    backend = credentials.store_key(key)
    click.echo(f"Stored the key in the OS keyring ({backend}).")
    if os.environ.get(credentials.ENV):
        click.echo(f"Note: ${credentials.ENV} is set in this environment and overrides the stored key.")


@auth_group.command("status")
@click.pass_obj
def auth_status(app: App) -> None:
    """Show where the API key comes from and what it can reach (never the key itself)."""
    from .zotero import credentials

    credential = credentials.load_key()
    credentials.redact_logs(credential.key)
    click.echo(f"Zotero API key from {credential.source}.")
    _show_key(app, credential.key)


@auth_group.command("logout")
def auth_logout() -> None:
    """Remove the stored API key from the OS keyring."""
    from .zotero import credentials

    removed = credentials.forget_key()
    click.echo("Removed the Zotero API key from the OS keyring." if removed else "No Zotero API key was stored in the OS keyring.")
    if os.environ.get(credentials.ENV):
        click.echo(f"Note: ${credentials.ENV} is still set in this environment.")


def _show_key(app: App, key: str) -> None:
    """Check ``key`` with Zotero and list what it reaches; raises if Zotero rejects it."""
    from .zotero.target import fetch_key_info, reachable_libraries

    from .zotero.build import zotero_settings

    settings = zotero_settings(app.config, {})
    info = fetch_key_info(key, settings)
    click.echo(f"Key of Zotero user {info.user_id}{f' ({info.username})' if info.username else ''}.")
    libraries = reachable_libraries(key, settings, info)
    if not libraries:
        click.echo("It cannot read any library.")
    for library, write in libraries:
        click.echo(f"  {library.path:<16} {library.name or '':<30} {'read/write' if write else 'read only'}")


@cli.command("show")
@click.argument("arxiv_id")
@FEED_OPTION
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["bib", "zotero"]),
    default="bib",
    show_default=True,
    help="A .bib entry, or the Zotero item (JSON) refsync would create.",
)
@click.option(
    "--item-type",
    type=click.Choice(["preprint", "published"]),
    help="With --format zotero: a published paper as a journalArticle/conferencePaper (default: [zotero] item_type).",
)
@click.option("--refresh", is_flag=True, help="Ask arXiv again instead of using today's cached answer.")
@entry_options
@click.pass_obj
def show_command(
    app: App, /, arxiv_id: str, feeds: tuple[Path, ...], output_format: str, item_type: str | None, refresh: bool,
    **opts: Any,
) -> None:
    """Print the entry refsync would write for one arXiv paper (e.g. 2410.19750)."""
    from .arxiv.client import response_cache
    from .bibfile.build import render_options
    from .sync import fetch_paper
    from .zotero.items import build_item

    paper = fetch_paper(arxiv_id, app.config.arxiv, feeds, cache=response_cache(refresh=refresh))
    if output_format == "zotero":
        options = app.config.zotero.items
        built = build_item(paper, replace(options, item_type=cast(ItemType, item_type)) if item_type else options)
        shown = {**built.item, "children": list(built.children)} if built.children else built.item
        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))
        return
    key = parse_formula(opts["citekey"] or app.config.bibtex.citekey).key(paper)
    click.echo(render_entry(paper, key, render_options(app.config, opts)), nl=False)


def main() -> None:
    cli(prog_name="refsync")

