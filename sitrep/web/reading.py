"""Read-only questions the web app asks the store beyond `Store.events`, as parametrised SQL.

Events are read back through `sitrep.store.rows.read_events`, so they come out exactly as
`Store.events` gives them. Nothing here writes.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Sequence
from typing import Any

from sitrep.model import Document, Event
from sitrep.store import Store
from sitrep.store.queries import EVENT_COLUMNS
from sitrep.store.rows import read_events

_EVENT_SELECT = "SELECT e.id, " + ", ".join(f"e.{c}" for c in EVENT_COLUMNS) + " FROM events AS e"


def supported_filters(store: Store) -> frozenset[str]:
    """The keyword filters this version of `Store.events` accepts."""
    return frozenset(inspect.signature(store.events).parameters)


def select_events(store: Store, filters: dict[str, Any]) -> list[Event]:
    """`Store.events` with the filters it knows; None values mean "any"."""
    known = supported_filters(store)
    given = {k: v for k, v in filters.items() if v is not None and k in known}
    return list(store.events(**given))


def find_event(store: Store, event_id: str) -> Event | None:
    """One event by id: the merged event of that id, else the event of one stored report."""
    merged = next(iter(store.events(event_id=event_id, limit=1)), None)
    return merged or next(iter(store.events(event_id=event_id, unmerged=True, limit=1)), None)


def document_events(store: Store, doc_id: str) -> list[Event]:
    """The events coded from one stored report, in the order they were stored."""
    sql = f"{_EVENT_SELECT} WHERE e.doc_id = ? ORDER BY e.id"
    return list(read_events(store.connection, sql, [doc_id]))


def event_counts_by_document(store: Store, doc_ids: Sequence[str]) -> dict[str, int]:
    if not doc_ids:
        return {}
    marks = ", ".join("?" * len(doc_ids))
    sql = f"SELECT doc_id, count(*) FROM events WHERE doc_id IN ({marks}) GROUP BY doc_id"
    return {doc_id: count for doc_id, count in store.connection.execute(sql, list(doc_ids))}


_ACTORS = """
SELECT name, max(inter), count(*) AS n, sum(CASE WHEN role = 'actor1' THEN 1 ELSE 0 END),
       sum(CASE WHEN role = 'actor2' THEN 1 ELSE 0 END),
       sum(CASE WHEN role = 'associated' THEN 1 ELSE 0 END)
FROM (
    SELECT actor1 AS name, inter1 AS inter, 'actor1' AS role FROM events
    UNION ALL SELECT actor2, inter2, 'actor2' FROM events
    UNION ALL SELECT assoc_actor_1, NULL, 'associated' FROM events
    UNION ALL SELECT assoc_actor_2, NULL, 'associated' FROM events
) AS named
WHERE name IS NOT NULL AND name != '' AND (? IS NULL OR sitrep_icontains(name, ?))
GROUP BY name ORDER BY n DESC, name LIMIT ? OFFSET ?
"""


def actors(store: Store, *, text: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """Actor names with their ACLED type and how many stored events name them, most first."""
    found = store.connection.execute(_ACTORS, (text, text, limit, offset)).fetchall()
    return [
        {"name": name, "inter": inter, "events": n, "as_actor1": a1, "as_actor2": a2,
         "associated": assoc}
        for name, inter, n, a1, a2, assoc in found
    ]  # fmt: skip


# Each place (name, admin1, country) once, with the point and precision of its most precise report.
_PLACES = """
SELECT location, admin1, country, iso3, latitude, longitude, geonameid, geo_precision, n
FROM (
    SELECT location, admin1, country, iso3, latitude, longitude, geonameid, geo_precision,
        count(*) OVER (PARTITION BY location, admin1, country) AS n,
        row_number() OVER (PARTITION BY location, admin1, country
                           ORDER BY geo_precision IS NULL, geo_precision, id) AS pick
    FROM events
    WHERE location IS NOT NULL
      AND (? IS NULL OR country = ? COLLATE NOCASE OR iso3 = ? COLLATE NOCASE)
) AS ranked
WHERE pick = 1 ORDER BY n DESC, location LIMIT ? OFFSET ?
"""
_PLACE_KEYS = ("location", "admin1", "country", "iso3", "latitude", "longitude", "geonameid",
               "geo_precision", "events")  # fmt: skip


def places(store: Store, *, country: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """Resolved event locations with how many stored events sit there, most first."""
    rows = store.connection.execute(_PLACES, (country, country, country, limit, offset))
    return [dict(zip(_PLACE_KEYS, row, strict=True)) for row in rows]


def document_summary(document: Document, *, events: int | None = None) -> dict[str, Any]:
    """A document without its text, for lists."""
    return {
        "doc_id": document.doc_id,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "path": document.path,
        "chars": len(document.text),
        "events": events,
    }


def document_full(document: Document, *, events: Iterable[Event]) -> dict[str, Any]:
    """A document with its text and its events."""
    summary = document_summary(document)
    listed = [e.to_dict() for e in events]
    return {**summary, "text": document.text, "events": len(listed), "event_list": listed}
