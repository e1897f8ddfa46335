"""The store's schema as an append-only list of named migrations.

Never edit or reorder a migration that has shipped: add a new one at the end. The names applied
to a database are recorded in its `migrations` table, so a database made by a newer sitrep (a
name this version does not know) is refused instead of being misread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sitrep.errors import StoreError
from sitrep.store import schema_control, schema_corrections, schema_merge, schema_views

APPLICATION_ID = 0x53495452  # "SITR": marks a SQLite file as a sitrep store


@dataclass(frozen=True, slots=True)
class Migration:
    """One named step of the schema: SQL statements run in one transaction."""

    name: str
    statements: tuple[str, ...]


_CORE = (
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        arguments TEXT NOT NULL DEFAULT '{}',
        counts TEXT
    )""",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        path TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL
    )""",
    "CREATE INDEX documents_doc_id ON documents(doc_id)",
    "CREATE INDEX documents_published ON documents(published)",
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id'
    )""",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        source TEXT,
        source_url TEXT,
        event_date TEXT,
        date_start TEXT,
        date_end TEXT,
        time_precision INTEGER,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        actor1 TEXT,
        assoc_actor_1 TEXT,
        inter1 INTEGER,
        actor2 TEXT,
        assoc_actor_2 TEXT,
        inter2 INTEGER,
        country TEXT,
        iso3 TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geonameid INTEGER,
        geo_precision INTEGER,
        fatalities INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        confidence REAL NOT NULL,
        claimed_by TEXT,
        plover TEXT,
        cameo TEXT
    )""",
    "CREATE INDEX events_event_id ON events(event_id)",
    "CREATE INDEX events_document ON events(document_id)",
    "CREATE INDEX events_date ON events(event_date)",
    "CREATE INDEX events_start_end ON events(date_start, date_end)",
    "CREATE INDEX events_type ON events(event_type COLLATE NOCASE, sub_event_type COLLATE NOCASE)",
    "CREATE INDEX events_country ON events(country COLLATE NOCASE)",
    "CREATE INDEX events_iso3 ON events(iso3 COLLATE NOCASE)",
    """CREATE TABLE evidence (
        event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (event, position)
    )""",
    """CREATE TABLE event_tags (
        event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (event, position)
    )""",
    "CREATE INDEX event_tags_tag ON event_tags(tag)",
    "CREATE VIRTUAL TABLE event_coords USING rtree(id, min_lon, max_lon, min_lat, max_lat)",
    """CREATE TRIGGER event_coords_delete AFTER DELETE ON events BEGIN
        DELETE FROM event_coords WHERE id = old.id;
    END""",
    """CREATE TABLE unresolved (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentence TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX unresolved_text ON unresolved(text)",
    """CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        path TEXT,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX failures_key ON failures(doc_id, path, stage)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core", _CORE),
    Migration("0002_corrections", schema_corrections.STATEMENTS),
    Migration("0003_control", schema_control.STATEMENTS),
    Migration("0004_merge", schema_merge.STATEMENTS),
    Migration("0005_views", schema_views.STATEMENTS),
    # the country a document's source says it is about (JSONL `country`, `--country`)
    Migration("0006_document_country", ("ALTER TABLE documents ADD COLUMN country TEXT",)),
)


def now() -> str:
    """The current time as an ISO string in UTC, seconds precision."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrate(conn: sqlite3.Connection, path: str | Path, *, apply: bool = True) -> None:
    """Check the database is a sitrep store this version can read, then apply new migrations.

    With apply=False (read-only use) a database that needs migrating raises StoreError.
    """
    applied = _applied(conn, path)
    known = [m.name for m in MIGRATIONS]
    unknown = [name for name in applied if name not in known]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS) and not unknown:
        unknown = [f"schema version {version}"]
    if unknown:
        raise StoreError(
            f"{path} was written by a newer sitrep (unknown schema steps: {', '.join(unknown)}): "
            "upgrade sitrep (pip install -U sitrep) or pass another --db path"
        )
    pending = [m for m in MIGRATIONS if m.name not in applied]
    if pending and not apply:
        raise StoreError(
            f"{path} needs upgrading to this sitrep's schema: open it once for writing "
            "(e.g. `sitrep run`), then retry"
        )
    for migration in pending:
        _apply(conn, migration)


def _applied(conn: sqlite3.Connection, path: str | Path) -> list[str]:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == 0 and not tables:
        return []  # a new, empty database
    if app_id != APPLICATION_ID or "migrations" not in tables:
        raise not_a_store(path)
    return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY id")]


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
        )
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO migrations(name, applied_at) VALUES (?, ?)", (migration.name, now())
        )
        count = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        conn.execute(f"PRAGMA user_version = {int(count):d}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def not_a_store(path: str | Path) -> StoreError:
    return StoreError(f"{path} is not a sitrep database: pass another --db path or move it away")
