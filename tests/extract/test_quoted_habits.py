"""An act a speaker tells in the simple present is a habit, not an act of a day
(quoted_habits.py); quoted acts in the past or going on, and present headlines, stay acts."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        '"We do not shoot children. We shoot the ones behind," the colonel said.',
        '"In Dori we shoot for weddings too," he said.',
        '"They come on motorbikes, they shoot, they run," said the lieutenant.',
    ],
)
def test_a_quoted_habit_is_no_event(coded, text):
    assert coded(text) == []


def test_a_quoted_habit_leaves_the_act_told_after_it(coded):
    assert coded(
        '"Soldiers kill our sons," a mother said. Soldiers shot dead two men in Kidal on '
        "Monday, residents said."
    ) == [("Attack", "Military Forces of Mali (2021-)", "Civilians (Mali)")]


@pytest.mark.parametrize(
    "text",
    [
        '"They are shelling the market right now," a resident said on Tuesday.',
        '"They shelled the market this morning and killed my brother," a resident said.',
    ],
)
def test_a_quoted_act_in_the_past_or_going_on_is_an_act(coded, text):
    assert coded(text) == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group", "Civilians")
    ]


def test_a_present_headline_outside_quotes_is_an_act(coded):
    assert coded("Rebels attack Kidal, killing 12") == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)")
    ]
