"""The police's crowd-control means are an intervention in a demonstration, not an attack of
their own: stun grenades are no grenade attack, tear gas shells no shelling, and a road
cleared with them no territory taken (lexicon.yaml, cleared_crowds.py); blows exchanged are
a fight, and followers named by the government they follow are a crowd (actors.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters hurled petrol bombs at riot police outside parliament in Athens, "
            "Greece, on Saturday. Police responded with tear gas and stun grenades.",
            [("Violent demonstration", "Rioters (Greece)", "Police Forces of Greece (2019-)")],
        ),
        (
            "Garment workers blocked the Dhaka-Mymensingh highway in Gazipur, Bangladesh, on "
            "Friday to demand unpaid wages. Police fired tear gas shells to clear the road.",
            [
                (
                    "Protest with intervention",
                    "Protesters (Bangladesh)",
                    "Police Forces of Bangladesh (2024-)",
                )
            ],
        ),
        (
            "Workers of the Awami League and the BNP exchanged blows in Feni, Bangladesh, on "
            "Monday.",
            [("Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)")],
        ),
        (
            "Supporters of the opposition clashed with government supporters in Caracas, "
            "Venezuela, on Sunday, throwing stones at each other. National Guard troops fired "
            "tear gas to separate the two groups.",
            [("Mob violence", "Rioters (Venezuela)", "Rioters (Venezuela)")],
        ),
    ],
)
def test_crowd_control(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants hurled grenades at a police post in Pulwama, India, on Saturday.",
            [("Grenade", "Unidentified Armed Group (India)", "Police Forces of India (2014-)")],
        ),
        (
            "Government forces attacked opposition marchers in Caracas, Venezuela, on Sunday.",
            [
                (
                    "Protest with intervention",
                    "Protesters (Venezuela)",
                    "Military Forces of Venezuela (2013-)",
                )
            ],
        ),
    ],
)
def test_weapons_and_forces_stay(coded, text, expected):
    assert coded(text) == expected
