"""Batch runs: read -> extract -> (store), with a running tally and one line per failure."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sitrep.errors import StoreError
from sitrep.model import Event, Failure

if TYPE_CHECKING:
    from sitrep.pipeline import Result
    from sitrep.store import Store


@dataclass(slots=True)
class Tally:
    """Counts for the summary line; failures are reported as they happen."""

    documents: int = 0
    events: int = 0
    unresolved: int = 0
    failures: int = 0
    skipped: int = 0
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def watch(self, items: Iterable[Result | Failure]) -> Iterator[Result | Failure]:
        for item in items:
            self.count(item)
            yield item

    def count(self, item: Result | Failure) -> None:
        if isinstance(item, Failure):
            self.failures += 1
            print(f"sitrep: skipped {item.line()}", file=self.err)
            return
        self.documents += 1
        self.events += len(item.events)
        self.unresolved += len(item.unresolved)

    def summary(self, *, stored_in: str | None = None) -> str:
        line = (
            f"sitrep: {self.documents} documents, {self.events} events, "
            f"{self.unresolved} unresolved place mentions, {self.failures} failures"
        )
        if self.skipped:
            line += f", {self.skipped} already stored"
        return line + (f" -> {stored_in}" if stored_in else "")


def stream(
    paths: Sequence[str],
    *,
    published: date | None = None,
    gazetteer: Path | None = None,
    actor_files: Sequence[Path] = (),
) -> Iterator[Result | Failure]:
    """Results and failures for every document under PATHS."""
    from sitrep.pipeline import Extractor, run_extraction
    from sitrep.read import read_paths

    extractor = Extractor.load(gazetteer=gazetteer, actor_files=actor_files, progress=_progress)
    try:
        yield from run_extraction(extractor, read_paths(paths, published=published))
    finally:
        extractor.close()


def ingest(
    paths: Sequence[str],
    *,
    db: str,
    tally: Tally,
    published: date | None = None,
    gazetteer: Path | None = None,
    actor_files: Sequence[Path] = (),
) -> Iterator[Event]:
    """Extract and store, yielding the events newly stored; a document already stored (same
    content and source) adds nothing."""
    from sitrep.store import Store

    with Store.open(db) as store:
        run_id = store.start_run({"paths": list(paths), "published": str(published)})
        results = stream(paths, published=published, gazetteer=gazetteer, actor_files=actor_files)
        for item in tally.watch(results):
            if isinstance(item, Failure):
                store.record_failure(item, run_id=run_id)
                continue
            if store.ingest(item.document, item.events, item.unresolved, run_id=run_id):
                yield from item.events
            else:
                tally.skipped += 1
        store.finish_run(
            run_id,
            {"documents": tally.documents, "events": tally.events, "failures": tally.failures},
        )


def open_existing(db: str) -> Store:
    """Open a database that must already exist (queries never create an empty one)."""
    from sitrep.store import Store

    if db != ":memory:" and not Path(db).exists():
        raise StoreError(f"no database at {db}; run `sitrep run PATHS --db {db}` first")
    return Store.open(db)


def _progress(message: str) -> None:
    print(f"sitrep: {message}", file=sys.stderr)
