"""Query-string filters for events, shared by the list, GeoJSON and count endpoints."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from sitrep.errors import InputError


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilters:
    """The filters of `sitrep events` and `Store.events`; None means "any"."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    since: date | None = None
    until: date | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    near: tuple[float, float, float] | None = None
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    min_confidence: float | None = None
    source: str | None = None
    text: str | None = None
    unmerged: bool | None = None

    def store_arguments(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def numbers(value: str | None, *, count: int, name: str, form: str) -> tuple[float, ...] | None:
    """ "a,b,c" -> (a, b, c), or InputError naming the parameter and its form."""
    if value is None or value == "":
        return None
    parts = value.split(",")
    try:
        found = tuple(float(p) for p in parts)
    except ValueError:
        found = ()
    if len(found) != count:
        raise InputError(f"{name}={value!r}: give {count} numbers as {form}")
    return found


def event_filters(
    country: Annotated[str | None, Query(description="Country name or ISO alpha-3 code")] = None,
    admin1: Annotated[str | None, Query(description="First-level area (province, state)")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(alias="sub_type")] = None,
    since: Annotated[date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    until: Annotated[date | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    actor: Annotated[str | None, Query(description="Any part of an actor name")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    near: Annotated[str | None, Query(description="latitude,longitude,km")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    max_fatalities: Annotated[int | None, Query(ge=0)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    source: Annotated[str | None, Query(description="Any part of the source name")] = None,
    text: Annotated[str | None, Query(description="Words the report must contain")] = None,
    unmerged: Annotated[bool | None, Query(description="One event per report")] = None,
) -> EventFilters:
    """FastAPI dependency: the filters from the query string, checked."""
    box = numbers(bbox, count=4, name="bbox", form="west,south,east,north")
    circle = numbers(near, count=3, name="near", form="latitude,longitude,km")
    return EventFilters(
        country=country or None, admin1=admin1 or None, event_type=event_type or None,
        sub_event_type=sub_event_type or None, since=since, until=until, actor=actor or None,
        bbox=box, near=circle, min_fatalities=min_fatalities,  # type: ignore[arg-type]
        max_fatalities=max_fatalities,
        min_confidence=min_confidence, source=source or None,
        text=text if text and text.strip() else None, unmerged=unmerged,
    )  # fmt: skip
