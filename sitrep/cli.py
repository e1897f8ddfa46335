"""The `sitrep` command: each subcommand parses options, calls one library function, prints.

Heavy modules are imported inside commands so that `sitrep --help` is instant. A SitrepError
becomes one line on stderr and exit status 2; nothing else is caught here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from sitrep.errors import SitrepError
from sitrep.scale.options import scale_options
from sitrep.store.queries import ORDERINGS, parse_bbox, parse_near

FORMATS = click.Choice(["jsonl", "csv", "geojson", "plover", "table"])


class Group(click.Group):
    """Translates SitrepError into one actionable line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SitrepError as exc:
            click.echo(f"sitrep: error: {exc}", err=True)
            ctx.exit(2)


def _parse_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


published_option = click.option(
    "--published",
    callback=_parse_day,
    metavar="YYYY-MM-DD",
    help="Publication date for documents that carry none of their own.",
)
country_option = click.option(
    "--country",
    metavar="NAME",
    help="Country the reports are about when they do not say (a name or ISO code, as a JSONL"
    " record's own `country` gives it): it places actors and events the text leaves unplaced.",
)
gazetteer_option = click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="SITREP_GAZETTEER",
    help="Gazetteer file (default: built on first use in the user data folder).",
)
actors_option = click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actors YAML layered over the shipped dictionary (repeatable).",
)
db_option = click.option(
    "--db",
    default="sitrep.db",
    show_default=True,
    envvar="SITREP_DB",
    help="SQLite database file, or a postgresql://user@host:port/database URL.",
)


@click.group(cls=Group)
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep: geolocated, sourced event records from reports of armed conflict and unrest."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@country_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl")
@gazetteer_option
@actors_option
@scale_options
def extract(
    paths: tuple[str, ...],
    published: date | None,
    country: str | None,
    fmt: str,
    gazetteer: Path | None,
    actor_files: tuple[Path, ...],
    **scale: Any,
) -> None:
    """Print the events in PATHS (files, folders, or - for stdin) without storing them."""
    from sitrep.export import write_csv, write_jsonl
    from sitrep.pipeline import Result
    from sitrep.runner import stream
    from sitrep.scale.options import plan_run

    plan, prefilter, tally = plan_run(paths, **scale)
    check_country(country, gazetteer)
    outcomes = stream(
        paths,
        published=published,
        country=country,
        gazetteer=gazetteer,
        actor_files=actor_files,
        scale=plan,
        prefilter=prefilter,
    )
    events = (e for r in tally.watch(outcomes) if isinstance(r, Result) for e in r.events)
    (write_jsonl if fmt == "jsonl" else write_csv)(events, sys.stdout)
    _finish(tally)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@country_option
@gazetteer_option
@actors_option
@scale_options
@click.option("--quiet", is_flag=True, help="Store only; no events printed, no progress bar.")
def run(
    paths: tuple[str, ...],
    db: str,
    published: date | None,
    country: str | None,
    gazetteer: Path | None,
    actor_files: tuple[Path, ...],
    quiet: bool,
    **scale: Any,
) -> None:
    """Extract events from PATHS, store them with their documents, print the new ones."""
    from sitrep.export import write_jsonl
    from sitrep.runner import ingest
    from sitrep.scale.options import plan_run

    plan, prefilter, tally = plan_run(paths, quiet=quiet, **scale)
    check_country(country, gazetteer)
    stored = ingest(
        paths,
        db=db,
        tally=tally,
        published=published,
        country=country,
        gazetteer=gazetteer,
        actor_files=actor_files,
        scale=plan,
        prefilter=prefilter,
    )
    if quiet:
        for _ in stored:
            pass
    else:
        write_jsonl(stored, sys.stdout)
    _finish(tally, stored_in=db)


def check_country(country: str | None, gazetteer: Path | None) -> None:
    """Fail now, in one line, on a `--country` that names no country (not once per document)."""
    if country is None:
        return
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.geocode.places import country_code

    with Gazetteer.open(gazetteer, build_if_missing=True) as opened:
        country_code(opened, country)


def _parsed(parse: Any) -> Any:
    """A click callback that runs `parse` on a given value, turning InputError into a usage
    error that names the option."""

    def callback(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
        if value is None:
            return None
        try:
            return parse(value)
        except SitrepError as exc:
            raise click.BadParameter(str(exc)) from None

    return callback


SORT_KEYS = tuple(ORDERINGS)


@main.command()
@db_option
@click.option("--country", help="Country name or ISO3 code, e.g. Syria or SYR.")
@click.option("--admin1", help="Province or state, e.g. Idlib.")
@click.option("--type", "event_type", help="ACLED event type, e.g. Battles.")
@click.option("--sub-type", "sub_event_type", help="ACLED sub-event type, e.g. 'Armed clash'.")
@click.option("--since", callback=_parse_day, metavar="YYYY-MM-DD")
@click.option("--until", callback=_parse_day, metavar="YYYY-MM-DD")
@click.option("--actor", help="An actor by any alias (SDF, Daesh, 'Kenyan police') or name part.")
@click.option("--bbox", callback=_parsed(parse_bbox), metavar="W,S,E,N", help="Inside a box.")
@click.option(
    "--near", callback=_parsed(parse_near), metavar="LAT,LON,KM", help="Within KM of a point."
)
@click.option("--min-fatalities", type=click.IntRange(min=0))
@click.option("--max-fatalities", type=click.IntRange(min=0))
@click.option("--min-confidence", type=click.FloatRange(0, 1))
@click.option("--source", help="Outlet, or part of its name.")
@click.option("--text", help="Words the report contains (word* for a prefix).")
@click.option("--event-id", help="One event; with --unmerged, every report behind it.")
@click.option("--unmerged", is_flag=True, help="One record per report instead of one per event.")
@click.option(
    "--sort",
    "order_by",
    type=click.Choice([*SORT_KEYS, *(f"-{k}" for k in SORT_KEYS)]),
    default="event_date",
    show_default=True,
    help="Sort key; prefix - for descending.",
)
@click.option("--limit", type=click.IntRange(min=1))
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=FORMATS, default="jsonl")
def events(db: str, fmt: str, **filters: Any) -> None:
    """Query stored events: one record per event (reports of one event merged), or per report
    with --unmerged."""
    from sitrep.runner import open_existing

    with open_existing(db) as store:
        _write(fmt, store.events(**{k: v for k, v in filters.items() if v is not None}))


@main.command()
@db_option
def failures(db: str) -> None:
    """List documents that could not be processed, with the reason."""
    from sitrep.runner import open_existing

    with open_existing(db) as store:
        for failure in store.failures():
            click.echo(failure.line())


@main.command()
@click.argument("text")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
def search(text: str, db: str, limit: int) -> None:
    """Find stored documents containing every word of TEXT (best match first)."""
    from sitrep.runner import open_existing

    with open_existing(db) as store:
        hits = store.search(text, limit=limit)
    for hit in hits:
        doc = hit.document
        title = doc.title or doc.path or ""
        click.echo(f"{doc.doc_id}\t{doc.published or ''}\t{title}\t{hit.snippet}")
    if not hits:
        click.echo(f"sitrep: no document matches {text!r}", err=True)


@main.group(invoke_without_command=True)
@db_option
@click.option("--unresolved", is_flag=True, help="List unresolved place names.")
@click.pass_context
def places(ctx: click.Context, db: str, unresolved: bool) -> None:
    """Unresolved place names (--unresolved, most frequent first); add or import places."""
    if ctx.invoked_subcommand is not None:
        return
    if not unresolved:
        raise click.UsageError("say what to do: --unresolved, `places add` or `places import`")
    from sitrep.runner import open_existing

    with open_existing(db) as store:
        for name, count, sentence in store.unresolved_places():
            click.echo(f"{count}\t{name}\t{sentence.strip()}")


def _write(fmt: str, events: Iterator[Any], out: TextIO | None = None) -> None:
    from sitrep.export import write_csv, write_geojson, write_jsonl, write_table
    from sitrep.plover import write_plover

    writers = {
        "jsonl": write_jsonl,
        "csv": write_csv,
        "geojson": write_geojson,
        "plover": write_plover,
        "table": write_table,
    }
    result = writers[fmt](events, out or sys.stdout)
    if result.skipped:
        reason = "no coordinates" if fmt == "geojson" else "no PLOVER category"
        click.echo(f"sitrep: {result.skipped} events left out ({reason})", err=True)


def _finish(tally: Any, *, stored_in: str | None = None) -> None:
    click.echo(tally.summary(stored_in=stored_in), err=True)
    if tally.documents == 0 and tally.failures > 0:
        sys.exit(1)


def _attach_optional_commands() -> None:
    from sitrep.control.commands import control
    from sitrep.evaluate.commands import evaluate
    from sitrep.geocode.commands import add_command, gazetteer, geoparse_command, import_command
    from sitrep.store.commands import edit, recode_command
    from sitrep.web.commands import serve

    places.add_command(add_command)
    places.add_command(import_command)
    main.add_command(gazetteer)
    main.add_command(geoparse_command, name="geoparse")
    main.add_command(evaluate)
    main.add_command(edit)
    main.add_command(recode_command, name="recode")
    main.add_command(control)
    main.add_command(serve)


_attach_optional_commands()
