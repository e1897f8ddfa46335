"""A crowd the report itself calls a mob, in a sentence that tells no protest, is a mob
(ACLED's mob violence) and acts first, also when the state is named before it."""

import pytest

CASES = [
    (
        "Police and an armed mob clashed in Kerugoya, Kenya, on Monday when the mob tried to "
        "attack the returning officer.",
        [("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # a mob that demands something demonstrates
    (
        "A mob of some 200 labourers pelted stones and clashed with police in Ludhiana, India, "
        "on Sunday, demanding rations.",
        [("Violent demonstration", "Rioters (India)", "Police Forces of India (2014-)")],
    ),
    # a flash mob is a form of protest
    (
        "About forty nurses held a flash mob protest in Porto against the new shift rules.",
        [("Peaceful protest", "Protesters (Portugal)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mob_named(coded, text, expected):
    assert coded(text) == expected
