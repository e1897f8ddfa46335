"""A demonstration told in several sentences is one event at its most escalated stage; a
crowd named by what it does ('the rioters') is no re-mention of an act told before, so the
new act it does ('The rioters threw stones') is a stage of its own."""

import pytest

from sitrep.extract.crowd_scene import told_acts
from sitrep.extract.triggers import Trigger

CASES = [
    (
        "Traders protested in Nairobi, Kenya on Monday. Police lobbed teargas to disperse "
        "them. The rioters threw stones at passing motorists and police.",
        [("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # the crowd's name alone, with no new act, still tells the demonstration again
    (
        "Traders protested in Nairobi, Kenya on Monday. Police lobbed teargas to disperse "
        "the protesters.",
        [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
    # officers hurt by no one named, after a crowd clashed with them: the crowd hurt them
    (
        "On 8 June 2026, thousands of students clashed with police outside the parliament in "
        "Jakarta, Indonesia, during a protest. Police arrested 87 people, and 12 officers were "
        "injured.",
        [
            (
                "Violent demonstration",
                "Rioters (Indonesia)",
                "Police Forces of Indonesia (2024-)",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_demonstration_stages(coded, text, expected):
    assert coded(text) == expected


def test_told_acts(nlp):
    doc = nlp("The rioters threw stones at the police.")
    name = Trigger(cue="riot", start=1, end=2, head=1)
    act = Trigger(cue="riot", start=2, end=4, head=2)
    assert told_acts(doc, [name, act]) == [act]
    assert told_acts(doc, [name]) == [name]
