"""The situation picture, read-only: places and their state on a day (JSON and GeoJSON), a
place's timeline with the reports behind it, named operations, and the dates facts cover."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from sitrep.control.model import PlaceState
from sitrep.control.queries import operations, timeline
from sitrep.web.context import WebContext, context
from sitrep.web.control_state import states_on
from sitrep.web.control_view import (
    compact_state,
    date_span,
    feature_collection,
    state_dict,
    timelines_with_reports,
)
from sitrep.web.filters import numbers

router = APIRouter(prefix="/api", tags=["control"])
Context = Annotated[WebContext, Depends(context)]

At = Annotated[date, Query(description="The day, YYYY-MM-DD")]
Country = Annotated[str | None, Query(description="Country name or ISO alpha-3 code")]
Box = Annotated[
    str | None,
    Query(description="west,south,east,north in degrees (leaves out unresolved places)"),
]
Actor = Annotated[
    str | None,
    Query(
        description="Any part of the name of a controlling, besieging, besieged or contesting side"
    ),
]
Compact = Annotated[
    bool,
    Query(description="Leave out evidence, and give disputed facts by id, source and actor only"),
]


def _states(
    ctx: WebContext, at: date, country: str | None, bbox: str | None, actor: str | None
) -> list[PlaceState]:
    box = numbers(bbox, count=4, name="bbox", form="west,south,east,north")
    with ctx.reading() as store:
        return states_on(
            store,
            at,
            path=ctx.settings.db,
            remember=ctx.recent.get,
            country=country or None,
            bbox=box,  # type: ignore[arg-type]
            actor=actor or None,
        )


@router.get("/control")
def control(
    ctx: Context, at: At, country: Country = None, bbox: Box = None, actor: Actor = None,
    compact: Compact = False,
) -> dict[str, Any]:  # fmt: skip
    """Places whose state on `at` is known: who controls, contests or besieges them, since
    when, how many sources say so, and the facts other sources gave that lost (`disputed`)."""
    states = _states(ctx, at, country, bbox, actor)
    shape = compact_state if compact else state_dict
    return {"at": at.isoformat(), "places": [shape(s) for s in states]}


@router.get("/control.geojson")
def control_geojson(
    ctx: Context, at: At, country: Country = None, bbox: Box = None, actor: Actor = None,
    compact: Compact = False,
) -> dict[str, Any]:  # fmt: skip
    """The same places as an RFC 7946 FeatureCollection; a place the gazetteer could not
    resolve is a feature with a null geometry (add it with `sitrep places add`)."""
    states = _states(ctx, at, country, bbox, actor)
    collection = feature_collection(states, shape=compact_state if compact else state_dict)
    return {**collection, "at": at.isoformat()}


@router.get("/control/timeline")
def control_timeline(
    ctx: Context,
    place: Annotated[
        str, Query(min_length=1, description="A place name, its gazetteer spelling or geonameid")
    ],
) -> dict[str, Any]:
    """Every period of the place's control (of each place the name denotes), each with the
    facts behind it and the disputed ones, with the report sentence of each."""
    with ctx.reading() as store:
        lines = timeline(store, place.strip())
        if not lines:
            raise HTTPException(
                404,
                f"no control fact names {place!r}: list the places with /api/control?at=YYYY-MM-DD",
            )
        shown = timelines_with_reports(store, lines)
    return {"place": place, "timelines": shown}


@router.get("/control/range")
def control_range(ctx: Context) -> dict[str, Any]:
    """The earliest and latest date of the stored control facts (null when there are none),
    and how many facts and places there are."""
    with ctx.reading() as store:
        return date_span(store)


@router.get("/operations")
def list_operations(
    ctx: Context,
    name: Annotated[str | None, Query(description="Any part of the operation's name")] = None,
) -> dict[str, Any]:
    """Named military operations the reports tell of, earliest launch first."""
    with ctx.reading() as store:
        found = operations(store, name=name or None)
    return {"operations": [o.to_dict() for o in found]}
