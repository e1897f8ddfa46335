"""Extraction on Dask workers: a local cluster (`workers=N`) or a running scheduler.

Documents are independent, so each chunk is one task; the driver keeps a bounded window of
tasks in flight and takes their results in input order. When a worker is lost, the scheduler
runs its tasks again on another worker (the task carries its documents), so no document is
lost and the results are the ones a single process gives.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sitrep.errors import SitrepError
from sitrep.scale.work import Item, Outcome, Setup, process_chunk

if TYPE_CHECKING:
    from distributed import Client


def process_on_dask(
    chunks: Iterable[list[Item]],
    *,
    setup: Setup,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[list[Outcome]]:
    """Each chunk's outcomes, in the order the chunks came."""
    with connect(workers=workers, scheduler=scheduler) as client:
        window: deque[Any] = deque()
        room = 2 * max(1, len(client.scheduler_info()["workers"]))
        for chunk in chunks:
            window.append(client.submit(process_chunk, setup, chunk, pure=False))
            if len(window) >= room:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


@contextmanager
def connect(*, workers: int | None, scheduler: str | None) -> Iterator[Client]:
    """A client of the given scheduler, or of a new local cluster of `workers` processes
    (closed on exit)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SitrepError(
            "Dask is not installed; run `pip install 'sitrep[dask]'` (or dask distributed)"
        ) from None
    if scheduler is not None:
        with _client(Client, scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _client(factory: Any, scheduler: str) -> Client:
    try:
        return factory(scheduler, timeout=30)
    except OSError as exc:
        raise SitrepError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with "
            "`dask scheduler` and workers with `dask worker ADDRESS`, or use --workers N"
        ) from None
