"""Events written for the export tests."""

from __future__ import annotations

import pytest

from sitrep.model import Event, Evidence


@pytest.fixture
def shelling() -> Event:
    return Event(
        event_id="a1b2c3",
        doc_id="report-7",
        source="Daily Wire",
        source_url="https://example.org/7",
        event_date="2024-03-04",
        date_start="2024-03-04",
        date_end="2024-03-04",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Military Forces of Syria (2000-)",
        inter1=1,
        actor2="Civilians (Syria)",
        inter2=7,
        country="Syria",
        iso3="SYR",
        admin1="Idleb",
        admin2="Ariha",
        location="Kafr Test",
        latitude=35.8125,
        longitude=36.6,
        geonameid=123456,
        geo_precision=1,
        fatalities=2,
        notes='Shelling hit "the market", killing two.',
        evidence=(
            Evidence(start=0, end=8, text="Shelling", role="trigger"),
            Evidence(start=32, end=35, text="two", role="fatalities"),
        ),
        confidence=0.8,
        claimed_by=None,
        tags=("siege", "framing:gangs"),
        plover="ASSAULT",
        cameo="19",
    )


@pytest.fixture
def undated_protest() -> Event:
    return Event(
        event_id="p9",
        doc_id="report-8",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Kenya)",
        inter1=6,
        country="Kenya",
        notes="Teachers marched,\nthen went home.",
    )
