"""Event -> store -> Event is the identity."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=30, deadline=None)
@given(
    st.builds(
        Document,
        doc_id=texts,
        text=texts,
        title=maybe_text,
        published=st.none() | st.dates(),
        source=maybe_text,
        url=maybe_text,
        path=maybe_text,
    )
)
def test_documents_round_trip(document: Document) -> None:
    with Store.open(":memory:") as store:
        store.ingest(document, [], [])
        assert list(store.documents()) == [document]
