"""Demonstrators told killed with no killer named ('three protesters were killed') are deaths
at the demonstration (classify._demonstration: excessive force), not a peaceful protest whose
dead are its grievance; after a clash with police they are the clash's dead."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supporters of a jailed opposition leader clashed with police in Karachi, "
            "Pakistan, on Wednesday. Police said three protesters were killed and 25 officers "
            "injured in the violence.",
            [
                (
                    "Violent demonstration",
                    "Rioters (Pakistan)",
                    "Police Forces of Pakistan (2022-)",
                    3,
                )
            ],
        ),
        (
            "Three protesters were killed in Karachi, Pakistan, on Wednesday.",
            [("Excessive force against protesters", "Protesters (Pakistan)", None, 3)],
        ),
        # the dead the march mourns are its grievance
        (
            "Thousands marched in Karachi, Pakistan, on Wednesday to mourn three protesters "
            "killed last week.",
            [("Peaceful protest", "Protesters (Pakistan)", None, None)],
        ),
    ],
)
def test_protesters_killed(extracted, text, expected):
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in extracted(text)] == (
        expected
    )
