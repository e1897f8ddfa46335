"""How to run an event query: read in sort order, or find the few matches and sort them.

SQLite's planner cannot tell how many rows a filter value matches, so the Store asks: each filter
that has an index is counted through that index alone (never reading table rows), up to a cap.
When some filter matches fewer rows than the cap, finding them and sorting is fastest; otherwise
matches are dense enough that reading in sort order fills a page after a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitrep.store.dbapi import Connection
from sitrep.store.queries import (
    Clause,
    EventQuery,
    Names,
    day_bounds,
    near_box,
    since_clause,
    until_clause,
)
from sitrep.store.text_search import SQLITE, TextSearch

# A filter matching fewer rows than this is answered by sorting them; more, by reading in order.
CAP = 10_000

Estimate = list[Clause]  # count queries whose sum bounds how many rows one filter matches
Rows = Callable[[str, Sequence[object]], Clause]


def in_order(
    conn: Connection,
    query: EventQuery,
    names: Names,
    *,
    cap: int = CAP,
    search: TextSearch = SQLITE,
) -> bool:
    """Whether to read rows in sort order (True) rather than sort the matches (False)."""
    for estimate in estimates(query, names, cap=cap, search=search):
        if sum(conn.execute(sql, params).fetchone()[0] for sql, params in estimate) < cap:
            return False
    return True


def estimates(
    query: EventQuery, names: Names, *, cap: int, search: TextSearch = SQLITE
) -> list[Estimate]:
    """One estimate per indexed filter that is set, each counting at most `cap` per query."""
    table = "events" if query.unmerged else "clusters"
    coords = "event_coords" if query.unmerged else "cluster_coords"

    def rows(where: str, params: Sequence[object]) -> Clause:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} AS e WHERE {where} LIMIT ?) AS found"
        return sql, [*params, cap]

    out: list[Estimate] = []
    q = query
    if q.country is not None:
        out.append([rows(f"e.{c} = ? COLLATE NOCASE", [q.country]) for c in ("country", "iso3")])
    for column in ("admin1", "event_type"):
        if getattr(q, column) is not None:
            out.append([rows(f"e.{column} = ? COLLATE NOCASE", [getattr(q, column)])])
    if q.event_id is not None:
        out.append([rows("e.event_id = ?", [q.event_id])])
    if q.since is not None or q.until is not None:
        dated = [c for c in (since_clause(q.since), until_clause(q.until)) if c is not None]
        dated += day_bounds(q, names.reach)
        out.append([rows(" AND ".join(s for s, _ in dated), [p for _, ps in dated for p in ps])])
    out += _named(q, names, rows)
    out += _numbers(q, rows)
    out += _located(q, coords, cap)
    if q.text is not None:
        docs = f"SELECT count(*) FROM ({search.documents} LIMIT ?) AS found"
        out.append([(docs, [search.query(q.text), cap])])
    return out


def _named(q: EventQuery, names: Names, rows: Rows) -> list[Estimate]:
    out: list[Estimate] = []
    if q.actor is not None and names.actors is not None:
        marks = ", ".join("?" * len(names.actors))
        columns = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
        out.append([rows(f"e.{c} IN ({marks})", list(names.actors)) for c in columns])
    if q.source is not None and names.sources is not None:
        marks = ", ".join("?" * len(names.sources))
        out.append([rows(f"e.source IN ({marks})", list(names.sources))])
    return out


def _numbers(q: EventQuery, rows: Rows) -> list[Estimate]:
    out: list[Estimate] = []
    if q.min_fatalities is not None or q.max_fatalities is not None:
        low = -1 if q.min_fatalities is None else q.min_fatalities
        high = 2**62 if q.max_fatalities is None else q.max_fatalities
        out.append([rows("e.fatalities BETWEEN ? AND ?", [low, high])])
    if q.min_confidence is not None:
        out.append([rows("e.confidence >= ?", [q.min_confidence])])
    return out


def _located(q: EventQuery, coords: str, cap: int) -> list[Estimate]:
    box = q.bbox if q.bbox is not None else near_box(q.near) if q.near is not None else None
    if box is None:
        return []
    west, south, east, north = box
    joiner = "AND" if west <= east else "OR"
    sql = (
        f"SELECT count(*) FROM (SELECT id FROM {coords} WHERE (max_lon >= ? {joiner} "
        "min_lon <= ?) AND max_lat >= ? AND min_lat <= ? LIMIT ?) AS found"
    )
    return [[(sql, [west, east, south, north, cap])]]
