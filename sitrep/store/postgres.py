"""A PostgreSQL server as the store: a connection that speaks the store's SQLite SQL.

`connect_postgres(url)` opens the database, applies the schema (the same named migrations as
SQLite, in PostgreSQL's DDL) and returns a `PgConnection`: `execute` translates each statement
(sitrep.store.pg_sql), `BEGIN IMMEDIATE` takes a transaction-scoped advisory lock so that
writers queue as they do on SQLite, and an INSERT into a table with an id reports it as
`lastrowid`. Needs the `psycopg` package (`pip install 'sitrep[postgres]'`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sitrep.errors import StoreError
from sitrep.store.pg_schema import FUNCTIONS, pg_statements
from sitrep.store.pg_sql import inserts_into, translate
from sitrep.store.schema import MIGRATIONS, now

if TYPE_CHECKING:
    import psycopg

WRITER_LOCK = 0x53495452  # the advisory lock writers hold for a transaction ("SITR")
_IDENTITY_TABLES = frozenset(
    {
        "runs",
        "documents",
        "events",
        "unresolved",
        "failures",
        "corrections",
        "control_facts",
        "control_operations",
    }
)


class PgCursor:
    """Rows of one statement, read like a sqlite3 cursor (psycopg's cursor does the reading)."""

    def __init__(self, cursor: psycopg.Cursor[Any] | None, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return -1 if self._cursor is None else self._cursor.rowcount

    def fetchone(self) -> Any:
        rows = self._rows()
        return None if rows is None else rows.fetchone()

    def fetchall(self) -> list[Any]:
        rows = self._rows()
        return [] if rows is None else rows.fetchall()

    def fetchmany(self, size: int = 1, /) -> list[Any]:
        rows = self._rows()
        return [] if rows is None else rows.fetchmany(size)

    def __iter__(self) -> Iterator[Any]:
        rows = self._rows()
        if rows is not None:
            yield from rows

    def _rows(self) -> psycopg.Cursor[Any] | None:
        """The cursor, when its statement returned rows."""
        if self._cursor is None or self._cursor.description is None:
            return None
        return self._cursor


class PgStream:
    """Rows of a server-side cursor, fetched a batch at a time: the client never holds the whole
    result, and other statements may run on the connection between batches."""

    def __init__(self, conn: PgConnection, name: str) -> None:
        self._conn = conn
        self._name = name
        self._open = True

    def fetchmany(self, size: int = 1, /) -> list[Any]:
        if not self._open:
            return []
        rows = self._conn.execute(f"FETCH {int(size):d} FROM {self._name}").fetchall()
        if len(rows) < size:
            self.close()
        return rows

    def close(self) -> None:
        if self._open and not self._conn.closed:
            self._conn.execute(f"CLOSE {self._name}")
        self._open = False


class PgConnection:
    """A psycopg connection in autocommit mode with a sqlite3-like `execute`."""

    def __init__(self, conn: psycopg.Connection[Any], name: str) -> None:
        self._conn = conn
        self.name = name
        self._prepared: dict[str, tuple[str, bool]] = {}  # sql -> (translated, returns its id)
        self._streams = 0

    @property
    def closed(self) -> bool:
        return self._conn.closed

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._conn.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        if sql == "BEGIN IMMEDIATE":
            return self._begin_writing()
        statement, returning = self._prepare(sql)
        with _errors(self.name):
            cursor = self._conn.execute(statement, tuple(parameters))
        if not returning:
            return PgCursor(cursor)
        ids = cursor.fetchall()
        return PgCursor(None, ids[-1][0] if ids else None)

    def stream(self, sql: str, parameters: Sequence[Any] = (), /) -> PgStream:
        """A SELECT whose rows stay on the server until fetched (a WITH HOLD cursor)."""
        self._streams += 1
        name = f"sitrep_stream_{self._streams}"
        self.execute(f"DECLARE {name} NO SCROLL CURSOR WITH HOLD FOR {sql}", parameters)
        return PgStream(self, name)

    def executemany(self, sql: str, parameters: Any, /) -> PgCursor:
        batch = [tuple(p) for p in parameters]
        if not batch:
            return PgCursor(None)
        with _errors(self.name):
            cursor = self._conn.cursor()
            cursor.executemany(self._prepare(sql)[0], batch)
        return PgCursor(cursor)

    def close(self) -> None:
        self._conn.close()

    def _prepare(self, sql: str) -> tuple[str, bool]:
        """The statement's PostgreSQL form, and whether it reports the id of the row it
        inserts (an INSERT into a table with an identity column and no RETURNING of its own);
        worked out once per SQL text."""
        found = self._prepared.get(sql)
        if found is None:
            statement = translate(sql)
            returning = inserts_into(sql) in _IDENTITY_TABLES and "RETURNING" not in sql.upper()
            if returning:
                statement += " RETURNING id"
            found = self._prepared[sql] = (statement, returning)
        return found

    def _begin_writing(self) -> PgCursor:
        with _errors(self.name):
            self._conn.execute("BEGIN")
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
        return PgCursor(None)


def connect_postgres(
    url: str, *, readonly: bool = False, busy_timeout: float = 5.0, must_exist: bool = False
) -> PgConnection:
    """Open (and migrate, unless `readonly`) the sitrep store in the PostgreSQL database at url."""
    name = redact(url)
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            f"{name}: PostgreSQL needs the psycopg package: pip install 'sitrep[postgres]'"
        ) from None
    try:
        raw = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor)
    except psycopg.Error as exc:
        raise StoreError(
            f"cannot connect to {name} ({_first_line(exc)}): check that the server is running "
            "and the URL's user, host, port and database"
        ) from None
    from psycopg.types.numeric import FloatLoader

    raw.adapters.register_loader("numeric", FloatLoader)
    conn = PgConnection(raw, name)
    try:
        conn.execute(f"SET lock_timeout = {int(busy_timeout * 1000):d}")
        migrate_postgres(conn, apply=not readonly, must_exist=must_exist or readonly)
        if readonly:
            conn.execute("SET default_transaction_read_only = on")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate_postgres(conn: PgConnection, *, apply: bool = True, must_exist: bool = False) -> None:
    """Check the database holds a sitrep store this version can read; apply new steps.

    An empty database becomes a store, unless `must_exist`.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        pending = _pending(conn, apply=apply, must_exist=must_exist)
        for migration in pending:
            _apply(conn, migration.name, migration.statements)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _pending(conn: PgConnection, *, apply: bool, must_exist: bool) -> list[Any]:
    applied = _applied(conn)
    if not applied and must_exist:
        raise StoreError(
            f"no sitrep store in {conn.name}: run `sitrep run PATHS --db URL` first, "
            "or check the URL"
        )
    known = [m.name for m in MIGRATIONS]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{conn.name} was written by a newer sitrep (unknown schema steps: "
            f"{', '.join(unknown)}): upgrade sitrep (pip install -U sitrep) or pass another --db"
        )
    pending = [m for m in MIGRATIONS if m.name not in applied]
    if pending and not apply:
        raise StoreError(
            f"{conn.name} needs upgrading to this sitrep's schema: open it once for writing "
            "(e.g. `sitrep run`), then retry"
        )
    return pending


def _applied(conn: PgConnection) -> list[str]:
    (tables,) = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchone()
    (marked,) = conn.execute("SELECT to_regclass('sitrep_migrations') IS NOT NULL").fetchone()
    if not marked and tables:
        raise StoreError(
            f"{conn.name} holds tables that are not a sitrep store: pass another database, "
            "or a URL whose options set another search_path"
        )
    if not marked:
        return []
    return [r[0] for r in conn.execute("SELECT name FROM sitrep_migrations ORDER BY id")]


def _apply(conn: PgConnection, name: str, statements: Sequence[str]) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sitrep_migrations (id BIGINT GENERATED BY DEFAULT AS "
        "IDENTITY PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
    )
    if name == MIGRATIONS[0].name:
        for function in FUNCTIONS:
            conn.execute(function)
    for statement in statements:
        for pg in pg_statements(statement):
            conn.execute(pg)
    conn.execute("INSERT INTO sitrep_migrations (name, applied_at) VALUES (?, ?)", (name, now()))


def in_schema(url: str, schema: str) -> str:
    """The URL with its search_path set to `schema`: a store of its own in a shared database."""
    from urllib.parse import quote

    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@contextmanager
def _errors(name: str) -> Iterator[None]:
    """PostgreSQL's operational errors as one-line StoreErrors; bugs and constraint errors raise."""
    import psycopg

    try:
        yield
    except (psycopg.errors.IntegrityError, psycopg.ProgrammingError):
        raise
    except psycopg.errors.LockNotAvailable:
        raise StoreError(
            f"{name} is locked by another process: wait for it to finish, then run again"
        ) from None
    except psycopg.DataError as exc:
        raise StoreError(
            f"{name} cannot store a value ({_first_line(exc)}): fix the document's text"
        ) from None
    except psycopg.errors.ReadOnlySqlTransaction:
        raise StoreError(f"{name} was opened read-only: open it for writing") from None
    except psycopg.OperationalError as exc:
        raise StoreError(
            f"{name}: {_first_line(exc)}: check that the server is running, then run again"
        ) from None
