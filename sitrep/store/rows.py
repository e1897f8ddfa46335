"""Records <-> table rows: writing one event with its evidence and tags, reading them back."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sitrep.merge import fold
from sitrep.model import Document, Event, Evidence, Toponym
from sitrep.store.dbapi import Connection, Cursor, batches
from sitrep.store.queries import EVENT_COLUMNS
from sitrep.store.schema import now

DOCUMENT_COLUMNS = ("doc_id", "source", "url", "title", "published", "path", "text", "country")
BATCH = 256

_INSERT_EVENT = (
    f"INSERT INTO events (document_id, run_id, {', '.join(EVENT_COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' * len(EVENT_COLUMNS))})"
)


_INSERT_SINGLE = (  # a one-report cluster, from the event's own values
    f"INSERT INTO clusters (id, size, outlets, {', '.join(EVENT_COLUMNS)}) "
    f"VALUES (?, 1, 1, {', '.join('?' * len(EVENT_COLUMNS))})"
)
_INSERT_MEMBER = "INSERT INTO cluster_members (event, cluster) VALUES (?, ?)"
_INSERT_POINT = (
    "INSERT INTO {table} (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)"
)
Point = tuple[int, float, float, float, float]  # an R*Tree row: id, lon, lon, lat, lat
_INSERT_NAME = "INSERT OR IGNORE INTO known_names (kind, name) VALUES (?, ?)"

_COPY_TO_CLUSTER = (
    f"INSERT INTO clusters (id, size, outlets, {', '.join(EVENT_COLUMNS)}) "
    f"SELECT id, 1, 1, {', '.join(EVENT_COLUMNS)} FROM events WHERE id = ?"
)


def insert_document(conn: Connection, document: Document, run_id: int | None) -> int:
    """Write the document row; returns its rowid."""
    published = document.published.isoformat() if document.published else None
    cursor = conn.execute(
        "INSERT INTO documents (doc_id, content_hash, source, url, title, published, path, text, "
        "country, added_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.doc_id,
            document.content_hash,
            document.source,
            document.url,
            document.title,
            published,
            document.path,
            document.text,
            document.country,
            now(),
            run_id,
        ),
    )
    return _rowid(cursor)


def insert_events(
    conn: Connection, events: Sequence[Event], document: int, run_id: int | None
) -> list[int]:
    """Write a document's events, each with its evidence, tags, coordinates, names and a
    cluster of its own; one statement per table for the whole document. Returns their rowids."""
    ids = [
        _rowid(conn.execute(_INSERT_EVENT, [document, run_id, *_event_values(event)]))
        for event in events
    ]
    conn.executemany(
        'INSERT INTO evidence (event, position, start, "end", text, role) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (rowid, i, e.start, e.end, e.text, e.role)
            for rowid, event in zip(ids, events, strict=True)
            for i, e in enumerate(event.evidence)
        ],
    )
    conn.executemany(
        "INSERT INTO event_tags (event, position, tag) VALUES (?, ?, ?)",
        [
            (rowid, i, tag)
            for rowid, event in zip(ids, events, strict=True)
            for i, tag in enumerate(event.tags)
        ],
    )
    points = _points(ids, events)
    conn.executemany(_INSERT_POINT.format(table="event_coords"), points)
    conn.executemany(_INSERT_NAME, [name for event in events for name in _names(event)])
    conn.executemany(_INSERT_MEMBER, [(rowid, rowid) for rowid in ids])
    conn.executemany(
        _INSERT_SINGLE,
        [[rowid, *_event_values(event)] for rowid, event in zip(ids, events, strict=True)],
    )
    conn.executemany(_INSERT_POINT.format(table="cluster_coords"), points)
    return ids


def _event_values(event: Event) -> list[Any]:
    return [getattr(event, c) for c in EVENT_COLUMNS]


def _points(ids: Sequence[int], events: Sequence[Event]) -> list[Point]:
    """R*Tree rows of the events that have finite coordinates."""
    found: list[Point] = []
    for rowid, event in zip(ids, events, strict=True):
        lat, lon = event.latitude, event.longitude
        if lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon):
            found.append((rowid, lon, lon, lat, lat))
    return found


def insert_single_cluster(conn: Connection, event: int) -> None:
    """Make a stored event a cluster of its own (every event is in exactly one cluster)."""
    conn.execute(_INSERT_MEMBER, (event, event))
    conn.execute(_COPY_TO_CLUSTER, (event,))
    conn.execute(
        "INSERT INTO cluster_coords SELECT id, min_lon, max_lon, min_lat, max_lat "
        "FROM event_coords WHERE id = ?",
        (event,),
    )


def insert_point(conn: Connection, table: str, rowid: int, event: Event) -> None:
    """Index the event's coordinates (when it has finite ones) in an R*Tree table."""
    for point in _points([rowid], [event]):
        conn.execute(_INSERT_POINT.format(table=table), point)


def insert_names(conn: Connection, event: Event) -> None:
    """Record the actor and source names an event uses, for the actor and source filters."""
    conn.executemany(_INSERT_NAME, _names(event))


def _names(event: Event) -> list[tuple[str, str]]:
    actors = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    found = [("actor", a) for a in actors if a]
    return found + [("source", event.source)] if event.source else found


def insert_unresolved(conn: Connection, mentions: Sequence[Toponym], document: int) -> int:
    """Write the mentions that did not resolve to coordinates; returns how many."""
    rows = [(document, t.start, t.end, t.text, t.sentence) for t in mentions if not t.resolved]
    conn.executemany(
        'INSERT INTO unresolved (document_id, start, "end", text, sentence) VALUES (?, ?, ?, ?, ?)',
        rows,
    )
    return len(rows)


def read_events(conn: Connection, sql: str, params: Sequence[object]) -> Iterator[Event]:
    """Events from a query whose columns are rowid followed by EVENT_COLUMNS."""
    for rows in batches(conn, sql, params, BATCH):
        yield from _with_details(conn, rows)


def read_merged(conn: Connection, sql: str, params: Sequence[object]) -> Iterator[Event]:
    """Merged events from a query whose first column is a cluster id, folded from its members."""
    for rows in batches(conn, sql, params, BATCH):
        ids = [row[0] for row in rows]
        members = members_of(conn, ids)
        for cluster in ids:
            yield fold(members[cluster])


def members_of(conn: Connection, clusters: Sequence[int]) -> dict[int, list[Event]]:
    """The member events of each cluster, in the order they were stored."""
    sql = (
        f"SELECT e.id, {', '.join(f'e.{c}' for c in EVENT_COLUMNS)}, m.cluster "
        "FROM cluster_members AS m JOIN events AS e ON e.id = m.event "
        f"WHERE m.cluster IN ({_marks(clusters)}) ORDER BY m.cluster, e.id"
    )
    rows = conn.execute(sql, list(clusters)).fetchall()
    found: dict[int, list[Event]] = defaultdict(list)
    for row, event in zip(rows, _with_details(conn, [r[:-1] for r in rows]), strict=True):
        found[row[-1]].append(event)
    return found


def events_by_id(conn: Connection, ids: Sequence[int]) -> list[Event]:
    """The events with these rowids, in rowid order."""
    sql = (
        f"SELECT e.id, {', '.join(f'e.{c}' for c in EVENT_COLUMNS)} FROM events AS e "
        f"WHERE e.id IN ({_marks(ids)}) ORDER BY e.id"
    )
    return list(_with_details(conn, conn.execute(sql, list(ids)).fetchall()))


def _with_details(conn: Connection, rows: Sequence[Sequence[Any]]) -> Iterator[Event]:
    ids = [row[0] for row in rows]
    evidence = _evidence(conn, ids)
    tags = _tags(conn, ids)
    for row in rows:
        values = dict(zip(EVENT_COLUMNS, row[1:], strict=True))
        yield Event(**values, evidence=tuple(evidence[row[0]]), tags=tuple(tags[row[0]]))


def _evidence(conn: Connection, ids: list[int]) -> dict[int, list[Evidence]]:
    found: dict[int, list[Evidence]] = defaultdict(list)
    sql = (
        'SELECT event, start, "end", text, role FROM evidence '
        f"WHERE event IN ({_marks(ids)}) ORDER BY event, position"
    )
    for event, start, end, text, role in conn.execute(sql, ids):
        found[event].append(Evidence(start=start, end=end, text=text, role=role))
    return found


def _tags(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    sql = (
        f"SELECT event, tag FROM event_tags WHERE event IN ({_marks(ids)}) ORDER BY event, position"
    )
    for event, tag in conn.execute(sql, ids):
        found[event].append(tag)
    return found


def document_from_row(row: Sequence[object]) -> Document:
    """A Document from the DOCUMENT_COLUMNS of a row, in that order."""
    values = dict(zip(DOCUMENT_COLUMNS, row, strict=True))
    published = values.pop("published")
    day = date.fromisoformat(published) if isinstance(published, str) else None
    return Document(**values, published=day)  # type: ignore[arg-type]


def _marks(ids: Sequence[object]) -> str:
    return ", ".join("?" * len(ids))


def _rowid(cursor: Cursor) -> int:
    rowid = cursor.lastrowid
    assert rowid is not None
    return rowid
