"""Ingest: one transaction per document, idempotent, nothing half-written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.model import Document, Event, Evidence, Failure, Place, Toponym
from sitrep.store import Store
from sitrep.store.dbapi import integrity_errors

ALDORIA = Toponym(start=29, end=36, text="Aldoria", sentence="Rebels shelled the market.")
KNOWN = Place(geonameid=1, name="Bexmoor", latitude=1.0, longitude=2.0)


def test_ingest_stores_once(
    store: Store, doc_a: Document, make_event: Callable[..., Event]
) -> None:
    events = [make_event(), make_event(event_id="ev-2", fatalities=2)]
    assert store.ingest(doc_a, events, [ALDORIA]) is True
    assert store.ingest(doc_a, events, [ALDORIA]) is False
    assert store.counts() == {
        "documents": 1,
        "events": 2,
        "unresolved": 1,
        "unresolved_places": 1,
        "failures": 0,
        "runs": 0,
    }
    assert list(store.events(order_by="added")) == events


def test_same_text_from_another_source_is_another_document(store: Store, doc_a: Document) -> None:
    other = Document(doc_id="doc-a", text=doc_a.text, source="Other Outlet")
    assert store.ingest(doc_a, [], []) is True
    assert store.ingest(other, [], []) is True
    assert store.counts()["documents"] == 2


def test_failed_ingest_writes_nothing(
    store: Store, doc_a: Document, make_event: Callable[..., Event]
) -> None:
    broken = make_event(event_id="ev-2", evidence=(Evidence(start=0, end=1, text=None, role="x"),))  # type: ignore[arg-type]
    with pytest.raises(integrity_errors()):
        store.ingest(doc_a, [make_event(), broken], [ALDORIA])
    assert store.counts()["documents"] == 0
    assert store.counts()["events"] == 0
    assert store.counts()["unresolved"] == 0
    assert store.ingest(doc_a, [make_event()], []) is True


def test_resolved_mentions_are_not_unresolved(store: Store, doc_b: Document) -> None:
    resolved = Toponym(start=29, end=36, text="Bexmoor", place=KNOWN)
    store.ingest(doc_b, [], [resolved])
    assert store.unresolved_places() == []


def test_unresolved_places_most_frequent_first(store: Store, doc_a: Document) -> None:
    doc_c = Document(doc_id="doc-c", text="Fighting near Aldoria and Cray.")
    cray = Toponym(start=26, end=30, text="Cray", sentence="Fighting near Aldoria and Cray.")
    other = Toponym(start=14, end=21, text="Aldoria", sentence="")
    store.ingest(doc_a, [], [ALDORIA])
    store.ingest(doc_c, [], [other, cray])
    assert store.unresolved_places() == [
        ("Aldoria", 2, "Rebels shelled the market."),
        ("Cray", 1, "Fighting near Aldoria and Cray."),
    ]
    assert store.unresolved_places(limit=1) == [("Aldoria", 2, "Rebels shelled the market.")]


def test_failures_are_listed_once_and_cleared_by_success(store: Store, doc_a: Document) -> None:
    run = store.start_run({"paths": ["in/"]})
    failure = Failure(doc_id="doc-a", stage="read", reason="invalid UTF-8", path=None)
    other = Failure(doc_id="bin", stage="read", reason="binary file", path="in/bin.txt")
    store.record_failure(failure, run_id=run)
    store.record_failure(failure, run_id=run)
    store.record_failure(other, run_id=run)
    assert list(store.failures()) == [failure, other]
    store.ingest(doc_a, [], [])
    assert list(store.failures()) == [other]


def test_runs_record_arguments_and_counts(store: Store) -> None:
    run = store.start_run({"paths": ["a.txt"], "workers": 1})
    store.finish_run(run, {"documents": 1, "events": 3})
    (only,) = store.runs()
    assert only["id"] == run
    assert only["arguments"] == {"paths": ["a.txt"], "workers": 1}
    assert only["counts"] == {"documents": 1, "events": 3}
    assert only["finished"] is not None


def test_events_keep_their_run(store: Store, doc_a: Document, make_event) -> None:
    run = store.start_run({})
    store.ingest(doc_a, [make_event()], [], run_id=run)
    assert store._conn.execute("SELECT run_id FROM events").fetchone()[0] == run


def test_locked_database_gives_a_clear_error_and_writes_nothing(
    tmp_path: Path, doc_a: Document, make_event: Callable[..., Event]
) -> None:
    path = tmp_path / "sitrep.db"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with Store.open(path, busy_timeout=0) as store:
        with pytest.raises(StoreError) as caught:
            store.ingest(doc_a, [make_event()], [])
        assert str(caught.value) == (
            f"{path} is locked by another process: wait for it to finish, then run again"
        )
        holder.execute("ROLLBACK")
        assert store.counts()["documents"] == 0
        assert store.ingest(doc_a, [make_event()], []) is True
    holder.close()


def test_reader_queries_while_a_writer_holds_a_transaction(
    tmp_path: Path, doc_a: Document, doc_b: Document, make_event: Callable[..., Event]
) -> None:
    path = tmp_path / "sitrep.db"
    with Store.open(path) as writer, Store.open(path, readonly=True) as reader:
        writer.ingest(doc_a, [make_event()], [])
        writer._conn.execute("BEGIN IMMEDIATE")
        writer._conn.execute("DELETE FROM events")
        assert [e.event_id for e in reader.events()] == ["ev-1"]
        writer._conn.execute("ROLLBACK")
        writer.ingest(doc_b, [make_event(event_id="ev-b", doc_id="doc-b")], [])
        assert [e.event_id for e in reader.events(order_by="added")] == ["ev-1", "ev-b"]


def test_full_disk_gives_a_clear_error_and_writes_nothing(
    tmp_path: Path, doc_a: Document, make_event: Callable[..., Event]
) -> None:
    path = tmp_path / "sitrep.db"
    with Store.open(path) as store:
        store.ingest(doc_a, [make_event()], [])
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is nearly full
        big = Document(doc_id="big", text="shelling " * 100_000)
        with pytest.raises(StoreError) as caught:
            store.ingest(big, [make_event(doc_id="big")], [ALDORIA])
        assert str(caught.value) == (
            f"no space left to write {path}: free some disk space and run again "
            "(documents already stored are kept; the one being written was not)"
        )
        assert store.counts()["documents"] == 1
        assert store.counts()["events"] == 1
        assert store.counts()["unresolved"] == 0
