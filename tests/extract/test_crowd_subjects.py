"""Who the crowd is, read from the parse: the noun a relative pronoun stands for ('a group of
people that attacked police officers'), and people named by a word that only looks like a
firearm ('a county executive' is no execution): crowds who attack people are a mob."""

import pytest

CASES = [
    (
        "A county executive was attacked by voters in Kitui, Kenya, on Monday over claims of "
        "vote buying.",
        [("Mob violence", "Rioters (Kenya)", None)],
    ),
    (
        "Residents filmed a group of people that attacked police officers with sticks and "
        "stones in Texcoco, Mexico, on Saturday.",
        [("Mob violence", "Rioters (Mexico)", "Police Forces of Mexico (2024-)")],
    ),
    # an execution is still told by its own words
    (
        "Two gunmen executed a trader in Kitui, Kenya, on Monday.",
        [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_crowd_subjects(coded, text, expected):
    assert coded(text) == expected
