"""Killing as communiqués word it (sitrep/extract/statement_kills.py): verbs of removal with
people as their object, harm told as fatal, and captives freed named by their taking."""

from collections.abc import Callable

from sitrep.model import Event

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]

ARMY = "Military Forces of Somalia (2022-)"
GUNMEN = "Unidentified Armed Group (Nigeria)"


def test_removal_of_fighters_is_a_killing(extracted: Extracted) -> None:
    (event,) = extracted(
        "Somali troops eliminated 17 al-Shabaab militants near Jowhar on Sunday, the army said."
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", ARMY, "Al Shabaab")
    assert event.fatalities == 17


def test_removal_of_things_or_as_an_aim_is_no_killing(coded: Coded) -> None:
    assert coded("The council voted on Sunday to eliminate the parking fee in Jowhar.") == []
    assert coded("The new governor of Jowhar has eliminated three taxes on traders.") == []
    assert coded("The army launched an operation to eliminate militants near Jowhar.") == []
    assert coded("Jowhar United eliminated the Lions after a 3-2 win in the semifinal.") == []


def test_fatally_wounded_counts_as_dead(extracted: Extracted) -> None:
    (event,) = extracted(
        "Police said four suspects were fatally wounded in an exchange of fire with officers "
        "in Zaria on Monday."
    )
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities == 4


def test_wounded_alone_is_no_death(extracted: Extracted) -> None:
    (event,) = extracted("Two soldiers were wounded when militants attacked a checkpoint near Gao.")
    assert event.fatalities is None


def test_captives_freed_in_the_passive_tell_no_abduction(coded: Coded) -> None:
    assert coded("Three kidnapped farmers were rescued unhurt by police in Zaria on Monday.") == []
    taken = coded("Gunmen kidnapped three farmers in Zaria on Monday.")
    assert taken == [("Abduction/forced disappearance", GUNMEN, "Civilians (Nigeria)")]


def test_a_formation_destroyed_was_fought(coded: Coded) -> None:
    told = coded("Russian forces destroyed a Ukrainian reconnaissance group near Sudzha on Monday.")
    assert [sub for sub, _, _ in told] == ["Armed clash"]
    assert told[0][1] == "Military Forces of Russia (2000-)"


def test_things_destroyed_stay_damage(coded: Coded) -> None:
    told = coded("Rioters destroyed a group of kiosks near the market in Zaria on Monday.")
    assert [sub for sub, _, _ in told] != ["Armed clash"]


def test_idioms_of_death_count_the_dead(extracted: Extracted) -> None:
    (sent,) = extracted(
        "Security forces raided a hideout in Tank district on Friday, during which six khawarij "
        "were sent to hell, the military said."
    )
    assert sent.fatalities == 6
    (fell,) = extracted(
        "Three soldiers embraced martyrdom in an exchange of fire with militants in Tank "
        "district on Friday."
    )
    assert fell.fatalities == 3


def test_sent_to_a_place_named_hell_is_no_killing(coded: Coded) -> None:
    assert coded("The choir was sent to Hell's Kitchen for a concert on Friday.") == []


def test_air_defences_that_down_drones_are_the_state_s(coded: Coded) -> None:
    told = coded("Ukrainian air defences shot down 31 Russian UAVs over Poltava Oblast overnight.")
    assert told == [
        (
            "Disrupted weapons use",
            "Military Forces of Ukraine (2019-)",
            "Military Forces of Russia (2000-)",
        )
    ]
