"""A loaded label whose country news leaves unsaid ("regime forces": Syria's) is read in that
country only when the report names no other; its victims are that country's civilians
(reports written for the project)."""

from __future__ import annotations

from datetime import date


def test_regime_forces_with_no_country_named_are_syrian(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Regime forces shelled the hamlet of Tell Zubrak, killing a woman and her son."
    [event] = extract(text, published=date(2018, 3, 1)).events
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Military Forces of Syria (2000-2024)",
        "Civilians (Syria)",
        2,
    )
    assert "framing:regime" in event.tags and event.location is None


def test_a_country_the_report_names_wins(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Regime forces shelled a village in Sagaing region of Myanmar, killing a farmer."
    [event] = extract(text, published=date(2023, 5, 2)).events
    assert (event.actor1, event.actor2) == (
        "Military Forces of Myanmar (2021-)",
        "Civilians (Myanmar)",
    )


def test_a_label_s_usual_country_places_a_report_that_names_none(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Residents of Tell Zubrak demonstrated against the presence of regime militiamen."
    [event] = extract(text, published=date(2018, 3, 1)).events
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Syria)")
