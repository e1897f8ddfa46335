"""Takings that change no territory: a crowd seizing a person ('residents captured a
robber': mob violence) or a building in a riot ('farmers rioted and took over the factory': a
violent demonstration). Armed men taking a town, or taking armed men, still fight over
ground."""

import pytest

CASES = [
    (
        "Residents captured and beat up a robber in Iquitos, Peru, on Monday.",
        [("Mob violence", "Rioters (Peru)", "Civilians (Peru)")],
    ),
    (
        "Coffee farmers rioted and took over the factory in Meru, Kenya, on Monday.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    (
        "Rebels captured the town of Kidal, Mali, on Monday.",
        [("Non-state actor overtakes territory", "Unidentified Armed Group (Mali)", None)],
    ),
    (
        "Fighters of the Sunna Forces captured and killed a group of Hezbollah fighters near "
        "Busra, Syria.",
        [("Non-state actor overtakes territory", "Unidentified Armed Group (Syria)", "Hezbollah")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_takeovers(coded, text, expected):
    assert coded(text) == expected
