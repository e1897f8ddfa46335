"""Fatality counts from real parses of sentences written for these tests."""

import pytest

from sitrep.extract.quantities import fatalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed five farmers in the village.", 5),
        ("Three soldiers were killed when their vehicle hit a mine.", 3),
        ("The blast killed 12 people and wounded 30.", 12),
        ("No fatalities were reported.", 0),
        ("Dozens of people were killed in the raid.", 12),
        ("The attack killed two policemen and three civilians.", 5),
        ("Seven people were injured in the attack.", None),
        ("The militants stormed the town.", None),
        ("The strikes led to the killing of 5 civilians.", 5),
        ("A man was shot and killed in the city centre.", 1),
        ("Fighting between rival herders left 5 dead near the border.", 5),
        ("Lawyer killed at her home by unknown gunmen", 1),
        ("The motorist strangled the officer to death.", 1),
    ],
)
def test_deaths_not_injuries(nlp, sentence, expected):
    count = fatalities(next(nlp(sentence).sents))
    assert (count.value if count else None) == expected
