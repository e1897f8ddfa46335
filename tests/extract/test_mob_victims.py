"""The people a mob attacks are civilians, however the report names them (suspected thieves,
robbers, gangsters lynched)."""

import pytest

from sitrep.extract.mob_victims import MOB_HARM, SUSPECTS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mob lynched two suspected cattle thieves in Likuyani, Kakamega, Kenya.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        (
            "Four suspected gangsters were lynched by an angry mob in Vihiga, Kenya.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        # the crowd that fights the police keeps the police as its other side
        (
            "Residents clashed with police in Kisumu, Kenya over a suspected thief.",
            [("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
    ],
)
def test_mobbed_suspects_are_civilians(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "suspects", "harm"),
    [
        ("Youth stone suspected thief to death", True, True),
        ("Villagers beat two alleged robbers", True, True),
        ("Traders blocked the road", False, False),
        ("the stonemason was beaten", False, True),
    ],
)
def test_suspects_and_mob_harm(text, suspects, harm):
    assert (SUSPECTS.search(text) is not None) is suspects
    assert (MOB_HARM.search(text) is not None) is harm
