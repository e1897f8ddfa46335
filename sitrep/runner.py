"""Batch runs: read -> extract (here, in a process pool or on Dask) -> store in input order,
with a running tally, a progress bar on a terminal and one line per failure."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sitrep.model import Document, Event, Failure

if TYPE_CHECKING:
    from sitrep.pipeline import Result
    from sitrep.scale.plan import Scale
    from sitrep.scale.progress import Progress
    from sitrep.scale.work import Outcome
    from sitrep.store import Store


@dataclass(slots=True)
class Tally:
    """Counts for the summary line; failures are reported as they happen."""

    documents: int = 0
    events: int = 0
    unresolved: int = 0
    failures: int = 0
    skipped: int = 0
    screened: int = 0
    err: TextIO = field(default_factory=lambda: sys.stderr)
    progress: Progress | None = None

    def watch(self, outcomes: Iterable[Outcome]) -> Iterator[Result | Failure]:
        """Count each outcome (and move the progress bar) as it passes; yield its item."""
        for outcome in outcomes:
            self.count(outcome.item, screened=outcome.screened)
            if self.progress is not None:
                self.progress.advance()
            yield outcome.item
        if self.progress is not None:
            self.progress.close()

    def count(self, item: Result | Failure, *, screened: bool = False) -> None:
        if isinstance(item, Failure):
            self.failures += 1
            if self.progress is not None:
                self.progress.clear()
            print(f"sitrep: skipped {item.line()}", file=self.err)
            return
        self.documents += 1
        self.screened += screened
        self.events += len(item.events)
        self.unresolved += len(item.unresolved)

    def summary(self, *, stored_in: str | None = None) -> str:
        line = (
            f"sitrep: {self.documents} documents, {self.events} events, "
            f"{self.unresolved} unresolved place mentions, {self.failures} failures"
        )
        if self.screened:
            line += f", {self.screened} without signs of conflict (not parsed)"
        if self.skipped:
            line += f", {self.skipped} already stored"
        if self.progress is not None and self.progress.enabled:
            line += f", {self.progress.pace()}"
        return line + (f" -> {stored_in}" if stored_in else "")


def stream(
    paths: Sequence[str],
    *,
    published: date | None = None,
    country: str | None = None,
    gazetteer: Path | None = None,
    actor_files: Sequence[Path] = (),
    scale: Scale | None = None,
    prefilter: bool = True,
    skip: Callable[[Document], bool] | None = None,
) -> Iterator[Outcome]:
    """The outcome of every document under PATHS, in input order.

    `scale` says where extraction runs (default: this process); `prefilter=False` parses
    every document, even those with no sign of conflict. Documents for which `skip` is true
    are not extracted at all.
    """
    from sitrep.read import read_paths
    from sitrep.scale.plan import Scale, outcomes
    from sitrep.scale.work import Setup

    setup = Setup(gazetteer=gazetteer, actor_files=tuple(actor_files), prefilter=prefilter)
    items: Iterable[Document | Failure] = read_paths(paths, published=published, country=country)
    if skip is not None:
        items = (i for i in items if not (isinstance(i, Document) and skip(i)))
    yield from outcomes(items, setup=setup, scale=scale or Scale(), progress=_progress)


def ingest(
    paths: Sequence[str],
    *,
    db: str,
    tally: Tally,
    published: date | None = None,
    country: str | None = None,
    gazetteer: Path | None = None,
    actor_files: Sequence[Path] = (),
    scale: Scale | None = None,
    prefilter: bool = True,
) -> Iterator[Event]:
    """Extract and store in input order, yielding the events newly stored; a document already
    stored (same content and source) adds nothing and is not extracted again."""
    from sitrep.control.storage import after_ingest
    from sitrep.store import Store

    with Store.open(db) as store:
        run_id = store.start_run({"paths": list(paths), "published": str(published)})
        results = stream(
            paths,
            published=published,
            country=country,
            gazetteer=gazetteer,
            actor_files=actor_files,
            scale=scale,
            prefilter=prefilter,
            skip=lambda document: _already_stored(store, document, tally),
        )
        for item in tally.watch(results):
            if isinstance(item, Failure):
                store.record_failure(item, run_id=run_id)
                continue
            control = after_ingest(item.control, item.operations)
            if store.ingest(
                item.document, item.events, item.unresolved, run_id=run_id, after=[control]
            ):
                yield from item.events
            else:
                tally.skipped += 1
        store.finish_run(run_id, _counts(tally))


def _already_stored(store: Store, document: Document, tally: Tally) -> bool:
    """Whether the store holds this document (same content and source); counts it if so."""
    if not store.has_document(document.content_hash):
        return False
    tally.documents += 1
    tally.skipped += 1
    if tally.progress is not None:
        tally.progress.advance()
    return True


def _counts(tally: Tally) -> dict[str, int]:
    return {
        "documents": tally.documents,
        "events": tally.events,
        "failures": tally.failures,
        "screened": tally.screened,
    }


def open_existing(db: str) -> Store:
    """Open a database that must already exist (queries never create an empty one)."""
    from sitrep.store import Store

    return Store.open(db, must_exist=True)


def _progress(message: str) -> None:
    print(f"sitrep: {message}", file=sys.stderr)
