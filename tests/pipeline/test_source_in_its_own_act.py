"""Who says is the source, not a party, unless the act is told in the speaker's own relative
clause (reports written for the project)."""

from __future__ import annotations

from datetime import date


def test_the_speaker_who_made_the_arrests_is_their_agent(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Police who arrested two men in Srinagar on Monday said they were militants' couriers."
    [event] = extract(text, published=date(2024, 5, 7)).events
    assert (event.sub_event_type, event.actor1, event.location) == (
        "Arrests",
        "Police Forces of India (2014-)",
        "Srinagar",
    )


def test_a_speaker_only_reporting_stays_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Police said gunmen killed two traders in Mandera on Monday."
    [event] = extract(text, published=date(2024, 5, 7)).events
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Unidentified Armed Group (Kenya)",
        "Civilians (Kenya)",
        2,
    )
