"""Strikes told on after the report named who strikes from the air are that side's; with
two sides named striking from the air, or none, the striker stays unknown (a side named
before only as fighting on the ground is not it)."""

import pytest

CASES = [
    (
        "Israeli air strikes killed at least 19 people across the Gaza Strip on Tuesday, the "
        "health ministry said. In Deir al-Balah, a strike on a house killed seven people. "
        "Another strike hit a tent in Khan Younis, killing three.",
        [
            ("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)"),
            ("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)"),
            ("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)"),
        ],
    ),
    # no side told striking from the air: the rebels named before did not fly the drone
    (
        "On 6 January 2020, rebels attacked an army post near Ariha, Syria. On 7 January "
        "2020, a drone strike hit a car in Ariha, killing two.",
        [
            ("Armed clash", "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)"),
            ("Air/drone strike", "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_told_strikes(coded, text, expected):
    assert coded(text) == expected
