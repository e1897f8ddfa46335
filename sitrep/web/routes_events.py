"""Events: a page of them, the same as GeoJSON, one with its sources, counts for the timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from sitrep.export import geojson_feature
from sitrep.model import Event
from sitrep.store import Store
from sitrep.store.queries import ORDERINGS
from sitrep.web.context import WebContext, context
from sitrep.web.filters import EventFilters, event_filters
from sitrep.web.reading import find_event, select_events
from sitrep.web.timeline import Bucket, count_events

router = APIRouter(prefix="/api", tags=["events"])

Context = Annotated[WebContext, Depends(context)]
Filters = Annotated[EventFilters, Depends(event_filters)]
ORDER_HELP = "One of " + ", ".join(ORDERINGS) + "; prefix - for descending"

TIME_PRECISION = {1: "the day", 2: "a week or a few days", 3: "a month or longer"}
GEO_PRECISION = {
    1: "the named town or village",
    2: "near the named place, or part of a named area",
    3: "only a province or larger area was resolved",
}


def page(ctx: WebContext, limit: int | None, offset: int) -> tuple[int, int]:
    """The page size asked for (default and maximum from the settings) and the offset."""
    settings = ctx.settings
    size = settings.default_page_size if limit is None else limit
    if not 1 <= size <= settings.max_page_size:
        raise HTTPException(
            422, f"limit={size}: give a page size from 1 to {settings.max_page_size}"
        )
    return size, offset


def events_page(
    store: Store, filters: EventFilters, *, limit: int, offset: int, order: str
) -> tuple[list[Event], int | None]:
    """One page of events and the offset of the next page (None on the last)."""
    arguments = {**filters.store_arguments(), "limit": limit + 1, "offset": offset}
    found = select_events(store, {**arguments, "order_by": order})
    more = len(found) > limit
    return found[:limit], (offset + limit if more else None)


Limit = Annotated[int | None, Query(description="Page size (default 100)")]
Offset = Annotated[int, Query(ge=0)]
Order = Annotated[str, Query(description=ORDER_HELP)]


@router.get("/events")
def list_events(
    ctx: Context, filters: Filters, limit: Limit = None, offset: Offset = 0,
    order: Order = "event_date",
) -> dict[str, Any]:  # fmt: skip
    """Events matching every filter, one page at a time (follow `next_offset`)."""
    size, start = page(ctx, limit, offset)
    with ctx.reading() as store:
        found, following = events_page(store, filters, limit=size, offset=start, order=order)
    return {
        "events": [e.to_dict() for e in found],
        "limit": size,
        "offset": start,
        "next_offset": following,
    }


@router.get("/events.geojson")
def events_geojson(
    ctx: Context, filters: Filters, limit: Limit = None, offset: Offset = 0,
    order: Order = "event_date",
) -> dict[str, Any]:  # fmt: skip
    """The same page as an RFC 7946 FeatureCollection; events without coordinates are
    counted in `skipped`."""
    size, start = page(ctx, limit, offset)
    with ctx.reading() as store:
        found, following = events_page(store, filters, limit=size, offset=start, order=order)
    features = [f for f in map(geojson_feature, found) if f is not None]
    return {
        "type": "FeatureCollection",
        "features": features,
        "skipped": len(found) - len(features),
        "next_offset": following,
    }


@router.get("/events/{event_id}")
def one_event(ctx: Context, event_id: str) -> dict[str, Any]:
    """One event with its evidence, every source report (with its text) and what its
    precision codes mean."""
    with ctx.reading() as store:
        event = find_event(store, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}: list events with /api/events")
        doc_ids = list(dict.fromkeys(getattr(event, "sources", ()) or (event.doc_id,)))
        documents = [(i, store.document(i)) for i in doc_ids]
    return {
        "event": event.to_dict(),
        "sources": [_source(event, doc_id, doc) for doc_id, doc in documents],
        "precision": {
            "time": _code(event.time_precision, TIME_PRECISION),
            "geo": _code(event.geo_precision, GEO_PRECISION),
        },
    }


def _code(code: int | None, meanings: dict[int, str]) -> dict[str, Any]:
    return {"code": code, "meaning": meanings.get(code or 0)}


def _source(event: Event, doc_id: str, document: Any) -> dict[str, Any]:
    """A source report with the evidence spans that point into it."""
    spans = [
        _span(e) for e in event.evidence if (getattr(e, "doc_id", None) or event.doc_id) == doc_id
    ]
    if document is None:
        return {"doc_id": doc_id, "missing": True, "text": None, "evidence": spans}
    return {
        "doc_id": doc_id,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "country": document.country,
        "text": document.text,
        "evidence": spans,
    }


def _span(evidence: Any) -> dict[str, Any]:
    return {"start": evidence.start, "end": evidence.end, "text": evidence.text,
            "role": evidence.role}  # fmt: skip


@router.get("/counts")
def counts(
    ctx: Context, filters: Filters,
    by: Annotated[Bucket, Query(description="day, week or month")] = "day",
) -> dict[str, Any]:  # fmt: skip
    """Events per period and per event type, for the timeline (same filters as /api/events)."""
    with ctx.reading() as store:
        found = select_events(store, filters.store_arguments())
    return count_events(found, by=by)
