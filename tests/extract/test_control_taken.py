"""Control taken told with the bare verb ("HTS controlled the village after clashes")."""

import pytest
import spacy

from sitrep.annotate import DEFAULT_MODEL
from sitrep.extract.control_taken import control_taken


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebel fighters controlled Kafr Dael village after clashes with government forces.",
            [
                (
                    "Non-state actor overtakes territory",
                    "Unidentified Armed Group",
                    "Military Forces",
                )
            ],
        ),
        (
            "Government forces fully controlled the town of Sanam.",
            [("Government regains territory", "Military Forces", "Unidentified Armed Group")],
        ),
        (
            "Militants controlled the district of Mawo in Mali. No casualties were reported.",
            [("Non-state actor overtakes territory", "Unidentified Armed Group (Mali)", None)],
        ),
    ],
)
def test_controlled_a_place_is_control_taken(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels controlled the town for two years.",  # held for a time
        "As of late July the rebels controlled the town.",
        "The village, controlled by rebels since 2016, was quiet.",  # a state, passive
        "Opposition-controlled areas of the city were calm.",  # written as one word
        "Police controlled the crowd outside the stadium.",  # not a place
        "Police controlled traffic on the main road into town.",
        "Republicans controlled the state senate after the election.",
    ],
)
def test_control_held_or_of_no_place_takes_nothing(coded, text):
    assert coded(text) == []


def test_to_control_counts_after_moving_forward():
    nlp = spacy.load(DEFAULT_MODEL)
    doc = nlp("Olive Branch forces advanced against YPG fighters to control a village.")
    assert [t.text for t in control_taken(doc, 0, len(doc))] == ["control"]
    doc = nlp("The forces tried to control the fire near the village.")
    assert list(control_taken(doc, 0, len(doc))) == []
