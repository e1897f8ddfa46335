"""Militant claims: the group that takes responsibility claims the act
(sitrep/extract/responsibility.py), loaded words before the enemy it names are its framing
(actors.yaml `framing_before:`)."""

from collections.abc import Callable

from sitrep.model import Event

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]

IRAQ = "Military Forces of Iraq (2022-)"


def test_responsibility_claimed_names_the_claimant(extracted: Extracted) -> None:
    (event,) = extracted(
        "Al-Shabaab claimed responsibility for an attack on an army base in Balcad on Monday."
    )
    assert event.actor1 == "Al Shabaab"
    assert event.claimed_by == "Al-Shabaab"


def test_responsibility_for_no_act_claims_nothing(coded: Coded) -> None:
    assert coded("The ministry took responsibility for the delays at Balcad port.") == []


def test_a_loaded_word_before_the_enemy_is_its_framing(extracted: Extracted) -> None:
    (event,) = extracted(
        "Islamic State fighters attacked a post of the apostate Iraqi army near Hawija on Monday."
    )
    assert (event.actor1, event.actor2) == ("Islamic State (Iraq)", IRAQ)
    assert "framing:apostates" in event.tags


def test_no_loaded_word_no_framing(extracted: Extracted) -> None:
    (event,) = extracted("The Iraqi army attacked a post of Islamic State fighters near Hawija.")
    assert not [t for t in event.tags if t.startswith("framing:")]


def test_they_in_what_a_party_says_it_did_is_the_party(coded: Coded) -> None:
    told = coded(
        "Al-Shabaab said they took control of the town of Jamame after the government troops "
        "fled on Wednesday."
    )
    assert told == [
        ("Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia (2022-)")
    ]


def test_they_of_a_reporter_who_is_no_party_is_left_alone(coded: Coded) -> None:
    told = coded("Residents said they saw the army attack al-Shabaab fighters in Jamame.")
    assert all(a1 != "Civilians (Somalia)" for _, a1, _ in told)


def test_a_force_never_fights_itself_by_order_of_mention(coded: Coded) -> None:
    told = coded(
        "The general staff of the Malian Armed Forces said its units had repelled a terrorist "
        "attack on the military camp of Niono early on Friday."
    )
    assert told == [
        ("Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")
    ]


def test_the_speaker_keeps_its_title_and_drops_its_name_whole(extracted: Extracted) -> None:
    (event,) = extracted(
        "The spokesman of the Somali National Army (SNA), Colonel Abdi Warsame, said troops "
        "killed nine al-Shabaab fighters near Balcad on Monday."
    )
    assert event.claimed_by == "the spokesman of the Somali National Army"
    (second,) = extracted(
        "The group's spokesman, Ali Dheere, said its fighters attacked a base in Balcad."
    )
    assert second.claimed_by == "the group's spokesman"


def test_the_mujahideen_of_a_claim_are_the_claiming_group(coded: Coded) -> None:
    told = coded(
        "In a statement, al-Shabaab said the mujahideen attacked an army base in Balcad on "
        "Sunday, killing three soldiers."
    )
    assert told == [("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)")]
