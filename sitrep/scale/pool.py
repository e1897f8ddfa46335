"""Extraction over a pool of local processes, results in input order.

Each process loads the Extractor once. At most `2 x processes` chunks are in flight, so memory
stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from sitrep.scale.work import Item, Outcome, Setup, process_chunk


def process_in_pool(
    chunks: Iterable[list[Item]], *, setup: Setup, processes: int
) -> Iterator[list[Outcome]]:
    """Each chunk's outcomes, in the order the chunks came."""
    context = multiprocessing.get_context("spawn")  # the driver holds an open database
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        window: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            window.append(pool.submit(process_chunk, setup, chunk))
            if len(window) >= 2 * processes:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
