"""Opening, creating and refusing databases."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.model import Document, Event
from sitrep.store import MIGRATIONS, Store
from sitrep.store.dbapi import integrity_errors
from sitrep.store.schema import APPLICATION_ID


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_new_database_records_its_migrations(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    Store.open(path).close()
    conn = _raw(path)
    names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY id")]
    assert names == [m.name for m in MIGRATIONS]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    Store.open(path).close()
    with Store.open(path) as store:
        assert store.counts()["documents"] == 0
    conn = _raw(path)
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_foreign_keys_are_on(store: Store) -> None:
    with pytest.raises(integrity_errors()), store.transaction() as conn:
        conn.execute(
            'INSERT INTO evidence (event, position, start, "end", text, role) '
            "VALUES (404, 0, 0, 1, 'x', 'trigger')"
        )


def test_database_from_a_newer_sitrep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    Store.open(path).close()
    conn = _raw(path)
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_future', 'x')")
    conn.close()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(caught.value) == (
        f"{path} was written by a newer sitrep (unknown schema steps: 9999_future): "
        "upgrade sitrep (pip install -U sitrep) or pass another --db path"
    )


def test_higher_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    Store.open(path).close()
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer sitrep .*schema version"):
        Store.open(path)


def test_a_text_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(caught.value) == (
        f"{path} is not a sitrep database: pass another --db path or move it away"
    )
    assert path.read_text().startswith("these are my notes")


def test_another_programs_sqlite_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = _raw(path)
    conn.execute("CREATE TABLE places (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="is not a sitrep database"):
        Store.open(path)


def test_damaged_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    Store.open(path).close()
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="is not a sitrep database"):
        Store.open(path)


def test_folder_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="the folder .* does not exist"):
        Store.open(tmp_path / "nowhere" / "sitrep.db")


def test_readonly_needs_an_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    with pytest.raises(StoreError, match="no database at"):
        Store.open(path, readonly=True)
    Store.open(path).close()
    with Store.open(path, readonly=True) as store:
        assert store.counts()["events"] == 0
        with pytest.raises(StoreError, match="read-only"):
            store.start_run({})


def test_actors_and_places_views_list_what_the_events_name(
    store: Store, make_event: Callable[..., Event]
) -> None:
    doc = Document(doc_id="doc-a", text="Rebels shelled Bexmoor; the army answered.")
    events = [
        make_event(actor1="Rebels of Aldoria", inter1=2, actor2="Civilians (Aldoria)", inter2=7,
                   location="Bexmoor", country="Aldoria", latitude=1.0, longitude=2.0,
                   geo_precision=1),
        make_event(event_id="ev-2", actor1="Military Forces of Aldoria", inter1=1,
                   actor2="Rebels of Aldoria", inter2=2, assoc_actor_1="Militia X",
                   location="Bexmoor", country="Aldoria", latitude=1.0, longitude=2.0,
                   geo_precision=2),
    ]  # fmt: skip
    store.ingest(doc, events, [])
    actors = store.connection.execute("SELECT name, inter, reports FROM actors ORDER BY name")
    assert actors.fetchall() == [
        ("Civilians (Aldoria)", 7, 1),
        ("Military Forces of Aldoria", 1, 1),
        ("Militia X", None, 1),
        ("Rebels of Aldoria", 2, 2),
    ]
    places = store.connection.execute(
        "SELECT location, country, geo_precision, reports FROM places"
    )
    assert places.fetchall() == [("Bexmoor", "Aldoria", 1, 2)]
