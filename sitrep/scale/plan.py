"""How a run is spread: one process, a local process pool, or Dask; outcomes in input order.

Every mode cuts the input into the same chunks and runs the same `Worker.process` on each, so
a run gives the same outcomes whichever mode runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sitrep.errors import InputError
from sitrep.scale.work import Item, Outcome, Setup, Worker, chunked

CHUNK = 16  # documents per task: one nlp.pipe batch; small enough to balance workers


@dataclass(frozen=True, slots=True, kw_only=True)
class Scale:
    """Where extraction runs: `processes` local processes, or Dask (`workers` in a local
    cluster, or the cluster behind `scheduler`)."""

    processes: int = 1
    workers: int | None = None
    scheduler: str | None = None
    chunk_size: int = CHUNK

    def __post_init__(self) -> None:
        if self.processes < 1 or (self.workers is not None and self.workers < 1):
            raise InputError("--processes and --workers take a number of at least 1")
        if self.processes > 1 and (self.workers or self.scheduler):
            raise InputError(
                "give either --processes (one machine) or --workers/--scheduler (Dask), not both"
            )
        if self.workers and self.scheduler:
            raise InputError("give either --workers (local Dask) or --scheduler ADDRESS, not both")

    @property
    def on_dask(self) -> bool:
        return bool(self.workers or self.scheduler)


def outcomes(
    items: Iterable[Item], *, setup: Setup, scale: Scale, progress: object = None
) -> Iterator[Outcome]:
    """The outcome of every input, in input order, computed where `scale` says."""
    chunks = chunked(items, scale.chunk_size)
    if scale.on_dask:
        from sitrep.scale.cluster import process_on_dask

        batches = process_on_dask(
            chunks, setup=setup, workers=scale.workers, scheduler=scale.scheduler
        )
    elif scale.processes > 1:
        from sitrep.scale.pool import process_in_pool

        batches = process_in_pool(chunks, setup=setup, processes=scale.processes)
    else:
        batches = _in_this_process(chunks, setup=setup, progress=progress)
    for batch in batches:
        yield from batch


def _in_this_process(
    chunks: Iterable[list[Item]], *, setup: Setup, progress: object
) -> Iterator[list[Outcome]]:
    worker = Worker(setup, progress=progress)
    try:
        for chunk in chunks:
            yield worker.process(chunk)
    finally:
        worker.close()
