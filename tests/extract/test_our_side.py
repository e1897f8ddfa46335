"""'Our forces' in a side's own words are the speaker's side (sitrep/extract/our_side.py); a
state's numbered formation is its military ("Ukraine's 3rd Assault Brigade"); a nationality
on 'occupiers' tells who came, not where (actors.py)."""

from collections.abc import Callable

from sitrep.model import Event

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]

RUSSIA = "Military Forces of Russia (2000-)"
UKRAINE = "Military Forces of Ukraine (2019-)"


def test_our_forces_are_the_speakers_formation(extracted: Extracted) -> None:
    events = extracted(
        '"Our forces repelled an attack by the Russian occupiers near Robotyne on Monday," '
        "the commander of Ukraine's 65th Mechanised Brigade, Colonel Ivan Dorosh, said."
    )
    assert [(e.actor1, e.actor2) for e in events] == [(RUSSIA, UKRAINE)]
    assert events[0].country == "Ukraine"


def test_our_defenders_of_a_general_staff(coded: Coded) -> None:
    told = coded(
        '"Our defenders repelled four assaults near Vovchansk today," the Ukrainian General '
        "Staff said on Saturday."
    )
    assert [a2 for _, _, a2 in told] == [UKRAINE]


def test_our_forces_of_a_speaker_naming_no_side_stay_unread(coded: Coded) -> None:
    told = coded(
        '"Our heroes repelled four assaults near Vovchansk today," the Khortytsia group '
        "said on Saturday."
    )
    assert UKRAINE not in {a for _, a1, a2 in told for a in (a1, a2)}


def test_a_states_numbered_brigade_is_its_military(coded: Coded) -> None:
    told = coded(
        "Ukraine's 3rd Assault Brigade said its drone operators destroyed a Russian tank "
        "near Avdiivka on Thursday."
    )
    assert [(sub, a1) for sub, a1, _ in told] == [("Air/drone strike", UKRAINE)]


def test_a_numbered_brigade_of_no_state_names_no_one(coded: Coded) -> None:
    told = coded("The 155th Brigade shelled Vuhledar on Thursday, the mayor said.")
    assert [a1 for _, a1, _ in told] != [UKRAINE]
    assert [a1 for _, a1, _ in told] != [RUSSIA]
