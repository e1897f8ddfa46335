"""Words of violence in senses that tell no act: names, everyday phrasal verbs, criticism,
burning as a state, wars long over, an explosion of life."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Lynch said the need for another apartment building in Pittsburgh is clear.",
        "The ceremony kicks off a day of celebrations in Indianapolis.",
        "Democrats blast the governor's public service ads in Tallahassee.",
        "Fifteen brush fires were burning in Volusia County on Friday.",
        "Firefighters saved two people from the burning yacht in Miami.",
        "Meteors typically burn up in the atmosphere over Virginia.",
        "Her grandfather fought in World War I in France.",
        "The upwelling causes an explosion of marine life off Oregon.",
    ],
)
def test_the_word_tells_no_act(coded, text):
    assert coded(text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 3 May 2024, protesters burned tyres in Nairobi, Kenya.", "Violent demonstration"),
        (
            "On 3 May 2024, militants blasted the bridge near Mosul, Iraq.",
            "Remote explosive/landmine/IED",
        ),
        ("Taliban Attack Kills Five In Kabul.", "Attack"),
    ],
)
def test_the_same_words_of_acts_stay(coded, text, sub_event_type):
    assert [c[0] for c in coded(text)] == [sub_event_type]


def test_a_strike_from_school_is_no_air_strike(coded):
    text = (
        "On 4 June 2024, police officers entered a secondary school in Kitui, Kenya, and beat "
        "up pupils during a planned strike."
    )
    assert coded(text) == [("Attack", "Police Forces of Kenya (2022-)", "Civilians (Kenya)")]


def test_pupils_wounded_during_a_strike_were_struck(coded):
    text = "On 4 June 2024, three pupils were wounded during the strike on a school in Kharkiv."
    assert coded(text) == [
        ("Air/drone strike", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tear gas fired is crowd control, not an attack on the crowd
        (
            "On 4 June 2026, youths threw stones at police in Sopore, India, and police fired "
            "tear gas.",
            [("Mob violence", "Rioters (India)", "Police Forces of India (2014-)")],
        ),
        # live rounds fired at protesters are force against them
        (
            "On 4 June 2026, police fired live rounds at protesters in Kisumu, Kenya, killing two.",
            [
                (
                    "Excessive force against protesters",
                    "Protesters (Kenya)",
                    "Police Forces of Kenya (2022-)",
                )
            ],
        ),
    ],
)
def test_what_police_fire_at_a_crowd(coded, text, expected):
    assert coded(text) == expected
