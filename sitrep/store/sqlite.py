"""The event store: documents, events, evidence, unresolved places, failures, runs.

A SQLite file by default; a `postgresql://` URL opens a PostgreSQL server instead
(sitrep.store.postgres), with the same schema and the same behaviour.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sitrep.errors import StoreError
from sitrep.model import Document, Event, Failure, Toponym
from sitrep.store import clusters, plan, rows
from sitrep.store.connection import connect, translate_errors
from sitrep.store.dbapi import NO_LIMIT, Connection, is_postgres
from sitrep.store.names import actor_names_matching
from sitrep.store.queries import EventQuery, Names, build_event_sql
from sitrep.store.schema import now
from sitrep.store.schema_merge import REACH
from sitrep.store.text_search import POSTGRES, SQLITE, TextSearch

if TYPE_CHECKING:
    from sitrep.extract.actors import ActorDictionary

AfterIngest = Callable[[Connection, int], None]

_STORED = "SELECT 1 FROM documents WHERE content_hash = ?"  # a document of this content hash
_DOC_SELECT = "SELECT d." + ", d.".join(rows.DOCUMENT_COLUMNS) + " FROM documents AS d"


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """A document found by full-text search, with a highlighted snippet ([...] marks matches)."""

    document: Document
    snippet: str
    score: float


class Store:
    """A sitrep database. Open with `Store.open(path)`; use as a context manager."""

    def __init__(self, conn: Connection, name: str, *, search: TextSearch = SQLITE) -> None:
        self._conn = conn
        self.name = name
        self._search = search
        self._actors: ActorDictionary | None = None  # loaded by the first actor filter

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        busy_timeout: float = 5.0,
        must_exist: bool = False,
    ) -> Store:
        """Open (creating and migrating if needed, unless `must_exist`) the store at `path`: a
        SQLite file, ":memory:" for tests, or a postgresql://user@host:port/database URL."""
        name = str(path)
        if is_postgres(name):
            from sitrep.store.postgres import connect_postgres, redact

            pg = connect_postgres(
                name, readonly=readonly, busy_timeout=busy_timeout, must_exist=must_exist
            )
            return cls(pg, redact(name), search=POSTGRES)
        if must_exist and name != ":memory:" and not Path(name).exists():
            raise StoreError(f"no database at {name}; run `sitrep run PATHS --db {name}` first")
        return cls(connect(path, readonly=readonly, busy_timeout=busy_timeout), name)

    @property
    def label(self) -> str:
        """A short name for the store: the file's name, or the database's (no password)."""
        if self.backend == "postgresql":
            return self.name.split("?", 1)[0].rsplit("/", 1)[-1]
        return Path(self.name).name

    @property
    def text_search(self) -> TextSearch:
        """How this store's database finds documents by their words."""
        return self._search

    @property
    def backend(self) -> str:
        """ "postgresql" or "sqlite"."""
        return "postgresql" if self._search is POSTGRES else "sqlite"

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
    def connection(self) -> Connection:
        """The open connection, for modules that keep tables of their own (write SQLite's SQL:
        on PostgreSQL it is translated)."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
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
        after: Sequence[AfterIngest] = (),
    ) -> bool:
        """Store a document with its events and unresolved place mentions, in one transaction.

        Returns False, writing nothing, when a document with the same content hash is stored.
        Mentions that did resolve to coordinates are skipped. The new events join the clusters
        of reports of the same event; `after` callables then run in the same transaction with
        the connection and the new document's rowid.
        """
        with self.transaction() as conn:
            if conn.execute(_STORED, (document.content_hash,)).fetchone():
                return False
            doc = rows.insert_document(conn, document, run_id)
            self._write_events(conn, doc, events, unresolved, run_id=run_id, freed=())
            conn.execute(
                "DELETE FROM failures WHERE doc_id = ? AND path IS ?",
                (document.doc_id, document.path),
            )
            for step in after:
                step(conn, doc)
        return True

    def replace_events(
        self,
        doc_id: str,
        events: Sequence[Event],
        unresolved: Sequence[Toponym],
        *,
        after: Sequence[AfterIngest] = (),
    ) -> None:
        """Replace the events and unresolved mentions of the latest document with this id.

        One transaction: the old rows go, the new ones are written, corrections replayed and
        the affected clusters rebuilt; `after` callables then run with the document's rowid
        (as in `ingest`). Raises StoreError when no such document is stored.
        """
        with self.transaction() as conn:
            found = conn.execute(
                "SELECT id FROM documents WHERE doc_id = ? ORDER BY id DESC LIMIT 1", (doc_id,)
            ).fetchone()
            if found is None:
                raise StoreError(
                    f"no document {doc_id!r} in {self.name}: check the id with `sitrep events`"
                )
            doc = found[0]
            run = conn.execute("SELECT run_id FROM documents WHERE id = ?", (doc,)).fetchone()[0]
            freed = clusters.detach_document(conn, doc)
            conn.execute("DELETE FROM events WHERE document_id = ?", (doc,))
            conn.execute("DELETE FROM unresolved WHERE document_id = ?", (doc,))
            self._write_events(conn, doc, events, unresolved, run_id=run, freed=freed)
            for step in after:
                step(conn, doc)

    def recluster(self) -> None:
        """Cluster every stored event again (after upgrading a store, or new merge rules)."""
        with self.transaction() as conn:
            clusters.rebuild(conn)

    def _write_events(
        self,
        conn: Connection,
        doc: int,
        events: Sequence[Event],
        unresolved: Sequence[Toponym],
        *,
        run_id: int | None,
        freed: Sequence[int],
    ) -> None:
        rows.insert_events(conn, events, doc, run_id)
        rows.insert_unresolved(conn, unresolved, doc)
        _replay_corrections(conn, doc)
        new = [r[0] for r in conn.execute("SELECT id FROM events WHERE document_id = ?", (doc,))]
        clusters.attach(conn, [*freed, *new])

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
        max_fatalities: int | None = None,
        min_confidence: float | None = None,
        source: str | None = None,
        text: str | None = None,
        event_id: str | None = None,
        unmerged: bool = False,
        limit: int | None = None,
        offset: int = 0,
        order_by: str = "event_date",
    ) -> Iterator[Event]:
        """Events matching every given filter (see EventQuery for their meaning).

        Merged events (one per event, listing every report behind it) unless `unmerged`.
        """
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
            max_fatalities=max_fatalities,
            min_confidence=min_confidence,
            source=source,
            text=text,
            event_id=event_id,
            unmerged=unmerged,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
        return self.query(query)

    def query(self, query: EventQuery) -> Iterator[Event]:
        """Events matching an EventQuery."""
        build_event_sql(query)  # raises InputError before any reading
        return self._read_events(query)

    def _read_events(self, query: EventQuery) -> Iterator[Event]:
        with translate_errors(self.name):
            names = Names(
                actors=None if query.actor is None else self._actor_names(query.actor),
                sources=None if query.source is None else self._source_names(query.source),
                reach=self._reach(query),
            )
            order = plan.in_order(self._conn, query, names, search=self._search)
            sql, params = build_event_sql(query, names=names, in_order=order, search=self._search)
            read = rows.read_events if query.unmerged else rows.read_merged
            yield from read(self._conn, sql, params)

    def _actor_names(self, wanted: str) -> list[str]:
        if self._actors is None:
            from sitrep.extract.actors import ActorDictionary

            self._actors = ActorDictionary.load()
        names = self._conn.execute("SELECT name FROM known_names WHERE kind = 'actor'")
        return actor_names_matching(wanted, [n for (n,) in names], self._actors)

    def _reach(self, query: EventQuery) -> int | None:
        if query.since is None and query.until is None:
            return None
        table = "events" if query.unmerged else "clusters"
        (days,) = self._conn.execute(f"SELECT max({REACH}) FROM {table}").fetchone()
        return math.ceil(days or 0)

    def _source_names(self, wanted: str) -> list[str]:
        sql = "SELECT name FROM known_names WHERE kind = 'source' AND sitrep_icontains(name, ?)"
        return [n for (n,) in self._conn.execute(sql, (wanted,))]

    def failures(self) -> Iterator[Failure]:
        sql = "SELECT doc_id, stage, reason, path FROM failures ORDER BY id"
        with translate_errors(self.name):
            for doc_id, stage, reason, path in self._conn.execute(sql):
                yield Failure(doc_id=doc_id, stage=stage, reason=reason, path=path)

    def unresolved_places(self, *, limit: int | None = None) -> list[tuple[str, int, str]]:
        """(name, mentions, an example sentence) for unresolved place names, most frequent first."""
        sql = (
            "SELECT u.text, count(*), (SELECT v.sentence FROM unresolved AS v "
            "WHERE v.text = u.text ORDER BY v.sentence = '', v.id LIMIT 1) AS example "
            "FROM unresolved AS u GROUP BY u.text ORDER BY count(*) DESC, u.text LIMIT ?"
        )
        with translate_errors(self.name):
            found = self._conn.execute(sql, (NO_LIMIT if limit is None else limit,)).fetchall()
        return [(name, count, sentence) for name, count, sentence in found]

    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this content hash (text and source) is stored."""
        with translate_errors(self.name):
            return self._conn.execute(_STORED, (content_hash,)).fetchone() is not None

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
        page = NO_LIMIT if limit is None else limit
        params = (source, source, first, first, last, last, page, offset)
        with translate_errors(self.name):
            for row in self._conn.execute(sql, params):
                yield rows.document_from_row(row)

    def search(self, text: str, *, limit: int | None = 20) -> list[SearchHit]:
        """Documents containing every word of `text` (title or body), best match first."""
        sql = self._search.search.format(columns="d." + ", d.".join(rows.DOCUMENT_COLUMNS))
        params = (self._search.query(text), NO_LIMIT if limit is None else limit)
        with translate_errors(self.name):
            found = self._conn.execute(sql, params).fetchall()
        width = len(rows.DOCUMENT_COLUMNS)
        return [
            SearchHit(document=rows.document_from_row(r[:width]), snippet=r[width], score=r[-1])
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


def _replay_corrections(conn: Connection, document: int) -> None:
    """Re-apply an analyst's corrections to a document's fresh events (when that module exists)."""
    try:
        from sitrep.store.corrections import replay
    except ImportError:
        return
    replay(conn, document)


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
