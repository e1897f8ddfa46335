"""Documents (with their text and events), actors, places and unresolved place names."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from sitrep.web.context import WebContext, context
from sitrep.web.reading import (
    actors,
    document_events,
    document_full,
    document_summary,
    event_counts_by_document,
    places,
)
from sitrep.web.routes_events import Limit, Offset, page

router = APIRouter(prefix="/api", tags=["catalog"])
Context = Annotated[WebContext, Depends(context)]


@router.get("/documents")
def list_documents(
    ctx: Context,
    q: Annotated[str | None, Query(description="Words the document must contain")] = None,
    source: str | None = None,
    since: Annotated[date | None, Query(description="Published on or after")] = None,
    until: Annotated[date | None, Query(description="Published on or before")] = None,
    limit: Limit = None,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stored reports without their text (in the order added, or best match first with q),
    with how many events each gave."""
    size, start = page(ctx, limit, offset)
    with ctx.reading() as store:
        if q and q.strip():
            hits = store.search(q, limit=size + 1 + start)[start:]
            found = [hit.document for hit in hits]
            snippets = {hit.document.doc_id: hit.snippet for hit in hits}
        else:
            found = list(
                store.documents(
                    source=source, since=since, until=until, limit=size + 1, offset=start
                )
            )
            snippets = {}
        counts = event_counts_by_document(store, [d.doc_id for d in found[:size]])
    listed = [
        {**document_summary(d, events=counts.get(d.doc_id, 0)), "snippet": snippets.get(d.doc_id)}
        for d in found[:size]
    ]
    following = start + size if len(found) > size else None
    return {"documents": listed, "limit": size, "offset": start, "next_offset": following}


@router.get("/documents/{doc_id}")
def one_document(ctx: Context, doc_id: str) -> dict[str, Any]:
    """A stored report with its full text and the events coded from it."""
    with ctx.reading() as store:
        document = store.document(doc_id)
        if document is None:
            raise HTTPException(404, f"no document {doc_id!r}: list them with /api/documents")
        return document_full(document, events=document_events(store, doc_id))


@router.get("/actors")
def list_actors(
    ctx: Context,
    q: Annotated[str | None, Query(description="Any part of the name")] = None,
    limit: Limit = None,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors named in stored events, with their ACLED type and event counts, most first."""
    size, start = page(ctx, limit, offset)
    with ctx.reading() as store:
        found = actors(store, text=q or None, limit=size, offset=start)
    return {"actors": found, "limit": size, "offset": start}


@router.get("/places")
def list_places(
    ctx: Context, country: str | None = None, limit: Limit = None, offset: Offset = 0
) -> dict[str, Any]:
    """Resolved event locations with their coordinates and event counts, most first."""
    size, start = page(ctx, limit, offset)
    with ctx.reading() as store:
        found = places(store, country=country or None, limit=size, offset=start)
    return {"places": found, "limit": size, "offset": start}


@router.get("/places/unresolved")
def unresolved(ctx: Context, limit: Limit = None) -> dict[str, Any]:
    """Place names the gazetteer could not resolve, most mentioned first, with an example
    sentence (add them with `sitrep places add`)."""
    size, _ = page(ctx, limit, 0)
    with ctx.reading() as store:
        found = store.unresolved_places(limit=size)
    return {
        "unresolved": [
            {"name": name, "mentions": count, "example": sentence.strip()}
            for name, count, sentence in found
        ]
    }
