"""The unit of work every mode shares: a chunk of documents in, their outcomes out, in order.

One process, a process pool and Dask workers all run `Worker.process` on the same chunks, so
they give the same results. A worker loads its Extractor once (`worker_for` keeps one per
process and setup) and reuses it for every chunk it is sent.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.model import Document, Failure

if TYPE_CHECKING:
    from sitrep.pipeline import Extractor, Result
    from sitrep.scale.prefilter import Prefilter

Item = Document | Failure


@dataclass(frozen=True, slots=True, kw_only=True)
class Setup:
    """What a worker needs to load its resources; small, hashable and picklable."""

    gazetteer: Path | None = None
    actor_files: tuple[Path, ...] = ()
    prefilter: bool = True
    batch_size: int = 16


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input's result or failure; `screened` when the prefilter let it skip parsing."""

    item: Result | Failure
    screened: bool = False


class Worker:
    """An Extractor and prefilter, loaded once, that turns chunks into outcomes."""

    def __init__(self, setup: Setup, *, progress: object = None) -> None:
        from sitrep.pipeline import Extractor
        from sitrep.scale.prefilter import Prefilter

        self.setup = setup
        self.extractor: Extractor = Extractor.load(
            gazetteer=setup.gazetteer, actor_files=setup.actor_files, progress=progress
        )
        self.prefilter: Prefilter | None = Prefilter.load() if setup.prefilter else None

    def process(self, chunk: Sequence[Item]) -> list[Outcome]:
        """Outcomes of a chunk, in its order; one bad document never stops the chunk."""
        from sitrep.pipeline import run_extraction

        outcomes: list[Outcome | None] = [self._screen(item) for item in chunk]
        todo = [i for i, found in enumerate(outcomes) if found is None]
        documents = [chunk[i] for i in todo]
        parsed = run_extraction(self.extractor, documents, batch_size=self.setup.batch_size)
        for i, item in zip(todo, parsed, strict=True):
            outcomes[i] = Outcome(item)
        return [o for o in outcomes if o is not None]

    def close(self) -> None:
        self.extractor.close()

    def _screen(self, item: Item) -> Outcome | None:
        """The outcome of an input that needs no parsing: a failure, or no sign of conflict."""
        if isinstance(item, Failure):
            return Outcome(item)
        if self.prefilter is not None and not self.prefilter.passes(item.text):
            return Outcome(empty_result(item), screened=True)
        return None


def empty_result(document: Document) -> Result:
    """A document stored with no events: what the prefilter makes of a text it passes over."""
    from sitrep.pipeline import Result

    return Result(document=document, events=(), toponyms=())


@functools.lru_cache(maxsize=1)
def worker_for(setup: Setup) -> Worker:
    """This process's worker for a setup, loaded on first use (one per pool or Dask process)."""
    return Worker(setup)


def process_chunk(setup: Setup, chunk: Sequence[Item]) -> list[Outcome]:
    """Run one chunk in a worker process (the function pools and Dask call)."""
    return worker_for(setup).process(chunk)


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive chunks of `size` inputs; only one chunk is held at a time."""
    if size < 1:
        raise ValueError("chunk size must be at least 1")
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk
