"""The event store: a SQLite file by default, or a PostgreSQL server (schema, migrations,
merged events, queries)."""

from sitrep.store.queries import EventQuery, build_event_sql, parse_bbox, parse_near
from sitrep.store.schema import MIGRATIONS
from sitrep.store.sqlite import SearchHit, Store
from sitrep.store.text_search import fts_query, tsquery

__all__ = [
    "MIGRATIONS",
    "EventQuery",
    "SearchHit",
    "Store",
    "build_event_sql",
    "fts_query",
    "parse_bbox",
    "parse_near",
    "tsquery",
]
