"""Click commands over the store's corrections and recoding: `sitrep edit`, `sitrep recode`."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sitrep.errors import SitrepError

if TYPE_CHECKING:
    from sitrep.geocode.gazetteer import Gazetteer

_db_option = click.option(
    "--db",
    default="sitrep.db",
    show_default=True,
    envvar="SITREP_DB",
    help="SQLite database file, or a postgresql:// URL.",
)
_gazetteer_option = click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="SITREP_GAZETTEER",
    help="Gazetteer file (default: the one in the user data folder).",
)

# option name -> corrected field
_FIELD_OPTIONS: dict[str, str] = {
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "actor1": "actor1",
    "inter1": "inter1",
    "assoc_actor_1": "assoc_actor_1",
    "actor2": "actor2",
    "inter2": "inter2",
    "assoc_actor_2": "assoc_actor_2",
    "location": "location",
    "lat": "latitude",
    "lon": "longitude",
    "event_date": "event_date",
    "fatalities": "fatalities",
}


@contextmanager
def _one_line() -> Iterator[None]:
    """A SitrepError becomes one line on stderr and exit status 2, as in the `sitrep` group."""
    try:
        yield
    except SitrepError as exc:
        click.echo(f"sitrep: error: {exc}", err=True)
        sys.exit(2)


def _field_options(command: Callable[..., Any]) -> Callable[..., Any]:
    specs = (
        ("--type", "event_type", "ACLED event type, e.g. Battles."),
        ("--sub-type", "sub_event_type", "ACLED sub-event type, e.g. 'Armed clash'."),
        ("--actor1", "actor1", "Canonical name of the main actor."),
        ("--inter1", "inter1", "ACLED actor type (1-8) of actor1."),
        ("--assoc-actor1", "assoc_actor_1", "Associated actor of actor1 ('' clears it)."),
        ("--actor2", "actor2", "Canonical name of the other actor ('' clears it)."),
        ("--inter2", "inter2", "ACLED actor type (1-8) of actor2."),
        ("--assoc-actor2", "assoc_actor_2", "Associated actor of actor2 ('' clears it)."),
        ("--location", "location", "Place name (without --lat/--lon: looked up in the gazetteer)."),
        ("--lat", "lat", "Latitude of the place (with --lon)."),
        ("--lon", "lon", "Longitude of the place (with --lat)."),
        ("--date", "event_date", "Day of the event, YYYY-MM-DD ('' for unknown)."),
        ("--fatalities", "fatalities", "Deaths in the event ('' for unknown)."),
    )
    for flag, name, text in reversed(specs):
        command = click.option(flag, name, default=None, help=text)(command)
    return command


@click.command("edit")
@click.argument("event_id")
@_db_option
@_field_options
@click.option("--delete", "remove", is_flag=True, help="Delete the event.")
@click.option("--by", "editor", default=None, help="Who corrects it (default: $USER).")
@click.option("--note", default="", help="Why, or the source of the correction.")
@click.option("--history", "show_history", is_flag=True, help="Print the event's corrections.")
@_gazetteer_option
def edit(
    event_id: str,
    db: str,
    remove: bool,
    editor: str | None,
    note: str,
    show_history: bool,
    gazetteer: Path | None,
    **fields: str | None,
) -> None:
    """Correct or delete a stored event; print it as JSON. Corrections survive re-runs and
    `sitrep recode`, and the event is exported with the tag `corrected`."""
    changes: dict[str, object] = {_FIELD_OPTIONS[k]: v for k, v in fields.items() if v is not None}
    who = editor if editor is not None else _login()
    with _one_line():
        if changes or remove or not show_history:
            _edit(db, event_id, changes, remove=remove, editor=who, note=note, gazetteer=gazetteer)
        if show_history:
            _print_history(db, event_id)


def _login() -> str:
    """The user's login name ($USER, $LOGNAME, ...), or "" when the system has none."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _edit(
    db: str,
    event_id: str,
    changes: dict[str, object],
    *,
    remove: bool,
    editor: str,
    note: str,
    gazetteer: Path | None,
) -> None:
    from sitrep.runner import open_existing
    from sitrep.store import corrections

    if remove and changes:
        raise corrections.CorrectionError("give either --delete or fields to correct, not both")
    with open_existing(db) as store:
        if remove:
            corrections.delete(store, event_id, editor=editor, note=note)
            click.echo(f"sitrep: deleted {event_id}", err=True)
            return
        if not changes:
            _print(corrections.event(store, event_id).to_dict())
            return
        lookup = _gazetteer(gazetteer) if _needs_lookup(changes) else None
        try:
            done = corrections.correct(
                store, event_id, changes, editor=editor, note=note, gazetteer=lookup
            )
        finally:
            if lookup is not None:
                lookup.close()
        _print(done.to_dict())


def _needs_lookup(changes: dict[str, object]) -> bool:
    return "location" in changes and "latitude" not in changes and "longitude" not in changes


def _gazetteer(path: Path | None) -> Gazetteer:
    from sitrep.geocode.gazetteer import Gazetteer

    return Gazetteer.open(path)


def _print_history(db: str, event_id: str) -> None:
    from sitrep.runner import open_existing
    from sitrep.store.corrections import history

    with open_existing(db) as store:
        for correction in history(store, event_id):
            _print(correction.to_dict())


def _print(value: dict[str, Any]) -> None:
    click.echo(json.dumps(value, ensure_ascii=False))


@click.command("recode")
@_db_option
@_gazetteer_option
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actors YAML layered over the shipped dictionary (repeatable).",
)
def recode_command(db: str, gazetteer: Path | None, actor_files: tuple[Path, ...]) -> None:
    """Extract the stored documents again with the current gazetteer and actors (no files are
    read); analysts' corrections are kept."""
    from sitrep.pipeline import Extractor
    from sitrep.runner import open_existing
    from sitrep.store.recode import recode

    with _one_line(), open_existing(db) as store:
        extractor = Extractor.load(gazetteer=gazetteer, actor_files=actor_files, progress=_stderr)
        try:
            tally = recode(store, extractor, progress=_stderr)
        finally:
            extractor.close()
    click.echo(tally.summary(), err=True)


def _stderr(message: str) -> None:
    click.echo(f"sitrep: {message}", err=True)
