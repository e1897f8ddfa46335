"""Forms of protest read as such: a quoted "'flash mob' protest" names no mob, and a boycott
held after an act of the police answers it (the act is its grievance, no intervention)."""

import pytest


def test_a_quoted_flash_mob_is_no_mob(coded):
    text = "On 8 May 2023, students took part in a 'flash mob' protest in Turin, Italy, over rents."
    assert coded(text) == [("Peaceful protest", "Protesters (Italy)", None)]


def test_an_angry_mob_at_a_protest_still_riots(coded):
    text = "On 8 May 2023, an angry mob torched a car during a protest in Turin, Italy."
    assert coded(text) == [("Violent demonstration", "Rioters (Italy)", None)]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2023, nurses in Kisumu, Kenya, boycotted work after their colleague was "
        "assaulted by police.",
        "On 8 May 2023, nurses boycott work in Kisumu, Kenya, after their colleague was "
        "assaulted by police.",
    ],
)
def test_a_boycott_answers_what_came_before(coded, text):
    assert coded(text) == [("Peaceful protest", "Protesters (Kenya)", None)]


def test_police_beating_the_boycotters_intervene(coded):
    text = "On 8 May 2023, nurses boycotted work in Kisumu, Kenya, and police beat them."
    assert coded(text) == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")
    ]
