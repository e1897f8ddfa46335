"""What the store needs of a database connection, met by sqlite3 and by the PostgreSQL adapter.

Store code writes SQLite's SQL (`?` placeholders, `COLLATE NOCASE`, `INSERT OR IGNORE`); the
PostgreSQL adapter (sitrep.store.postgres) translates it. `POSTGRES_SCHEMES` says which `--db`
values name a PostgreSQL server rather than a SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
NO_LIMIT = 2**62  # a LIMIT both databases read as "no limit"


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses."""

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ..., /) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of a DB-API connection the store uses (sqlite3.Connection has it all)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Any, /) -> Cursor: ...

    def close(self) -> None: ...


def batches(conn: Connection, sql: str, params: Sequence[object], size: int) -> Iterator[list[Any]]:
    """The rows of a SELECT, `size` at a time, never all in memory at once. Other statements may
    run on the connection between batches."""
    stream = getattr(conn, "stream", None)  # PostgreSQL: a server-side cursor, closed after
    if stream is None:
        cursor = conn.execute(sql, list(params))
        while rows := cursor.fetchmany(size):
            yield rows
        return
    streamed = stream(sql, list(params))
    try:
        while rows := streamed.fetchmany(size):
            yield rows
    finally:
        streamed.close()


def integrity_errors() -> tuple[type[Exception], ...]:
    """The exceptions a broken constraint raises, on either database."""
    import sqlite3

    try:
        import psycopg
    except ImportError:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, psycopg.IntegrityError)


def is_postgres(name: str) -> bool:
    """Whether a --db value is a PostgreSQL URL (postgresql://user@host:port/database)."""
    return name.startswith(POSTGRES_SCHEMES)
