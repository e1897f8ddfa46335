"""An air force's interception tally: the weapons of a barrage told with their downing are
the weapons downed, in each region the sentence lists (interception_tallies.py)."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Event

Coded = list[tuple[str, str | None, str | None]]
Extract = Callable[[str], list[Event]]


def _places(extracted: Extract, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities) for e in extracted(text)]


def test_barrage_downed_over_regions_is_one_interception_per_region(extracted: Extract) -> None:
    text = (
        "Russia launched 48 drones at Ukraine overnight, and air defences shot down 37 of them "
        "over the Sumy, Poltava and Chernihiv regions, the air force said on Tuesday."
    )
    assert sorted(_places(extracted, text)) == [
        ("Disrupted weapons use", "Chernihiv", None),
        ("Disrupted weapons use", "Poltava", None),
        ("Disrupted weapons use", "Sumy", None),
    ]


def test_air_defences_destroying_weapons_is_a_downing(coded: Callable[[str], Coded]) -> None:
    text = (
        "Russia attacked Ukraine with 31 drones overnight, and air defences destroyed 25 of "
        "them over the Poltava region, the air force said."
    )
    assert [sub for sub, _, _ in coded(text)] == ["Disrupted weapons use"]


def test_downed_weapons_named_a_sentence_before_are_no_dead(extracted: Extract) -> None:
    text = (
        "Russia launched 48 drones at Ukraine overnight. Air defences shot down 37 of them "
        "over the Sumy region, the air force said."
    )
    downed = [e for e in extracted(text) if e.sub_event_type == "Disrupted weapons use"]
    assert [(e.location, e.fatalities) for e in downed] == [("Sumy", None)]


def test_a_drone_that_hit_a_house_is_still_a_strike(coded: Callable[[str], Coded]) -> None:
    text = (
        "Russian forces launched drones at the city of Sumy overnight, and one drone hit a "
        "house, injuring a woman, the regional governor said."
    )
    assert [sub for sub, _, _ in coded(text)] == ["Air/drone strike"]


def test_a_launch_at_a_city_keeps_its_strike(coded: Callable[[str], Coded]) -> None:
    text = (
        "Russian forces launched 20 drones at Kharkiv overnight, and air defences shot down 12 "
        "of them, the mayor said."
    )
    assert [sub for sub, _, _ in coded(text)] == ["Air/drone strike"]


def test_an_interception_told_as_an_aim_changes_nothing(coded: Callable[[str], Coded]) -> None:
    text = (
        "The new batteries were deployed near Lviv to intercept missiles fired by Russia, the "
        "defence ministry said."
    )
    assert coded(text) == [("Attack", "Military Forces of Russia (2000-)", "Civilians (Ukraine)")]


def test_the_launcher_joined_to_the_downing_is_its_other_side(
    coded: Callable[[str], Coded],
) -> None:
    text = (
        "Russia launched 48 drones at Ukraine overnight, and air defences shot down 37 of them "
        "over the Sumy region, the air force said."
    )
    assert coded(text) == [
        (
            "Disrupted weapons use",
            "Military Forces of Ukraine (2019-)",
            "Military Forces of Russia (2000-)",
        )
    ]


def test_a_tally_with_no_place_is_over_the_defenders_country(extracted: Extract) -> None:
    text = (
        "A Russian missile hit a warehouse in the city of Dnipro on Sunday, injuring three "
        "workers. Ukraine's air force said it shot down 41 of 55 drones launched by Russia "
        "overnight."
    )
    assert _places(extracted, text) == [
        ("Shelling/artillery/missile attack", "Dnipro", None),
        ("Disrupted weapons use", "Ukraine", None),
    ]
