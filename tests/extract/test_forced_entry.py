"""Demonstrators who storm or break into a building make a violent demonstration; thieves who
break into a house, or an aim of storming, do not."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 2024, protesters stormed the parliament building in Colombo, Sri Lanka.",
            [("Violent demonstration", "Rioters (Sri Lanka)", None)],
        ),
        (
            "On 2 May 2024, demonstrators broke into the governor's office in Kano, Nigeria.",
            [("Violent demonstration", "Rioters (Nigeria)", None)],
        ),
        ("On 2 May 2024, thieves broke into a house in Kano, Nigeria.", []),
    ],
)
def test_forced_entry_by_demonstrators(coded, text, expected):
    assert coded(text) == expected


def test_an_aim_of_storming_is_no_forced_entry(coded):
    text = (
        "On 2 May 2024, police dispersed demonstrators in Mombasa, Kenya, who were assembling "
        "with an aim of storming the city centre."
    )
    assert coded(text) == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2024, youths stormed the home of a county candidate in Kisii, Kenya, "
            "accusing him of hiding ballot boxes.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        (
            "On 3 June 2024, a group of angry villagers broke into the chief's office in "
            "Bungoma, Kenya.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        ("On 3 June 2024, the villagers did not break into the chief's office in Bungoma.", []),
        ("On 3 June 2024, gunmen broke into a house in Kano, Nigeria.", []),
    ],
)
def test_forced_entry_by_a_crowd(coded, text, expected):
    assert coded(text) == expected
