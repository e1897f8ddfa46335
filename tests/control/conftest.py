"""The real pipeline on short reports written for these tests, and a store on each backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from postgres_fixture import store_url

from sitrep.control.storage import after_ingest
from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction
from sitrep.store import Store


@pytest.fixture(scope="session")
def extractor() -> Iterator[Extractor]:
    loaded = Extractor.load()
    yield loaded
    loaded.close()


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[..., Result]:
    def run(
        text: str,
        *,
        doc_id: str = "t",
        published: date | None = None,
        source: str | None = None,
    ) -> Result:
        document = Document(doc_id=doc_id, text=text, published=published, source=source)
        (result,) = list(run_extraction(extractor, [document]))
        assert isinstance(result, Result)
        return result

    return run


__all__ = ["store_url"]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty store on each backend: a SQLite file, then PostgreSQL."""
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def keep() -> Callable[[Store, Result], None]:
    """Store a result's document, events and control facts (what `sitrep run` will do)."""
    return _keep


def _keep(store: Store, result: Result) -> None:
    save = after_ingest(result.control, result.operations)
    store.ingest(result.document, result.events, result.unresolved, after=[save])


@pytest.fixture
def report(extract: Callable[..., Result], store: Store) -> Callable[..., Result]:
    """Extract a report and keep it in the test's store."""

    def run(text: str, *, doc_id: str, published: date, source: str) -> Result:
        result = extract(text, doc_id=doc_id, published=published, source=source)
        _keep(store, result)
        return result

    return run
