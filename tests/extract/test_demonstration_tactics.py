"""Burning tyres, whatever words stand between ('burned old tyres', 'set fire to car tyres'),
and bonfires are a demonstration's tactics: a crowd that uses them and fights the police is
a violent demonstration (ACLED), not a mob."""

import pytest

from sitrep.extract.crowd_scene import DEMONSTRATION_TOLD

CASES = [
    (
        "Residents burned old tyres and clashed with police in Kiffa, Mauritania, on Monday, "
        "over power cuts.",
        [("Violent demonstration", "Rioters (Mauritania)", "Police Forces of Mauritania")],
    ),
    (
        "Youths lit bonfires and stoned police in Kisumu, Kenya.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tactics(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("they burned rubber tires", True),
        ("the crowd set fire to car tyres", True),
        ("youths lit bonfires on the road", True),
        ("a lorry's tyres burst", False),
        ("the burned car had new tyres", False),
    ],
)
def test_tactics_told(text, told):
    assert (DEMONSTRATION_TOLD.search(text) is not None) is told
