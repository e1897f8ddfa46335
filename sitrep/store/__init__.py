"""The event store: SQLite by default (schema, migrations, merged events, queries)."""

from sitrep.store.queries import EventQuery, build_event_sql, fts_query, parse_bbox, parse_near
from sitrep.store.schema import MIGRATIONS
from sitrep.store.sqlite import SearchHit, Store

__all__ = [
    "MIGRATIONS",
    "EventQuery",
    "SearchHit",
    "Store",
    "build_event_sql",
    "fts_query",
    "parse_bbox",
    "parse_near",
]
