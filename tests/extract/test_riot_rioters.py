"""People named rioters who stone police, or who burn things at a demonstration the report
tells, are a violent demonstration; rioters who attack officials or people with no
demonstration told are a mob."""

import pytest

CASES = [
    (
        "Angry youths attacked election officials and burned a vehicle in Kisii, Kenya, on Monday.",
        [("Mob violence", "Rioters (Kenya)", "Government of Kenya (2022-)")],
    ),
    (
        "A parliamentary candidate was injured by rioters at a polling station in Voi, Kenya, "
        "on Saturday.",
        [("Mob violence", "Rioters (Kenya)", None)],
    ),
    # a demonstration told: the rioters' burning is its violence
    (
        "Traders demonstrated against new levies in Embu, Kenya, on Monday. Rioters burned "
        "tyres on the main road.",
        [("Violent demonstration", "Rioters (Kenya)", None)],
    ),
    (
        "Rioters stoned police officers in Kisumu, Kenya, on Friday.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rioters(coded, text, expected):
    assert coded(text) == expected
