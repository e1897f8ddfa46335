"""State forces fighting a crowd at a riot or a demonstration make a violent demonstration
(ACLED codes the crowd as rioters); police fighting villagers with no riot or demonstration
told, or beating journalists who cover a riot, do not."""

import pytest

CASES = [
    (
        "Police clashed with rioting youths in Kisumu, Kenya, on Friday.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # the fight told first, the demonstration after it
    (
        "Two people were hurt in running battles between police and traders in Eldoret, "
        "Kenya, on Monday. The traders were protesting new market fees.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # firing on the crowd of a riot the act is set in
    (
        "A student was shot dead by police during a riot at the campus in Nakuru, Kenya, "
        "on Tuesday.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # no riot and no demonstration told
    (
        "Riot police clashed with villagers in Kapsabet, Kenya, on Sunday.",
        [("Attack", "Police Forces of Kenya (2022-)", "Civilians (Kenya)")],
    ),
    # the riot is what the victims were covering, not where the police acted on a crowd
    (
        "Two journalists were assaulted by police in Kisumu, Kenya, while they were covering "
        "riots.",
        [("Attack", "Police Forces of Kenya (2022-)", "Civilians (Kenya)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_state_fights_a_crowd(coded, text, expected):
    assert coded(text) == expected
