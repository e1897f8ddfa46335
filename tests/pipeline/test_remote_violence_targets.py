"""Shelling, air strikes and bombs that kill or hurt people are coded against Civilians, as
ACLED codes them; fighters hit, or property alone, are not (reports written for the project)."""

from __future__ import annotations


def test_shelling_that_kills_civilians_targets_civilians(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Army artillery shelled the town of Kafr Nabl in Idlib, killing a woman and two children."
    )
    [event] = extract(text).events
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Shelling/artillery/missile attack",
        "Civilians (Syria)",
        3,
    )


def test_a_roadside_bomb_that_wounds_passengers_targets_civilians(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A roadside bomb struck a minibus near Mandera, Kenya, wounding six passengers."
    [event] = extract(text).events
    assert (event.sub_event_type, event.actor2) == (
        "Remote explosive/landmine/IED",
        "Civilians (Kenya)",
    )


def test_shelling_with_material_damage_only_has_no_target(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Army artillery shelled the town of Kafr Nabl in Idlib, causing material damage."
    [event] = extract(text).events
    assert (event.sub_event_type, event.actor2) == ("Shelling/artillery/missile attack", None)
