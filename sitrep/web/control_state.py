"""Places and their state on a day, for a date slider: the resolved timelines are kept
between requests (resolving every fact is the slow part) until the store changes.

`states_on` gives what `sitrep.control.queries.state_at` gives (a test holds them equal): both
end in `sitrep.control.queries.states_in`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.control.model import PlaceState, Timeline
from sitrep.control.queries import states_in
from sitrep.control.storage import load_facts
from sitrep.control.timeline import resolve
from sitrep.store.connection import translate_errors

if TYPE_CHECKING:
    from sitrep.store import Store

Box = tuple[float, float, float, float]
Remember = Callable[[Hashable, Callable[[], Any]], Any]
STAMP_SQL = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM control_facts"


def states_on(
    store: Store,
    at: date,
    *,
    path: str | Path,
    remember: Remember,
    country: str | None = None,
    bbox: Box | None = None,
    actor: str | None = None,
) -> list[PlaceState]:
    """Places whose state on `at` is known (as `state_at`), from timelines kept by `remember`
    under the store's current state and the country and box filters."""
    key = ("control-timelines", stamp(store, path), country, bbox)
    lines: list[Timeline] = remember(key, lambda: _resolved(store, country, bbox))
    return states_in(lines, at, actor=actor)


def stamp(store: Store, path: str | Path) -> tuple[Any, ...]:
    """What changes whenever a transaction commits to the store: the database file's and its
    write-ahead log's times and sizes (none for a PostgreSQL URL), and the control facts'
    count and highest row id."""
    with translate_errors(store.name):
        counted = tuple(store.connection.execute(STAMP_SQL).fetchone())
    if store.backend == "postgresql":
        return counted
    return (*_file(Path(path)), *_file(Path(f"{path}-wal")), *counted)


def _file(path: Path) -> tuple[int, int] | tuple[None, None]:
    try:
        found = os.stat(path)
    except OSError:
        return None, None
    return found.st_mtime_ns, found.st_size


def _resolved(store: Store, country: str | None, bbox: Box | None) -> list[Timeline]:
    with translate_errors(store.name):
        facts = load_facts(store.connection, country=country, bbox=bbox)
    return resolve(facts)
