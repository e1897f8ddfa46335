"""Violence whose target is a demonstration (demonstration_targets.py): the people it hurts
are the protesters, so others' attack on them is an intervention in the protest, or excessive
force when armed; the same attack on people told as no demonstration stays what it was."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen on a motorbike opened fire on a peaceful protest by nurses in Culiacan, "
            "Mexico, on Monday, wounding three of them.",
            [
                (
                    "Excessive force against protesters",
                    "Protesters (Mexico)",
                    "Unidentified Armed Group (Mexico)",
                )
            ],
        ),
        (
            "Chhatra League activists attacked a procession of students demanding quota "
            "reform in Rajshahi, Bangladesh, on Tuesday, injuring at least 15 students.",
            [("Protest with intervention", "Protesters (Bangladesh)", "Rioters (Bangladesh)")],
        ),
        (
            "A group of youths attacked a march of teachers demanding higher pay in Rajshahi, "
            "Bangladesh, on Tuesday.",
            [("Protest with intervention", "Protesters (Bangladesh)", "Rioters (Bangladesh)")],
        ),
        # a crowd's people attacked at a demonstration, with machetes and a death
        (
            "Members of the ruling party's youth wing attacked opposition supporters with "
            "machetes at a rally in Kasese, Uganda, on Wednesday, killing one man.",
            [
                (
                    "Excessive force against protesters",
                    "Protesters (Uganda)",
                    "Rioters (Uganda)",
                )
            ],
        ),
    ],
)
def test_an_attack_on_a_demonstration_strikes_its_protesters(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen opened fire on traders in Culiacan, Mexico, on Monday, wounding three.",
            [("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")],
        ),
        (
            "A group of youths attacked teachers in Rajshahi, Bangladesh, on Tuesday.",
            [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
        ),
        # the rally is where, not what the assault struck; 'March' a month
        (
            "On 3 March 2026, unknown men assaulted two journalists at a rally in Kisumu, Kenya.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        # someone's kin at a procession are no crowd of it
        (
            "Party members beat up a councillor's family members during a rally in Bogura, "
            "Bangladesh, on Friday.",
            None,
        ),
    ],
)
def test_an_attack_on_people_at_no_demonstration_is_unchanged(coded, text, expected):
    found = coded(text)
    if expected is None:  # no protest struck: the attackers' act stays theirs
        assert all(sub != "Protest with intervention" for sub, _, _ in found)
    else:
        assert found == expected
