"""A body or human remains found tell of a killing (ACLED: an attack by an unidentified
armed group); whoever found them is a witness, not the killer; bodies of water, governing
bodies, a villa's remains and verdicts are no finds."""

import pytest

UAG = "Unidentified Armed Group (Kenya)"
CIVILIANS = "Civilians (Kenya)"


@pytest.mark.parametrize(
    "text",
    [
        "The body of a man was found in a maize field near Kitale, Kenya.",
        "Police found the bodies of two traders in a car near Kitale, Kenya.",
        "Human remains were discovered in sacks near Kitale, Kenya.",
        "A severed head was found by residents near Kitale, Kenya.",
        "Villagers recovered the remains of a herder near Kitale, Kenya.",
    ],
)
def test_remains_found_are_an_attack_by_an_unnamed_group(coded, text):
    assert coded(text) == [("Attack", UAG, CIVILIANS)]


@pytest.mark.parametrize(
    "text",
    [
        "Divers found the remains of a Roman villa near the coast of Kenya.",
        "The head of the county council was found guilty of fraud in Kitale, Kenya.",
        "A body of water was discovered near Kitale, Kenya.",
        "The governing body found no breach of the rules in Kitale, Kenya.",
        "The missing hiker was found alive near Kitale, Kenya.",
    ],
)
def test_finds_of_no_one_are_no_event(coded, text):
    assert coded(text) == []


def test_the_finder_is_no_party(extracted):
    (event,) = extracted("Soldiers found the bodies of four men in a ditch near Kitale, Kenya.")
    assert (event.actor1, event.fatalities) == (UAG, 4)
    assert [e.text for e in event.evidence if e.role == "trigger"] == ["bodies"]


def test_a_killing_told_beside_the_find_names_the_killer(coded):
    text = "A man's body was found on a road near Kitale, Kenya, killed by unknown gunmen."
    assert coded(text) == [("Attack", UAG, CIVILIANS)]


def test_who_was_found_dead_is_the_dead(coded):
    assert coded("Two traders were found dead near Kitale, Kenya.") == [("Attack", UAG, CIVILIANS)]


def test_a_fighter_found_dead_was_in_a_clash(coded):
    text = "A soldier was found dead near Kitale, Kenya."
    assert [c[0] for c in coded(text)] == ["Armed clash"]
