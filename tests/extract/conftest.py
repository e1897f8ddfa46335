"""Fixtures shared by the extraction tests: the shipped actor dictionary, and the whole
pipeline coding a short text as (sub-event type, actor1, actor2) per event."""

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from sitrep.extract.actors import ActorDictionary
from sitrep.model import Document, Event
from sitrep.pipeline import Extractor, Result, run_extraction
from sitrep.read.title import split_title

Extracted = Callable[[str], list[Event]]
PublishedOn = Callable[[str, date | None], list[Event]]
Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Extractor]:
    """One extractor serves every test module."""
    extractor = Extractor.load()
    yield extractor
    extractor.close()


@pytest.fixture(scope="session")
def published_on(pipeline: Extractor) -> PublishedOn:
    """The whole pipeline's events for a short text published on a given day (None: undated)."""

    def run(text: str, day: date | None) -> list[Event]:
        document = Document(doc_id="t", text=text, published=day)
        (result,) = list(run_extraction(pipeline, [document]))
        assert isinstance(result, Result)
        return list(result.events)

    return run


@pytest.fixture(scope="session")
def titled(pipeline: Extractor) -> Extracted:
    """The events of a text whose first line is its headline, split off as the readers do."""

    def run(text: str) -> list[Event]:
        document = Document(doc_id="t", text=text, title=split_title(text)[0])
        (result,) = list(run_extraction(pipeline, [document]))
        assert isinstance(result, Result)
        return list(result.events)

    return run


@pytest.fixture(scope="session")
def extracted(published_on: PublishedOn) -> Extracted:
    """The whole pipeline's events for a short text."""
    return lambda text: published_on(text, None)


@pytest.fixture(scope="session")
def coded(extracted: Extracted) -> Coded:
    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.sub_event_type, e.actor1, e.actor2) for e in extracted(text)]

    return run
