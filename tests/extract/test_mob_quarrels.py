"""Unnamed people who stab or beat someone following an altercation or a quarrel act on the
spot, as a mob does; with no quarrel told, or with guns, they are an unidentified armed
group attacking."""

import pytest

CASES = [
    (
        "Unidentified assailants stabbed and killed a shopkeeper in Rangpur, Bangladesh, on "
        "Monday, following an altercation.",
        [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
    ),
    (
        "Unidentified assailants stabbed and killed a shopkeeper in Rangpur, Bangladesh, on "
        "Monday.",
        [("Attack", "Unidentified Armed Group (Bangladesh)", "Civilians (Bangladesh)")],
    ),
    (
        "Gunmen shot dead a trader in Rangpur, Bangladesh, on Monday following a quarrel.",
        [("Attack", "Unidentified Armed Group (Bangladesh)", "Civilians (Bangladesh)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quarrels(coded, text, expected):
    assert coded(text) == expected
