"""The gazetteer's SQLite schema, its version, and where the file lives by default."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 2
ENV_VAR = "SITREP_GAZETTEER"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    country_code TEXT,
    country TEXT,
    iso3 TEXT,
    admin1 TEXT,
    admin2 TEXT,
    feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'registry'
);
CREATE TABLE name (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES place(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    exact_key TEXT NOT NULL,
    loose_key TEXT NOT NULL
);
CREATE VIRTUAL TABLE name_fts USING fts5(
    name, content='name', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS name_exact ON name(exact_key);
CREATE INDEX IF NOT EXISTS name_loose ON name(loose_key);
CREATE INDEX IF NOT EXISTS name_place ON name(place_id);
CREATE INDEX IF NOT EXISTS place_geonameid ON place(geonameid);
CREATE INDEX IF NOT EXISTS place_country ON place(country_code, feature_code);
"""


def default_path() -> Path:
    """`$SITREP_GAZETTEER`, else the per-user data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    import platformdirs

    folder = Path(platformdirs.user_data_dir("sitrep"))
    return folder / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def create_schema(conn: sqlite3.Connection, *, meta: dict[str, str] | None = None) -> None:
    """Create the tables and indexes in an empty database and record the schema version."""
    conn.executescript(SCHEMA)
    conn.executescript(INDEXES)
    rows = {"schema_version": str(SCHEMA_VERSION), **(meta or {})}
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", rows.items())
    conn.commit()


def create_empty(path: str | Path, *, meta: dict[str, str] | None = None) -> Path:
    """Write an empty gazetteer file (for tests and hand-made gazetteers)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    conn = sqlite3.connect(target)
    try:
        create_schema(conn, meta=meta)
    finally:
        conn.close()
    return target
