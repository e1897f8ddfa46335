"""What every route reaches through `request.app.state.sitrep`: settings, stores, caches."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from threading import Lock
from typing import TYPE_CHECKING, Any

from fastapi import HTTPException, Request

from sitrep.store import Store
from sitrep.web.memo import Recent
from sitrep.web.settings import WebSettings

if TYPE_CHECKING:
    from sitrep.pipeline import Extractor


@dataclass(slots=True)
class WebContext:
    """The app's state: one per app, no module globals.

    Stores are opened per request (read-only unless the route writes), so each request
    sees a consistent snapshot and no connection crosses threads. The extractor (spaCy
    model and gazetteer) is loaded on the first upload and reused under a lock. `recent`
    keeps the last resolved control timelines, keyed by the store's state.
    """

    settings: WebSettings
    extractor_factory: Callable[[], Extractor] | None = None
    _extractor: Extractor | None = None
    _extract_lock: Lock = field(default_factory=Lock)
    _cache: dict[str, Any] = field(default_factory=dict)
    _cache_lock: Lock = field(default_factory=Lock)
    recent: Recent = field(default_factory=Recent)

    @contextmanager
    def reading(self) -> Iterator[Store]:
        with Store.open(self.settings.db, readonly=True) as store:
            yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        if not self.settings.allow_edit:
            raise HTTPException(403, "this server is read-only: restart it with --allow-edit")
        with Store.open(self.settings.db) as store:
            yield store

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        with self._cache_lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]

    @contextmanager
    def extractor(self) -> Iterator[Extractor]:
        """The loaded extractor, held exclusively for one upload at a time."""
        with self._extract_lock:
            if self._extractor is None:
                self._extractor = self._load_extractor()
            yield self._extractor

    def _load_extractor(self) -> Extractor:
        if self.extractor_factory is not None:
            return self.extractor_factory()
        from sitrep.pipeline import Extractor

        return Extractor.load(
            gazetteer=self.settings.gazetteer, actor_files=self.settings.actor_files
        )

    def close(self) -> None:
        if self._extractor is not None:
            self._extractor.close()
            self._extractor = None


def context(request: Request) -> WebContext:
    """FastAPI dependency: the app's WebContext."""
    found: WebContext = request.app.state.sitrep
    return found
