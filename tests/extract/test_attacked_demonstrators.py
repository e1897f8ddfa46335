"""Demonstrators attacked by others (attacked_demonstrators.py): an intervention in the
demonstration, excessive force when the attack kills or is armed; the demonstrators' own
violence, or a fight between the two sides, stays a violent demonstration."""

import pytest

from sitrep.extract.attacked_demonstrators import demonstrators_attacked
from sitrep.taxonomy import SubEventType as S

PROTEST = "On 3 April 2023, traders protested in Kisumu, Kenya, against new market fees. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 April 2023, residents of Thika, Kenya, marched against rising bread prices. "
            "Unknown men attacked the marchers near the bus park.",
            [
                (
                    "Protest with intervention",
                    "Protesters (Kenya)",
                    "Unidentified Armed Group (Kenya)",
                )
            ],
        ),
        (
            "On 3 April 2023, teachers held a demonstration in Eldoret, Kenya, over unpaid "
            "salaries. Gunmen opened fire on the protesters, killing one teacher.",
            [
                (
                    "Excessive force against protesters",
                    "Protesters (Kenya)",
                    "Unidentified Armed Group (Kenya)",
                )
            ],
        ),
        (
            PROTEST + "A gang of youths pelted the protesters with stones.",
            [
                (
                    "Protest with intervention",
                    "Protesters (Kenya)",
                    "Unidentified Armed Group (Kenya)",
                )
            ],
        ),
    ],
)
def test_others_attack_the_demonstrators(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    "attack",
    ["Residents beat the protesters with sticks.", "The protesters were beaten by residents."],
)
def test_a_crowd_that_attacks_demonstrators_is_rioters(coded, attack):
    assert coded(PROTEST + attack) == [
        ("Protest with intervention", "Protesters (Kenya)", "Rioters (Kenya)")
    ]


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (
            "The protesters pelted the county offices with stones.",
            [("Violent demonstration", "Rioters (Kenya)", None)],
        ),
        (  # a pronoun may stand for the demonstrators: their own violence
            "They pelted a passing bus with stones.",
            [("Violent demonstration", "Rioters (Kenya)", None)],
        ),
        (  # a fight between the two sides
            "The protesters clashed with a group of residents.",
            [("Violent demonstration", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        (  # the state's force is read by the general rules
            "Police fired tear gas at the protesters.",
            [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
        ),
    ],
)
def test_the_demonstrators_own_violence_is_no_attack_on_them(coded, act, expected):
    assert coded(PROTEST + act) == expected


def test_weapons_beside_crowd_control_means_make_no_excessive_force():
    found = demonstrators_attacked(
        {"attack", "protest", "intervention"},
        inter1=5,
        inter2=6,
        fatal=False,
        weapons=True,
        set_upon=True,
    )
    assert found is S.PROTEST_WITH_INTERVENTION


def test_no_named_doers_is_no_attack_on_the_demonstrators():
    found = demonstrators_attacked(
        {"attack", "protest"}, inter1=3, inter2=6, fatal=True, weapons=True, set_upon=False
    )
    assert found is None
