"""People named by their bond to a victim ('relatives of a man killed by police') protest
about what was done to the victim: that act is who they are, not an act at the protest."""

import pytest

from sitrep.extract.demonstrations import describes_the_crowd
from sitrep.extract.triggers import Trigger

CASES = [
    (
        "Relatives and friends of a man who was killed by police officers marched in "
        "Zacatecas, Mexico, on Monday to demand justice.",
        [("Peaceful protest", "Protesters (Mexico)", None)],
    ),
    # an arrest of the kin themselves is the state's intervention in their protest
    (
        "Relatives of a trader protested in Kisii, Kenya, on Monday, and police arrested two "
        "of them.",
        [("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_kin_of_a_victim_protest(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "word", "described"),
    [
        ("Relatives of a man who was killed by police marched.", "killed", True),
        ("Parents of two pupils detained by police protested.", "detained", True),
        ("Supporters of a man who was killed by police marched.", "killed", False),
        ("Relatives marched and police killed a man.", "killed", False),
    ],
)
def test_describes_the_crowd(nlp, text, word, described):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == word)
    trigger = Trigger(cue="attack", start=at, end=at + 1, head=at)
    assert describes_the_crowd(doc, trigger) is described
