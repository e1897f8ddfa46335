"""Event -> store -> Event is the identity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from postgres_fixture import postgres_url

from sitrep.model import Document, Event, Evidence
from sitrep.store import Store

texts = st.text(max_size=40)
maybe_text = st.none() | texts
maybe_small = st.none() | st.integers(min_value=1, max_value=8)

evidence = st.builds(
    Evidence,
    start=st.integers(min_value=0, max_value=10**9),
    end=st.integers(min_value=0, max_value=10**9),
    text=texts,
    role=texts,
)

events = st.builds(
    Event,
    event_id=texts,
    doc_id=texts,
    source=maybe_text,
    source_url=maybe_text,
    event_date=maybe_text,
    date_start=maybe_text,
    date_end=maybe_text,
    time_precision=maybe_small,
    event_type=texts,
    sub_event_type=texts,
    actor1=maybe_text,
    assoc_actor_1=maybe_text,
    inter1=maybe_small,
    actor2=maybe_text,
    assoc_actor_2=maybe_text,
    inter2=maybe_small,
    country=maybe_text,
    iso3=maybe_text,
    admin1=maybe_text,
    admin2=maybe_text,
    location=maybe_text,
    latitude=st.none() | st.floats(min_value=-90, max_value=90),
    longitude=st.none() | st.floats(min_value=-180, max_value=180),
    geonameid=st.none() | st.integers(min_value=0, max_value=2**62),
    geo_precision=maybe_small,
    fatalities=st.none() | st.integers(min_value=0, max_value=10**9),
    notes=texts,
    evidence=st.lists(evidence, max_size=4).map(tuple),
    confidence=st.floats(min_value=0, max_value=1),
    claimed_by=maybe_text,
    tags=st.lists(texts, max_size=4).map(tuple),
    plover=maybe_text,
    cameo=maybe_text,
)


@settings(max_examples=80, deadline=None)
@given(st.lists(events, max_size=4), texts)
def test_events_round_trip(originals: list[Event], text: str) -> None:
    with Store.open(":memory:") as store:
        assert store.ingest(Document(doc_id="d", text=text), originals, [])
        assert list(store.events(order_by="added")) == originals


documents = st.builds(
    Document,
    doc_id=texts,
    text=texts,
    title=maybe_text,
    published=st.none() | st.dates(),
    source=maybe_text,
    url=maybe_text,
    path=maybe_text,
    country=maybe_text,
)


@settings(max_examples=30, deadline=None)
@given(documents)
def test_documents_round_trip(document: Document) -> None:
    with Store.open(":memory:") as store:
        store.ingest(document, [], [])
        assert list(store.documents()) == [document]


# The same on PostgreSQL: one store for all examples, emptied before each. Its text columns
# cannot hold NUL characters (the readers refuse them), so the texts here have none.


@pytest.fixture(scope="module")
def pg_store() -> Iterator[Store]:
    with postgres_url() as url, Store.open(url) as store:
        yield store


def _emptied(store: Store) -> Store:
    with store.transaction() as conn:
        conn.execute("DELETE FROM documents")
        conn.execute("DELETE FROM known_names")
    return store


def _no_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" not in value
    if isinstance(value, Evidence):
        return _no_nul(value.text) and _no_nul(value.role)
    if isinstance(value, tuple | list):
        return all(_no_nul(v) for v in value)
    if isinstance(value, Event | Document):
        return all(_no_nul(getattr(value, f)) for f in value.__dataclass_fields__)
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(events, max_size=4).filter(_no_nul), texts.filter(_no_nul))
def test_events_round_trip_on_postgresql(
    pg_store: Store, originals: list[Event], text: str
) -> None:
    store = _emptied(pg_store)
    assert store.ingest(Document(doc_id="d", text=text), originals, [])
    assert list(store.events(order_by="added")) == originals


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(documents.filter(_no_nul))
def test_documents_round_trip_on_postgresql(pg_store: Store, document: Document) -> None:
    store = _emptied(pg_store)
    store.ingest(document, [], [])
    assert list(store.documents()) == [document]
