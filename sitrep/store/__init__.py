"""The event store: SQLite by default (schema, migrations, queries)."""

from sitrep.store.queries import EventQuery, build_event_sql, fts_query
from sitrep.store.schema import MIGRATIONS
from sitrep.store.sqlite import SearchHit, Store

__all__ = ["MIGRATIONS", "EventQuery", "SearchHit", "Store", "build_event_sql", "fts_query"]
