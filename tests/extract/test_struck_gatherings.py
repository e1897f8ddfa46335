"""A gathering that a bomb 'targeted' is the bomb's target, not a demonstration ('a roadside
bomb targeted the motorcade of the governor'); a motorcade held with a demand is a protest,
and a weak word of attack with no weapon leaves the gathering alone."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 March 2023, a roadside bomb targeted the motorcade of the governor near "
            "Baqubah, Iraq, wounding two guards.",
            [
                (
                    "Remote explosive/landmine/IED",
                    "Unidentified Armed Group (Iraq)",
                    "Civilians (Iraq)",
                )
            ],
        ),
        (
            "On 4 March 2023, drivers held a motorcade in Curitiba, Brazil, to demand lower "
            "fuel prices.",
            [("Peaceful protest", "Protesters (Brazil)", None)],
        ),
        (
            "On 4 March 2023, police targeted the rally with tear gas in Nairobi, Kenya.",
            [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
    ],
)
def test_a_gathering_a_bomb_targeted_is_its_target(coded, text, expected):
    assert coded(text) == expected
