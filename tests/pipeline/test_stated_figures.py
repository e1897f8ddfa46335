"""A coder's stated figure for the record stands wherever it is told, even beside a place or an
actor, and even when it is zero (ACLED-style notes, written for the project)."""

from __future__ import annotations


def test_a_stated_zero_beside_another_source_figure(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Regime forces shelled the village of Kafr Nabl in southern Idleb. "
        "Fatalities coded as 0 (a local monitor reported 3 in Idleb)."
    )
    [event] = extract(text).events
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 0)


def test_a_stated_figure_beside_a_place_overrides_the_count(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unidentified gunmen attacked a checkpoint of the army in Daraa, killing two soldiers. "
        "Fatalities coded to 5 in Daraa as other sources reported more deaths."
    )
    [event] = extract(text).events
    assert event.fatalities == 5


def test_a_stated_figure_is_the_lead_events_and_overrides_later_counts(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel fighters captured the village of Kafr Nabl from regime forces in Idlib. "
        "Regime forces shelled Maarat al-Numan, killing 3 people. "
        "Unknown number of fatalities coded as 10."
    )
    events = extract(text).events
    assert events[0].fatalities == 10
    assert [e.fatalities for e in events[1:]] == [None] * (len(events) - 1)


def test_an_allocation_table_gives_the_lead_events_place_its_share(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Government troops clashed with rebel fighters near Kafr Nabl in Idlib. "
        "Fatalities coded as 10 and split between 3 locations, with Kafr Nabl allocated 4 and "
        "Hass and Maarat al-Numan allocated 3 each."
    )
    events = extract(text).events
    assert events[0].fatalities == 4


def test_an_allocation_table_not_naming_the_place_gives_the_share_most_get(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Government troops clashed with rebel fighters near Kafr Nabl in Idlib. "
        "Fatalities coded as 10 and split between 3 locations, with Hass allocated 4 and "
        "Maarat al-Numan and Saraqib allocated 3 each."
    )
    events = extract(text).events
    assert events[0].fatalities == 3
