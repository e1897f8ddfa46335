"""The SQLite event store: documents, events, evidence, unresolved places, failures, runs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from sitrep.model import Document, Event, Failure, Toponym
from sitrep.store import rows
from sitrep.store.connection import connect, translate_errors
from sitrep.store.queries import EventQuery, build_event_sql, fts_query
from sitrep.store.schema import now

_DOC_SELECT = "SELECT d." + ", d.".join(rows.DOCUMENT_COLUMNS) + " FROM documents AS d"


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """A document found by full-text search, with a highlighted snippet ([...] marks matches)."""

    document: Document
    snippet: str
    score: float


class Store:
    """A sitrep database. Open with `Store.open(path)`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self._conn = conn
        self.name = name

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, busy_timeout: float = 5.0) -> Store:
        """Open (creating and migrating if needed) the store at `path`; ":memory:" for tests."""
        return cls(connect(path, readonly=readonly, busy_timeout=busy_timeout), str(path))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection, for modules that keep tables of their own."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction: committed whole or rolled back whole."""
        with translate_errors(self.name):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:  # SQLite may already have rolled back
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # writing

    def ingest(
        self,
        document: Document,
        events: Sequence[Event],
        unresolved: Sequence[Toponym],
        *,
        run_id: int | None = None,
    ) -> bool:
        """Store a document with its events and unresolved place mentions, in one transaction.

        Returns False, writing nothing, when a document with the same content hash is stored.
        Mentions that did resolve to coordinates are skipped.
        """
        with self.transaction() as conn:
            seen = conn.execute(
                "SELECT 1 FROM documents WHERE content_hash = ?", (document.content_hash,)
            ).fetchone()
            if seen:
                return False
            doc = rows.insert_document(conn, document, run_id)
            for event in events:
                rows.insert_event(conn, event, doc, run_id)
            rows.insert_unresolved(conn, unresolved, doc)
            conn.execute(
                "DELETE FROM failures WHERE doc_id = ? AND path IS ?",
                (document.doc_id, document.path),
            )
        return True

    def record_failure(self, failure: Failure, *, run_id: int | None = None) -> None:
        """Record a failed document; the same failure seen again only moves to the newer run."""
        key = (failure.doc_id, failure.path, failure.stage, failure.reason)
        with self.transaction() as conn:
            updated = conn.execute(
                "UPDATE failures SET run_id = ?, recorded_at = ? "
                "WHERE doc_id = ? AND path IS ? AND stage = ? AND reason = ?",
                (run_id, now(), *key),
            ).rowcount
            if not updated:
                conn.execute(
                    "INSERT INTO failures (doc_id, path, stage, reason, run_id, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (*key, run_id, now()),
                )

    def start_run(self, arguments: dict[str, Any]) -> int:
        """Record the start of a run with its arguments; returns the run id."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (started, arguments) VALUES (?, ?)",
                (now(), _json(arguments)),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished = ?, counts = ? WHERE id = ?",
                (now(), _json(counts), run_id),
            )

    # reading

    def events(
        self,
        *,
        country: str | None = None,
        admin1: str | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        actor: str | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        near: tuple[float, float, float] | None = None,
        min_fatalities: int | None = None,
        min_confidence: float | None = None,
        source: str | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order_by: str = "event_date",
    ) -> Iterator[Event]:
        """Events matching every given filter (see EventQuery for their meaning)."""
        query = EventQuery(
            country=country,
            admin1=admin1,
            event_type=event_type,
            sub_event_type=sub_event_type,
            since=since,
            until=until,
            actor=actor,
            bbox=bbox,
            near=near,
            min_fatalities=min_fatalities,
            min_confidence=min_confidence,
            source=source,
            text=text,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
        return self.query(query)

    def query(self, query: EventQuery) -> Iterator[Event]:
        """Events matching an EventQuery."""
        sql, params = build_event_sql(query)  # raises InputError before any reading
        return self._read_events(sql, params)

    def _read_events(self, sql: str, params: list[object]) -> Iterator[Event]:
        with translate_errors(self.name):
            yield from rows.read_events(self._conn, sql, params)

    def failures(self) -> Iterator[Failure]:
        sql = "SELECT doc_id, stage, reason, path FROM failures ORDER BY id"
        with translate_errors(self.name):
            for doc_id, stage, reason, path in self._conn.execute(sql):
                yield Failure(doc_id=doc_id, stage=stage, reason=reason, path=path)

    def unresolved_places(self, *, limit: int | None = None) -> list[tuple[str, int, str]]:
        """(name, mentions, an example sentence) for unresolved place names, most frequent first."""
        sql = (
            "SELECT u.text, count(*), (SELECT v.sentence FROM unresolved AS v "
            "WHERE v.text = u.text ORDER BY v.sentence = '', v.id LIMIT 1) "
            "FROM unresolved AS u GROUP BY u.text ORDER BY count(*) DESC, u.text LIMIT ?"
        )
        with translate_errors(self.name):
            found = self._conn.execute(sql, (-1 if limit is None else limit,)).fetchall()
        return [(name, count, sentence) for name, count, sentence in found]

    def document(self, doc_id: str) -> Document | None:
        """The most recently stored document with this id, or None."""
        sql = f"{_DOC_SELECT} WHERE d.doc_id = ? ORDER BY d.id DESC LIMIT 1"
        with translate_errors(self.name):
            row = self._conn.execute(sql, (doc_id,)).fetchone()
        return None if row is None else rows.document_from_row(row)

    def documents(
        self,
        *,
        source: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[Document]:
        """Stored documents in the order they were added, filtered by source and publication."""
        sql = (
            f"{_DOC_SELECT} WHERE (? IS NULL OR d.source = ? COLLATE NOCASE) "
            "AND (? IS NULL OR d.published >= ?) AND (? IS NULL OR d.published <= ?) "
            "ORDER BY d.id LIMIT ? OFFSET ?"
        )
        first = since.isoformat() if since else None
        last = until.isoformat() if until else None
        params = (source, source, first, first, last, last, -1 if limit is None else limit, offset)
        with translate_errors(self.name):
            for row in self._conn.execute(sql, params):
                yield rows.document_from_row(row)

    def search(self, text: str, *, limit: int | None = 20) -> list[SearchHit]:
        """Documents containing every word of `text` (title or body), best match first."""
        sql = (
            "SELECT d." + ", d.".join(rows.DOCUMENT_COLUMNS) + ", "
            "snippet(documents_fts, 1, '[', ']', '…', 12), bm25(documents_fts) "
            "FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ?"
        )
        params = (fts_query(text), -1 if limit is None else limit)
        with translate_errors(self.name):
            found = self._conn.execute(sql, params).fetchall()
        width = len(rows.DOCUMENT_COLUMNS)
        return [
            SearchHit(document=rows.document_from_row(r[:width]), snippet=r[width], score=-r[-1])
            for r in found
        ]

    def counts(self) -> dict[str, int]:
        """How many documents, events, unresolved mentions and names, failures and runs."""
        sql = (
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM unresolved), (SELECT count(DISTINCT text) FROM unresolved), "
            "(SELECT count(*) FROM failures), (SELECT count(*) FROM runs)"
        )
        names = ("documents", "events", "unresolved", "unresolved_places", "failures", "runs")
        with translate_errors(self.name):
            values = self._conn.execute(sql).fetchone()
        return dict(zip(names, values, strict=True))

    def runs(self) -> list[dict[str, Any]]:
        """Every run: id, started, finished, arguments and counts (decoded JSON)."""
        sql = "SELECT id, started, finished, arguments, counts FROM runs ORDER BY id"
        with translate_errors(self.name):
            found = self._conn.execute(sql).fetchall()
        return [
            {
                "id": run_id,
                "started": started,
                "finished": finished,
                "arguments": json.loads(arguments),
                "counts": json.loads(counts) if counts else None,
            }
            for run_id, started, finished, arguments, counts in found
        ]


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
