"""Opening a SQLite store file and turning SQLite's errors into StoreErrors that say what to do."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sitrep.errors import StoreError
from sitrep.store.queries import haversine_km
from sitrep.store.schema import migrate, not_a_store

MEMORY = ":memory:"


def connect(
    path: str | Path, *, readonly: bool = False, busy_timeout: float = 5.0
) -> sqlite3.Connection:
    """A connection with WAL, foreign keys, a busy timeout and sitrep's SQL functions."""
    name = str(path)
    _check_path(name, readonly=readonly)
    with translate_errors(name):
        conn = _raw_connect(name, readonly=readonly, busy_timeout=busy_timeout)
        try:
            _configure(conn, name, readonly=readonly, busy_timeout=busy_timeout)
        except BaseException:
            conn.close()
            raise
    return conn


def _check_path(name: str, *, readonly: bool) -> None:
    if name == MEMORY:
        return
    path = Path(name)
    if path.is_dir():
        raise StoreError(f"{name} is a folder: pass a database file path with --db")
    if readonly and not path.exists():
        raise StoreError(f"no database at {name}: run `sitrep run` first or pass another --db")
    if not path.parent.exists():
        raise StoreError(f"cannot create {name}: the folder {path.parent} does not exist")


def _raw_connect(name: str, *, readonly: bool, busy_timeout: float) -> sqlite3.Connection:
    if readonly and name != MEMORY:
        uri = Path(name).resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    return sqlite3.connect(name, timeout=busy_timeout, isolation_level=None)


def _configure(conn: sqlite3.Connection, name: str, *, readonly: bool, busy_timeout: float) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000):d}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_function("sitrep_icontains", 2, _icontains, deterministic=True)
    conn.create_function("sitrep_km", 4, _km, deterministic=True)
    if readonly:
        migrate(conn, name, apply=False)
        return
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn, name)


def _icontains(haystack: str | None, needle: str | None) -> bool:
    if haystack is None or needle is None:
        return False
    return needle.casefold() in haystack.casefold()


def _km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    if lat1 is None or lon1 is None:
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


@contextmanager
def translate_errors(name: str) -> Iterator[None]:
    """Re-raise SQLite's operational errors as one-line StoreErrors; bugs still raise."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
        raise
    except sqlite3.DatabaseError as exc:
        raise _store_error(name, exc) from exc


def _store_error(name: str, exc: sqlite3.DatabaseError) -> StoreError:
    message = str(exc).lower()
    if "not a database" in message:
        return not_a_store(name)
    if "malformed" in message or "corrupt" in message:
        return StoreError(
            f"{name} is damaged ({exc}): restore it from a backup or pass another --db path"
        )
    if "locked" in message or "busy" in message:
        return StoreError(
            f"{name} is locked by another process: wait for it to finish, then run again"
        )
    if "full" in message:
        return StoreError(
            f"no space left to write {name}: free some disk space and run again "
            "(documents already stored are kept; the one being written was not)"
        )
    if "readonly" in message or "read-only" in message:
        return StoreError(f"{name} is read-only: check its permissions or pass another --db path")
    if "unable to open" in message:
        return StoreError(f"cannot open {name}: check that its folder exists and is writable")
    return StoreError(f"{name}: {exc}: check the file, or pass another --db path")
