"""A document's events written table by table: every row as one event at a time wrote it."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Document, Event, Evidence
from sitrep.store import Store
from sitrep.store.queries import EVENT_COLUMNS

_COLUMNS = ", ".join(EVENT_COLUMNS)


def _three(make_event: Callable[..., Event]) -> list[Event]:
    shelled = Evidence(start=7, end=14, text="shelled", role="trigger")
    market = Evidence(start=19, end=25, text="market", role="target")
    return [
        make_event(
            event_id="ev-1",
            latitude=35.5,
            longitude=38.25,
            location="Aldoria",
            actor1="Rebels",
            source="Daily Wire",
            evidence=(shelled, market),
            tags=("siege", "aggregate"),
            fatalities=2,
        ),
        make_event(event_id="ev-2", actor1="Rebels", actor2="Civilians", tags=()),
        make_event(event_id="ev-3", latitude=float("nan"), longitude=1.0, evidence=()),
    ]


def test_each_event_is_a_cluster_of_its_own_with_its_values(
    store: Store, doc_a: Document, make_event: Callable[..., Event]
) -> None:
    store.ingest(doc_a, _three(make_event), [])
    conn = store.connection
    events = conn.execute(f"SELECT id, {_COLUMNS} FROM events ORDER BY id").fetchall()
    merged = conn.execute(f"SELECT id, {_COLUMNS} FROM clusters ORDER BY id").fetchall()
    assert [repr(tuple(r)) for r in merged] == [repr(tuple(r)) for r in events]  # NaN too
    members = conn.execute("SELECT event, cluster FROM cluster_members ORDER BY event")
    ids = [r[0] for r in events]
    assert [tuple(r) for r in members] == [(i, i) for i in ids]
    sizes = conn.execute("SELECT size, outlets FROM clusters ORDER BY id").fetchall()
    assert [tuple(r) for r in sizes] == [(1, 1)] * 3


def test_evidence_tags_names_and_points_of_every_event(
    store: Store, doc_a: Document, make_event: Callable[..., Event]
) -> None:
    store.ingest(doc_a, _three(make_event), [])
    conn = store.connection
    first, second, _ = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    evidence = conn.execute(
        'SELECT event, position, start, "end", text, role FROM evidence ORDER BY event, position'
    ).fetchall()
    assert [tuple(r) for r in evidence] == [
        (first, 0, 7, 14, "shelled", "trigger"),
        (first, 1, 19, 25, "market", "target"),
        (second, 0, 7, 14, "shelled", "trigger"),
    ]
    tags = conn.execute("SELECT event, position, tag FROM event_tags ORDER BY event, position")
    assert [tuple(r) for r in tags] == [(first, 0, "siege"), (first, 1, "aggregate")]
    names = conn.execute("SELECT kind, name FROM known_names ORDER BY kind, name").fetchall()
    assert [tuple(r) for r in names] == [
        ("actor", "Civilians"),
        ("actor", "Rebels"),
        ("source", "Daily Wire"),
    ]
    for table in ("event_coords", "cluster_coords"):
        points = conn.execute(f"SELECT id, min_lon, max_lon, min_lat, max_lat FROM {table}")
        assert [tuple(r) for r in points] == [(first, 38.25, 38.25, 35.5, 35.5)]


def test_a_document_without_events_writes_no_event_rows(store: Store, doc_a: Document) -> None:
    assert store.ingest(doc_a, [], [])
    counts = store.counts()
    assert (counts["documents"], counts["events"]) == (1, 0)
    (clusters,) = store.connection.execute("SELECT count(*) FROM clusters").fetchone()
    assert clusters == 0
