"""A harm a protest's people are named by, told on a past day of its own, is the protest's
grievance (past_grievances.py): no intervention in the protest, and its day is not the
protest's."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """(sub-event type, actor1, actor2, first day, last day) for a text of Tuesday 12 May
    2026."""

    def run(text):
        events = published_on(text, date(2026, 5, 12))
        return [(e.sub_event_type, e.actor1, e.actor2, e.date_start, e.date_end) for e in events]

    return run


@pytest.mark.parametrize(
    "text",
    [
        # an apposition the parser hangs 'last month' away from
        "Relatives of Pedro Lozano, a 22-year-old shot dead by police in Bello last month, "
        "marched to the town hall in Bello, Colombia, on Sunday demanding justice.",
        "Relatives of a youth shot dead by police two weeks ago marched to the town hall in "
        "Bello, Colombia, on Sunday.",
    ],
)
def test_a_past_killing_describing_the_marchers_is_no_intervention(published, text):
    assert published(text) == [
        ("Peaceful protest", "Protesters (Colombia)", None, "2026-05-10", "2026-05-10")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A funeral procession for a hawker killed by police in Nakuru, Kenya, last week "
            "turned into a protest on Monday.",
            "2026-05-11",
        ),
        # a vigil's own day is the protest's, though a funeral's day is not an act's
        (
            "Villagers in Tagum, Philippines, held a vigil on Monday for two farmers killed in "
            "a police raid in March.",
            "2026-05-11",
        ),
    ],
)
def test_the_grievance_day_does_not_date_the_protest(published, text, day):
    ((sub, _, actor2, first, last),) = published(text)
    assert (sub, actor2, first, last) == ("Peaceful protest", None, day, day)


def test_a_killing_told_as_the_act_keeps_its_own_day(published):
    """Not a description of people: police killing protesters last week is the event."""
    text = "Police shot dead two protesters during a march in Bello, Colombia, last week."
    assert published(text) == [
        (
            "Excessive force against protesters",
            "Protesters (Colombia)",
            "Police Forces of Colombia (2022-)",
            "2026-05-04",
            "2026-05-10",
        )
    ]  # fmt: skip


def test_a_killing_told_on_a_past_stretch_is_no_stage_of_the_march(published):
    """The march of the victims' relatives on Sunday is its own peaceful protest, not the
    killing's stage (assemble._days_told_apart); a stage told on the march's day still is."""
    assert published(
        "Police shot dead two protesters in Bello, Colombia, last week. On Sunday, relatives "
        "of the two marched to the town hall."
    ) == [
        (
            "Excessive force against protesters",
            "Protesters (Colombia)",
            "Police Forces of Colombia (2022-)",
            "2026-05-04",
            "2026-05-10",
        ),
        ("Peaceful protest", "Protesters (Colombia)", None, "2026-05-10", "2026-05-10"),
    ]
    assert published(
        "Students marched in Bello, Colombia, on Sunday. Police dispersed them with tear gas."
    ) == [
        (
            "Protest with intervention",
            "Protesters (Colombia)",
            "Police Forces of Colombia (2022-)",
            "2026-05-10",
            "2026-05-10",
        )
    ]
