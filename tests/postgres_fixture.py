"""A PostgreSQL store for tests: a fresh schema per test in the server SITREP_TEST_POSTGRES names.

`.ci/run` starts a server and sets SITREP_TEST_POSTGRES (postgresql://user@host:port/database);
without it, or when the server does not answer, PostgreSQL variants skip with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from sitrep.store.postgres import in_schema

ENV = "SITREP_TEST_POSTGRES"


@contextmanager
def postgres_url() -> Iterator[str]:
    """A URL whose search_path is a new, empty schema; the schema is dropped afterwards."""
    base = os.environ.get(ENV)
    if not base:
        pytest.skip(f"no PostgreSQL server: set {ENV}=postgresql://user@host:port/database")
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[test]'")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(base, autocommit=True)
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL at {base} is not reachable: {exc}")
    with admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield in_schema(base, schema)
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[str]:
    """Where a store lives: a SQLite file, then a PostgreSQL schema (same tests on both)."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")  # type: ignore[operator]
        return
    with postgres_url() as url:
        yield url
