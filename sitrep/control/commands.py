"""`sitrep control`: the situation picture from a store (a place's state on a day, or its
timeline), as a table, JSON Lines or GeoJSON."""

from __future__ import annotations

import sys
from datetime import date

import click


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _bbox(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a box; give four numbers west,south,east,north"
        ) from None
    return west, south, east, north


@click.command(name="control")
@click.option("--db", default="sitrep.db", show_default=True, envvar="SITREP_DB")
@click.option("--at", callback=_day, metavar="YYYY-MM-DD", help="List places and their state.")
@click.option("--place", help="Print the timeline of a place (name, spelling or geonameid).")
@click.option("--country", help="Country name or ISO3 code (with --at).")
@click.option("--bbox", callback=_bbox, metavar="W,S,E,N", help="Bounding box (with --at).")
@click.option("--actor", help="Any part of an actor name (with --at).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "geojson"]), default="table")
def control(
    db: str,
    at: date | None,
    place: str | None,
    country: str | None,
    bbox: tuple[float, float, float, float] | None,
    actor: str | None,
    fmt: str,
) -> None:
    """Who controls, contests or besieges which place: on a day (--at) or over time (--place)."""
    from sitrep.control.formats import write_states, write_timelines
    from sitrep.control.queries import state_at, timeline
    from sitrep.runner import open_existing

    if (at is None) == (place is None):
        raise click.UsageError("give exactly one of --at DATE or --place NAME")
    with open_existing(db) as store:
        if at is not None:
            states = state_at(store, at, country=country, bbox=bbox, actor=actor)
            if states or fmt == "geojson":
                write_states(states, sys.stdout, fmt=fmt)
            if not states:
                click.echo(f"sitrep: no place has a known state on {at}", err=True)
            return
        assert place is not None
        lines = timeline(store, place)
        if lines or fmt == "geojson":
            write_timelines(lines, sys.stdout, fmt=fmt)
        if not lines:
            click.echo(f"sitrep: no control fact names {place!r}", err=True)
