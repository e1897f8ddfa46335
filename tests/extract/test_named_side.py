"""The one armed group a sentence names is the side a state force fought when the parse left
only a generic word (named_side.py); a group ACLED names per country takes the branch of the
event's country (defaults._regional_branch)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 February 2018, Iraqi military airstrike's bombarded IS hideouts near Baquba, "
            "killing five militants.",
            [("Air/drone strike", "Military Forces of Iraq (2014-2018)", "Islamic State (Iraq)")],
        ),
    ],
)
def test_the_named_group_is_the_side_a_state_force_fought(coded, text, expected):
    assert coded(text) == expected


def test_a_group_named_per_country_takes_the_event_s_country(coded):
    text = "One strike by the coalition destroyed two Islamic State tactical vehicles near Mosul."
    assert coded(text) == [
        ("Air/drone strike", "Global Coalition Against Daesh", "Islamic State (Iraq)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2018, Turkish military forces shelled the YPG-controlled village of "
            "Aud al-Dadad near Manbij, Syria.",
            (
                "Shelling/artillery/missile attack",
                "Military Forces of Turkey (2016-)",
                "YPG: Peoples Protection Units",
            ),
        ),
        # a generic holder names no side
        (
            "On 3 March 2018, regime forces shelled the rebel-held town of Douma, Syria.",
            ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", None),
        ),
    ],
)
def test_the_group_holding_the_place_struck_is_the_other_side(coded, text, expected):
    assert coded(text) == [expected]
