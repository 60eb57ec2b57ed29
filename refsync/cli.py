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
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import click

from . import __version__
from .errors import ConfigError, RefsyncError
from .bibfile.settings import Style

if TYPE_CHECKING:
    from rich.console import Console

    from .config import Config
    from .model import Decision, Paper, Record
    from .plan import Selection
    from .protocols import Target, TargetRequest
    from .sync import Outcome, SourceSpec
    from .view import Shown

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
                _warn(warning)
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


def _complete_profile(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Profile names for shell completion; none when the config cannot be read."""
    from .config import load

    try:
        names = load(ctx.find_root().params.get("config_path")).profiles
    except RefsyncError:
        return []
    return [name for name in names if name.startswith(incomplete)]


def source_options(func: F) -> F:
    """Who: a profile, an author name, an arXiv author id or ORCID, or saved feeds."""
    options = [
        click.argument("profile", required=False, shell_complete=_complete_profile),
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
    from .bibfile.citekey import FormulaError, parse_formula

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
    exclude_notes: dict[str, str]
    categories: tuple[str, ...]
    since: dt.date | None
    libraries: TargetRequest
    published: str | None = None
    """The index asked for published versions, if any."""


def _job(app: App, profile_name: str | None, opts: dict[str, Any]) -> Job:
    """Merge a profile with the command-line options; the options win."""
    from .arxiv.author_ids import feed_id
    from .config import Profile, arxiv_ids, published_source
    from .protocols import TargetRequest
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
    return Job(spec, exclude, profile.exclude_notes, tuple(opts["categories"]) or profile.categories, since,
               libraries, published)


def _targets(app: App, job: Job, shared: Shared) -> list[Target]:
    """The libraries of this run, one object per library however many profiles name it."""
    from .targets import targets_for

    request = job.libraries
    parts = []
    if request.bib is not None:
        parts.append((f"bib:{request.bib.expanduser().resolve()}", replace(request, zotero=False)))
    if request.zotero:
        parts.append((f"zotero:{request.collection}", replace(request, bib=None)))
    if not parts:
        return targets_for(app.config, request)  # says what to name
    for key, part in parts:
        if key not in shared.targets:
            (shared.targets[key],) = targets_for(app.config, part)
    return [shared.targets[key] for key, _ in parts]


@dataclass
class Planned:
    """Everything a run decided before writing: one fetch from arXiv, one plan per target."""

    papers: list[Paper]
    selection: Selection
    targets: list[Target]
    outcomes: list[Outcome]


@dataclass
class Shared:
    """What the profiles of one run share: each source fetched once, each library opened and read once."""

    papers: dict[SourceSpec, list[Paper]] = field(default_factory=dict)
    targets: dict[str, Target] = field(default_factory=dict)
    records: dict[int, list[Record]] = field(default_factory=dict)

    def records_of(self, target: Target) -> list[Record]:
        if id(target) not in self.records:
            self.records[id(target)] = target.records()
        return self.records[id(target)]

    wrote: bool = False
    """Whether an earlier profile of the run has written."""

    def written(self, target: Target) -> None:
        """The next profile must read ``target`` afresh: a paper added once is not added again."""
        self.records.pop(id(target), None)
        self.wrote = True


def _plan(app: App, profile: str | None, opts: dict[str, Any], err: Console, shared: Shared | None = None) -> Planned:
    from .arxiv.client import response_cache
    from .plancache import plan_cache
    from .progress import arxiv_pages
    from .sync import diff, fetch_papers, selection_for, share_pinned_keys

    shared = shared or Shared()
    job = _job(app, profile, opts)
    targets = _targets(app, job, shared)
    if job.spec not in shared.papers:
        cache = response_cache(refresh=job.libraries.refresh)
        with arxiv_pages(err, quiet=opts["as_json"]) as pages:
            shared.papers[job.spec] = fetch_papers(job.spec, app.config.arxiv, progress=pages, cache=cache,
                                                     warn=_warn)
    papers = shared.papers[job.spec]
    selection = selection_for(job.spec, exclude=job.exclude, exclude_notes=job.exclude_notes,
                              categories=job.categories, since=job.since, warn=_warn)
    plans = plan_cache(refresh=job.libraries.refresh)
    outcomes = [diff(papers, target, selection, job.spec.label, shared.records_of(target), plans=plans)
                for target in targets]
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
        err.print(f"warning: {error}; papers are written as arXiv describes them", markup=False, highlight=False,
                  soft_wrap=True)
        return
    finally:
        source.close()
    for arxiv_id, why in sorted(found.refused.items()):
        err.print(f"warning: {arxiv_id}: {why}", markup=False, highlight=False, soft_wrap=True)
    err.print(f"{source.name}: {len(found.found)} of {found.asked} papers asked about have a published version "
              f"({source.requests} requests)", highlight=False, soft_wrap=True)
    for target, outcome in zip(targets, outcomes):
        with_published(outcome, target, found.found)


def _warn(message: str) -> None:
    """A doubt about the answer: on stderr, so ``--json`` output stays clean."""
    click.echo(f"refsync: warning: {message}", err=True)


def _consoles() -> tuple[Console, Console]:
    """Where a command prints: stdout for its report, stderr for progress and notes."""
    from rich.console import Console

    return Console(), Console(stderr=True)


def _print(outcomes: list[Outcome], as_json: bool, out: Console, shown: Shown | None = None) -> None:
    """The JSON report, or per target the papers that need attention and a summary."""
    from .output import applied_line, literal, outcomes_json, summary_line
    from .view import Shown

    if as_json:
        click.echo(json.dumps(outcomes_json(outcomes), indent=2, ensure_ascii=False))
        return
    shown = shown or Shown()
    for outcome in outcomes:
        _print_papers(outcome, shown, out)
        out.print(literal(summary_line(outcome)), soft_wrap=not out.is_terminal)
        if outcome.applied is not None:
            out.print(literal(applied_line(outcome)), soft_wrap=not out.is_terminal)


def _print_papers(outcome: Outcome, shown: Shown, out: Console) -> None:
    """The listed papers, fitted to a terminal or whole in a pipe, and what was left out."""
    from .view import hidden_note, paper_lines

    listed = [d for d in outcome.plan.decisions if shown.lists(d)]
    if listed:
        width = out.width if out.is_terminal else None
        out.print(paper_lines(listed, width), highlight=False, soft_wrap=width is None)
    note = hidden_note(shown.hidden(outcome.plan))
    if note:
        out.print(note, style="dim", highlight=False, soft_wrap=not out.is_terminal)


def view_options(func: F) -> F:
    """Which papers the listing shows (diff and sync)."""
    from .view import SHOW_CHOICES

    options = [
        click.option("--show", "show", multiple=True, metavar="STATUS[,STATUS]",
                     help=f"Also list papers with these statuses ({', '.join(SHOW_CHOICES)}); "
                          "by default only new and uncertain ones are listed."),
        click.option("--all-papers", is_flag=True, help="List every paper, whatever its status."),
    ]
    return _stacked(options, func)


def _shown(opts: dict[str, Any]) -> Shown:
    from .view import SHOW_CHOICES, Shown

    names = [n.strip() for text in opts.pop("show") for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in SHOW_CHOICES]
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r} is not one of {', '.join(SHOW_CHOICES)}", param_hint="--show")
    return Shown.parse(names, everything=opts.pop("all_papers"))


ALL_PROFILES = click.option("--all-profiles", is_flag=True,
                            help="Run every profile of the config file: one summary each, a total, the worst exit code.")


def _profiles(app: App, profile: str | None, all_profiles: bool) -> list[str | None]:
    """The profiles a command runs: the one named (or none), or with --all-profiles each in the config."""
    if not all_profiles:
        return [profile]
    if profile:
        raise click.UsageError("give a profile or --all-profiles, not both")
    if not app.config.profiles:
        raise ConfigError("--all-profiles: the config file has no [profiles.NAME] tables")
    return list(app.config.profiles)


def _each_profile(names: list[str | None], run: Callable[[str | None], int], as_json: bool, out: Console) -> int:
    """Run each profile; with several, a heading before each and an error in one does not stop the rest."""
    if len(names) == 1:
        return run(names[0])
    from .output import literal

    worst = 0
    for name in names:
        if not as_json:
            out.print(literal(f"profile {name}"), style="bold")
        try:
            worst = max(worst, run(name))
        except RefsyncError as error:
            click.echo(f"refsync: error: profile {name}: {error}", err=True)
            worst = max(worst, error.exit_code)
    return worst


def _finish(outcomes: list[Outcome], runs: int, as_json: bool, out: Console, code: int) -> None:
    """After several profiles: the JSON array of every report, or the total; then the worst exit code."""
    from .output import outcome_json, total_line

    if runs > 1:
        if as_json:
            click.echo(json.dumps([outcome_json(o) for o in outcomes], indent=2, ensure_ascii=False))
        else:
            out.print(total_line(outcomes, runs), style="bold", highlight=False, soft_wrap=not out.is_terminal)
    if code:
        sys.exit(code)


@cli.command("diff")
@source_options
@target_options
@view_options
@ALL_PROFILES
@click.option("--exit-code", type=click.Choice(["new", "updates"]), is_flag=False, flag_value="new", default=None,
              help="Exit with 1 when there are new papers; --exit-code=updates also when entries have updates (CI, cron).")
@click.option("--show-candidates", is_flag=True, help="Print the library entry beside each uncertain paper.")
@click.option("--show-updates", is_flag=True, help="Print the entries `sync --update` would rewrite, as a unified diff.")
@click.pass_obj
def diff_command(app: App, /, profile: str | None, all_profiles: bool, exit_code: str | None, show_candidates: bool,
                 show_updates: bool, **opts: Any) -> None:
    """Show which of the author's papers the library lacks, and which entries are out of date. Never writes."""
    from .output import candidate_tables, pending_updates

    out, err = _consoles()
    shown, shared = _shown(opts), Shared()
    names = _profiles(app, profile, all_profiles)
    single_json = opts["as_json"] and len(names) == 1
    seen: list[Outcome] = []

    def run(name: str | None) -> int:
        planned = _plan(app, name, opts, err, shared)
        seen.extend(planned.outcomes)
        if not opts["as_json"] or single_json:
            _print(planned.outcomes, opts["as_json"], out, shown)
        if show_candidates and not opts["as_json"]:
            for outcome in planned.outcomes:
                for table in candidate_tables(outcome):
                    out.print(table)
        if show_updates and not opts["as_json"]:
            _print_update_diffs(planned)
        updates = exit_code == "updates" and any(pending_updates(o.plan) for o in planned.outcomes)
        return EXIT_NEW_PAPERS if exit_code and (updates or any(o.plan.new for o in planned.outcomes)) else 0

    _finish(seen, len(names), opts["as_json"], out, _each_profile(names, run, opts["as_json"], out))


def _print_update_diffs(planned: Planned) -> None:
    """Each record an update would rewrite, as a unified diff."""
    for target, outcome in zip(planned.targets, planned.outcomes):
        for preview in target.update_previews(outcome.plan):
            click.echo(preview, nl=False)


@cli.command("sync")
@source_options
@target_options
@view_options
@ALL_PROFILES
@click.option("--yes", "-y", is_flag=True, help="Write without asking (required when stdin is not a terminal).")
@click.option("--update", is_flag=True, help="Also bring present entries up to date (published DOI, journal, type).")
@click.pass_obj
def sync_command(app: App, /, profile: str | None, all_profiles: bool, yes: bool, **opts: Any) -> None:
    """Add the author's missing papers to the library; with --update, bring present entries up to date."""
    out, err = _consoles()
    shown, shared = _shown(opts), Shared()
    names = _profiles(app, profile, all_profiles)
    seen: list[Outcome] = []

    def run(name: str | None) -> int:
        outcomes = _sync_profile(app, name, opts, yes, shared, err)
        seen.extend(outcomes)
        if outcomes and (not opts["as_json"] or len(names) == 1):
            _print(outcomes, opts["as_json"], out, shown)
        return EXIT_PARTIAL if any(o.applied and o.applied.failed for o in outcomes) else 0

    _finish(seen, len(names), opts["as_json"], out, _each_profile(names, run, opts["as_json"], out))


def _sync_profile(app: App, profile: str | None, opts: dict[str, Any], yes: bool, shared: Shared,
                  err: Console) -> list[Outcome]:
    """Plan one profile, let the user choose on a terminal, and write; nothing written is an empty list."""
    planned = _plan(app, profile, opts, err, shared)
    pending = [(target.pending(outcome.plan), outcome) for target, outcome in zip(planned.targets, planned.outcomes)]
    if any(count for count, _ in pending) and not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("refusing to write without --yes when stdin is not a terminal")
        with _interruptible(shared):
            chosen = bool(_new_papers(planned.outcomes))
            if chosen:
                planned = _choose(app, profile, planned, err)
                pending = [(target.pending(o.plan), o) for target, o in zip(planned.targets, planned.outcomes)]
            others = sum(count - len(o.plan.new) for count, o in pending)  # updates and filings, not asked one by one
            if not any(count for count, _ in pending) or ((others or not chosen) and not _confirm(pending, err)):
                click.echo("nothing written", err=True)
                return []
    return _apply_all(planned, shared, err, quiet=opts["as_json"])


def _confirm(pending: list[tuple[int, Outcome]], err: Console) -> bool:
    """Ask once for the whole write; the entries to update are listed first."""
    from .output import update_note

    for _, outcome in pending:
        for d in outcome.plan.decisions:
            if d.update is not None and d.update.pending:
                err.print(f"{d.paper.arxiv_id} in {outcome.label}: {update_note(d)}", markup=False, highlight=False,
                          soft_wrap=True)
    where = " and ".join(f"{count} {'change' if count == 1 else 'changes'} to {o.label}" for count, o in pending if count)
    return click.confirm(f"Write {where}?", err=True)


def _new_papers(outcomes: list[Outcome]) -> list[Decision]:
    """Each paper new to at least one target, once, in plan order."""
    from .model import Status

    seen: dict[str, Decision] = {}
    for outcome in outcomes:
        for d in outcome.plan.with_status(Status.NEW):
            seen.setdefault(d.paper.arxiv_id, d)
    return list(seen.values())


def _choose(app: App, profile: str | None, planned: Planned, err: Console) -> Planned:
    """Ask paper by paper; what the user declines is excluded from this run, "never" also in the profile."""
    from . import configedit
    from .choose import HELP, Answer, choose
    from .plan import decline
    from .view import paper_lines

    new = {d.paper.arxiv_id: d for d in _new_papers(planned.outcomes)}
    offered = [a for a in Answer if a is not Answer.NEVER or profile]

    def ask(paper: Paper, position: int) -> Answer:
        err.print(paper_lines([new[paper.arxiv_id]], err.width), highlight=False)
        while True:
            reply = click.prompt(f"({position + 1}/{len(new)}) Add this paper [{','.join(offered)},?]", err=True,
                                 default="", show_default=False).strip()
            if reply in offered:
                return Answer(reply)
            for answer in offered:
                err.print(f"{answer} - {HELP[answer]}", highlight=False)

    choices = choose([d.paper for d in new.values()], ask)
    reasons = dict.fromkeys(choices.declined, "declined at the prompt")
    if choices.never:
        path, name = _edited_profile(app, profile)
        for arxiv_id in choices.never:
            configedit.exclude(path, name, arxiv_id, "never, at the sync prompt", dt.date.today())
            reasons[arxiv_id] = f"excluded at the prompt (recorded in profile {name})"
    outcomes = [replace(o, plan=decline(o.plan, reasons)) for o in planned.outcomes]
    selection = replace(planned.selection, exclude=planned.selection.exclude | reasons.keys(),
                        exclude_notes={**planned.selection.exclude_notes, **reasons})
    return replace(planned, outcomes=outcomes, selection=selection)


def _apply_all(planned: Planned, shared: Shared, err: Console, *, quiet: bool) -> list[Outcome]:
    """Apply each target's plan in turn; a failure names what the targets before it got.

    With a .bib and a Zotero collection, a Zotero failure after the .bib was written must
    not read as if nothing had been written: that is a partial run (exit 4).
    """
    from .errors import PartialWriteError
    from .output import literal
    from .sync import apply

    outcomes: list[Outcome] = []
    for target, outcome in zip(planned.targets, planned.outcomes):
        try:
            outcomes.append(apply(outcome, planned.papers, target, planned.selection))
        except RefsyncError as error:
            done = [f"{o.label}: {len(o.applied.added)} added" for o in outcomes
                    if o.applied and (o.applied.added or o.applied.updated)]
            if not done:
                raise
            raise PartialWriteError(f"{error} to {outcome.label}; {'; '.join(done)} before that") from None
        shared.written(target)
        for notice in target.notices() if not quiet else ():
            err.print(literal(notice), soft_wrap=True)
    return outcomes


@contextmanager
def _interruptible(shared: Shared) -> Iterator[None]:
    """At a prompt, Ctrl-C or Ctrl-D is an interrupt (exit 130), not click's "Aborted!" and exit 1."""
    try:
        yield
    except click.Abort:
        more = " more" if shared.wrote else ""
        click.echo(f"\nrefsync: interrupted; nothing{more} written", err=True)
        sys.exit(130)


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
    from .output import authors_json, authors_table, literal
    from .progress import arxiv_pages
    from .sync import SourceSpec, fetch_papers

    out, err = _consoles()
    spec = SourceSpec(author=name, aliases=aliases, feeds=feeds)
    with arxiv_pages(err, quiet=as_json) as pages:
        papers = fetch_papers(spec, app.config.arxiv, progress=pages, cache=response_cache(refresh=refresh),
                              warn=_warn)
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
    out.print(literal(f"{name}: {len(papers)} papers from {where}; {same} form{'s' * (same != 1)} of the name, "
                      f"{namesakes} namesake{'s' * (namesakes != 1)}"))


def _edited_profile(app: App, name: str | None) -> tuple[Path, str]:
    """The config file and the profile a decision is recorded in: the one named, or the only one."""
    config = app.config
    if config.path is None:
        raise ConfigError("no config file to record the decision in; write a profile first (see config.example.toml)")
    if name is None:
        if len(config.profiles) != 1:
            raise click.UsageError(f"name the profile with --profile (the config has {len(config.profiles)})")
        (name,) = config.profiles
    config.profile(name)
    return config.path, name


PROFILE_OPTION = click.option("--profile", "-p", shell_complete=_complete_profile,
                              help="The profile to record it in (default: the only one).")


@cli.command("exclude")
@click.argument("arxiv_id")
@PROFILE_OPTION
@click.option("--why", help="The reason, shown beside the paper in every diff.")
@click.pass_obj
def exclude_command(app: App, /, arxiv_id: str, profile: str | None, why: str | None) -> None:
    """Never propose ARXIV_ID again: add it, with the reason and today's date, to the profile's exclude."""
    from . import configedit

    path, name = _edited_profile(app, profile)
    if configedit.exclude(path, name, arxiv_id, why, dt.date.today()):
        click.echo(f"{arxiv_id} is excluded in profile {name} ({path})")
    else:
        click.echo(f"{arxiv_id} was already excluded in profile {name}; nothing changed")


@cli.command("include")
@click.argument("arxiv_id")
@PROFILE_OPTION
@click.pass_obj
def include_command(app: App, /, arxiv_id: str, profile: str | None) -> None:
    """Undo `refsync exclude`: take ARXIV_ID out of the profile's exclude list."""
    from . import configedit

    path, name = _edited_profile(app, profile)
    if not configedit.include(path, name, arxiv_id):
        raise ConfigError(f"{arxiv_id} is not in the exclude list of profile {name}; nothing changed")
    click.echo(f"{arxiv_id} is no longer excluded in profile {name} ({path})")


@cli.command("init")
@click.argument("name", required=False)
@click.option("--author", "-a", help='Author name as on arXiv, e.g. "Eric J. Michaud".')
@click.option("--alias", "aliases", multiple=True, help="Another form of the author's name (repeatable).")
@click.option("--exclude", multiple=True, help="arXiv id never to add (repeatable).")
@click.option("--bib", type=click.Path(path_type=Path, dir_okay=False), help="The .bib file the profile keeps in step.")
@click.option("--collection", help="The Zotero collection the profile keeps in step (the API key is checked).")
@FEED_OPTION
@click.option("--yes", "-y", is_flag=True, help="Ask nothing: write the profile from the options (for scripts).")
@click.pass_obj
def init_command(app: App, /, name: str | None, author: str | None, aliases: tuple[str, ...],
                 exclude: tuple[str, ...],
                 bib: Path | None, collection: str | None, feeds: tuple[Path, ...], yes: bool) -> None:
    """Write a new profile: the author, the forms of the name that are theirs, papers never to add, the library.

    On a terminal it asks for what the options leave out, showing what arXiv's author
    query returns (as `refsync authors` does) so you can pick aliases and excludes.
    """
    from . import configedit
    from .config import arxiv_ids, default_path, named_path

    ask = not yes and sys.stdin.isatty()
    if not ask and not (author and (bib or collection)):
        raise click.UsageError("without questions, give --author and --bib or --collection")
    author = author or click.prompt('Author, as on arXiv (e.g. "Eric J. Michaud")', err=True).strip()
    if ask:
        aliases, exclude = _init_choices(app, author, aliases, exclude, feeds)
        bib, collection = _init_library(bib, collection)
    name = name or (click.prompt("Profile name", default=_profile_name(author), err=True) if ask else _profile_name(author))
    path = named_path(app.config_path) or default_path()
    if collection:
        from .config import parse
        from .zotero import credentials

        _show_key(app if path.exists() else App(path, parse({})), credentials.load_key().key)  # no file yet: defaults
    settings: dict[str, Any] = {"author": author}
    settings |= {"aliases": list(aliases)} if aliases else {}
    settings |= {"exclude": list(arxiv_ids(exclude, "--exclude", "command line"))} if exclude else {}
    settings |= {"bib": str(bib)} if bib else {}
    settings |= {"collection": collection} if collection else {}
    configedit.add_profile(path, name, settings)
    click.echo(f"Wrote profile {name} to {path}. Next: refsync diff {name}")


def _init_choices(app: App, author: str, aliases: tuple[str, ...], exclude: tuple[str, ...],
                  feeds: tuple[Path, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Show the forms of the name arXiv returns; each namesake may be an alias; then papers to exclude."""
    from .arxiv.client import response_cache
    from .nameforms import name_forms
    from .output import authors_table
    from .progress import arxiv_pages
    from .sync import SourceSpec, fetch_papers

    _, err = _consoles()
    spec = SourceSpec(author=author, aliases=aliases, feeds=feeds)
    with arxiv_pages(err) as pages:
        papers = fetch_papers(spec, app.config.arxiv, progress=pages, cache=response_cache())
    forms = name_forms(papers, author, aliases)
    if forms:
        err.print(authors_table(forms))
    chosen = list(aliases)
    for form in forms:
        if not form.same and click.confirm(f"Is {form.written} ({len(form.papers)} papers) {author}?", default=False,
                                           err=True):
            chosen.append(form.written)
    listed = click.prompt("arXiv ids never to add (comma-separated, empty for none)", default="", show_default=False,
                          err=True)
    return tuple(chosen), exclude + tuple(i.strip() for i in listed.split(",") if i.strip())


def _init_library(bib: Path | None, collection: str | None) -> tuple[Path | None, str | None]:
    """Ask for the library unless the options named one: a .bib path, or zotero:COLLECTION."""
    if bib or collection:
        return bib, collection
    answer = click.prompt("Library: a .bib file, or zotero:COLLECTION", err=True).strip()
    if answer.startswith("zotero:"):
        return None, answer.removeprefix("zotero:").strip()
    return Path(answer), None


def _profile_name(author: str) -> str:
    """A default profile name: the family name in lower case (``michaud``)."""
    from .names import parse_name

    return re.sub(r"[^a-z0-9]+", "-", parse_name(author).family.lower()).strip("-") or "me"


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
    from .zotero.connection import fetch_key_info, reachable_libraries

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
    from .bibfile.citekey import parse_formula
    from .bibfile.render import render_entry

    key = parse_formula(opts["citekey"] or app.config.bibtex.citekey).key(paper)
    click.echo(render_entry(paper, key, render_options(app.config, opts)), nl=False)


def main() -> None:
    cli(prog_name="refsync")

