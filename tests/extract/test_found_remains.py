"""A body or human remains found in a report that tells of violence are a killing (ACLED: an
attack by an unidentified armed group); whoever found them is a witness, not the killer;
bodies of water, governing bodies, a villa's remains, verdicts and the dead of an accident
or a disaster are no killing."""

import pytest

UAG = "Unidentified Armed Group (Kenya)"
CIVILIANS = "Civilians (Kenya)"


@pytest.mark.parametrize(
    "text",
    [
        "The body of a man with gunshot wounds was found in a maize field near Kitale, Kenya.",
        "Police found the bodies of two traders in a car near Kitale, Kenya. They had been shot.",
        "Human remains were discovered in sacks near Kitale, Kenya, in an area gangs control.",
        "A severed head was found by residents near Kitale, Kenya.",
        "Villagers recovered the remains of a herder who had been stabbed near Kitale, Kenya.",
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
    text = "Soldiers found the bodies of four men in a ditch near Kitale, Kenya, bound and shot."
    (event,) = extracted(text)
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


@pytest.mark.parametrize(
    "text",
    [
        "The boat capsized in a storm. The body of a fisherman was found near Lamu, Kenya.",
        "After the floods, rescuers recovered the bodies of two children near Kitale, Kenya.",
    ],
)
def test_the_dead_of_a_misadventure_were_not_killed(coded, text):
    assert coded(text) == []


def test_found_dead_after_an_accident_is_no_killing(coded):
    text = "A fisherman was found dead near Lamu, Kenya, after his boat capsized in a storm."
    assert coded(text) == []


def test_a_force_that_says_it_found_the_bodies_did_not_kill(coded):
    text = (
        "On 10 June 2026, police in Honduras said they had found the bodies of four men with "
        "gunshot wounds in a ravine outside San Pedro Sula."
    )
    assert coded(text) == [
        ("Attack", "Unidentified Armed Group (Honduras)", "Civilians (Honduras)")
    ]
