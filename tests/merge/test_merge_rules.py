"""Whether two reports are one event, and how the reports of one event fold into one."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.merge import MergeRules, actor_base, fold, outlets, same_event
from sitrep.model import Event, Evidence


def strike(**fields: Any) -> Event:
    """An air strike on a market in a town of Aldoria, as one outlet reported it."""
    values: dict[str, Any] = {
        "event_id": "a1",
        "doc_id": "doc-a",
        "source": "Daily Wire",
        "event_date": "2024-06-10",
        "date_start": "2024-06-10",
        "date_end": "2024-06-10",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Aldoria (2001-)",
        "inter1": 1,
        "actor2": "Civilians (Aldoria)",
        "inter2": 7,
        "country": "Aldoria",
        "admin1": "North",
        "location": "Kessa",
        "latitude": 10.0,
        "longitude": 20.0,
        "geonameid": 101,
        "geo_precision": 1,
        "fatalities": 7,
        "evidence": (Evidence(start=0, end=6, text="struck", role="trigger"),),
        "confidence": 0.8,
    }
    values.update(fields)
    return Event(**values)


def other(**fields: Any) -> Event:
    return strike(**{"event_id": "b1", "doc_id": "doc-b", "source": "Courier", **fields})


def test_the_same_strike_from_another_outlet_is_one_event() -> None:
    assert same_event(
        strike(), other(fatalities=9, sub_event_type="Shelling/artillery/missile attack")
    )


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({"event_date": "2024-06-11", "date_start": "2024-06-11", "date_end": "2024-06-11"}, True),
        ({"event_date": "2024-06-12", "date_start": "2024-06-12", "date_end": "2024-06-12"}, False),
        ({"event_date": None, "date_start": "2024-06-04", "date_end": "2024-06-10"}, True),
        ({"event_date": None, "date_start": None, "date_end": None}, False),
        ({"latitude": 10.05, "longitude": 20.05, "geonameid": 102, "location": "Kessa East"}, True),
        ({"latitude": 10.5, "longitude": 20.0, "geonameid": 103, "location": "Morro"}, False),
        ({"latitude": None, "longitude": None, "geonameid": None}, True),
        ({"geo_precision": 3, "location": "North", "latitude": 11.0, "geonameid": 9}, True),
        ({"geo_precision": 3, "admin1": "South", "location": "South", "geonameid": 8}, False),
        ({"country": "Bexmoor"}, False),
        ({"event_type": "Battles", "sub_event_type": "Armed clash"}, False),
        ({"actor1": "Aldorian Liberation Front"}, False),
        ({"actor1": "Unidentified Armed Group (Aldoria)"}, True),
        ({"actor1": None}, True),
        ({"actor1": "Military Forces of Aldoria (2020-)"}, True),
        ({"actor1": "Military Forces of Aldoria (2001-) Aldorian Air Force"}, True),
        ({"actor1": "Government of Aldoria (2001-)"}, True),
        ({"actor1": "Police Forces of Aldoria (2001-)"}, False),
        ({"actor2": "Civilians (Bexmoor)"}, True),
        ({"actor2": "Protesters (Aldoria)"}, False),
        ({"actor1": "Civilians (Aldoria)", "actor2": "Military Forces of Aldoria (2001-)"}, True),
        ({"doc_id": "doc-a"}, False),
    ],
)
def test_what_keeps_two_reports_apart(change: dict[str, Any], same: bool) -> None:
    assert same_event(strike(), other(**change)) is same
    assert same_event(other(**change), strike()) is same


def test_rules_are_options() -> None:
    far = other(latitude=10.1, longitude=20.0, geonameid=104, location="Kessa Hills")
    assert not same_event(strike(), far)
    assert same_event(strike(), far, rules=MergeRules(max_km=12))
    late = other(event_date="2024-06-13", date_start="2024-06-13", date_end="2024-06-13")
    assert same_event(strike(), late, rules=MergeRules(day_slack=3))


def test_actor_base_ignores_period_qualifier_prefix_and_case() -> None:
    assert actor_base("Military Forces of Syria (2000-2024)") == "military forces of syria"
    assert actor_base("QSD: Syrian Democratic Forces") == "syrian democratic forces"
    assert actor_base("Civilians (Syria)") == "civilians"
    assert actor_base("the Al-Shabaab") == "al shabaab"
    assert actor_base("") is None


def test_one_report_folds_to_itself() -> None:
    assert fold([strike()]) == strike()
    with pytest.raises(ValueError, match="at least one"):
        fold([])


def test_fold_keeps_every_source_and_the_conservative_figures() -> None:
    week = other(
        event_date=None,
        date_start="2024-06-08",
        date_end="2024-06-14",
        time_precision=2,
        fatalities=5,
        geo_precision=3,
        location="North",
        actor1="Unidentified Armed Group (Aldoria)",
        evidence=(Evidence(start=3, end=9, text="bombed", role="trigger"),),
        tags=("aggregate",),
        confidence=0.9,
        claimed_by="a monitor",
    )
    silent = strike(event_id="c1", doc_id="doc-c", source="daily wire", fatalities=None)
    merged = fold([strike(), week, silent])
    assert merged.event_id == "a1"
    assert merged.doc_id == "doc-a"
    assert merged.sources == ("doc-a", "doc-b", "doc-c")
    assert merged.outlets == 2  # "Daily Wire" and "daily wire" are one outlet
    assert merged.source == "Daily Wire; Courier"
    assert merged.fatalities == 5
    assert (merged.event_date, merged.date_start, merged.date_end) == (
        "2024-06-10",
        "2024-06-10",
        "2024-06-10",
    )
    assert merged.time_precision == 1
    assert (merged.location, merged.geo_precision, merged.latitude) == ("Kessa", 1, 10.0)
    assert merged.actor1 == "Military Forces of Aldoria (2001-)"
    assert [(e.doc_id, e.text) for e in merged.evidence] == [
        ("doc-a", "struck"),
        ("doc-b", "bombed"),
        ("doc-c", "struck"),
    ]
    assert merged.tags == ("aggregate",)
    assert merged.confidence == 0.9
    assert merged.claimed_by is None  # two reports tell it in the reporter's own voice


def test_fold_aligns_swapped_sides_and_picks_the_usual_sub_type() -> None:
    swapped = other(
        actor1="Civilians (Aldoria)",
        inter1=7,
        actor2="Military Forces of Aldoria (2001-)",
        inter2=1,
        sub_event_type="Shelling/artillery/missile attack",
    )
    third = strike(event_id="c1", doc_id="doc-c", source=None)
    merged = fold([swapped, strike(), third])
    assert (merged.actor1, merged.inter1) == ("Civilians (Aldoria)", 7)
    assert (merged.actor2, merged.inter2) == ("Military Forces of Aldoria (2001-)", 1)
    assert merged.sub_event_type == "Air/drone strike"
    assert merged.outlets == 3  # a report without a source counts as its own outlet


def test_ranges_that_do_not_overlap_keep_the_most_precise() -> None:
    early = other(event_date=None, date_start="2024-06-01", date_end="2024-06-09", fatalities=None)
    merged = fold([early, strike()])
    assert (merged.date_start, merged.date_end, merged.event_date) == (
        "2024-06-10",
        "2024-06-10",
        "2024-06-10",
    )
    assert merged.fatalities == 7


def test_outlets_counts_distinct_sources() -> None:
    assert outlets([strike(), other(), other(doc_id="doc-c", source=" courier ")]) == 2
