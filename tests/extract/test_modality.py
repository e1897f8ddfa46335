"""Which triggers are acts that happened, on real parses."""

import pytest

from sitrep.extract.lexicon import Lexicon
from sitrep.extract.modality import blocking_reason
from sitrep.extract.triggers import TriggerFinder


@pytest.fixture(scope="module")
def finder(nlp):
    lexicon = Lexicon.load()
    return TriggerFinder(nlp, lexicon), lexicon


def reasons(nlp, finder, sentence):
    triggers, lexicon = finder
    doc = nlp(sentence)
    found = triggers.find(doc[:])
    return [(t.cue, blocking_reason(doc[t.head], lexicon.irrealis)) for t in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels attacked the base on Monday.", [("attack", None)]),
        ("The troops withdrew without a fight.", [("withdraw", None), ("fight", "negation")]),
        ("The rebels did not attack the base.", [("attack", "negation")]),
        ("The group threatened to attack the city.", [("attack", "threat")]),
        ("The army denied that it shelled the village.", [("shelling", "denial")]),
        (
            "Donors are withholding aid until a new government takes over the capital.",
            [("capture", "conditional")],
        ),
        ("The new unit will help fight bandits.", [("fight", "future")]),
        ("The militia plans to attack the town next week.", [("attack", "plan")]),
        ("The rebels will attack the city.", [("attack", "future")]),
        ("If the rebels attack, the army will respond.", [("attack", "conditional")]),
        ("The union called for a protest on Friday.", [("protest", "call")]),
        ("The two sides have been fighting since 2023.", [("fight", "background")]),
    ],
)
def test_modality(nlp, finder, sentence, expected):
    assert reasons(nlp, finder, sentence) == expected


def test_triggers_are_found_by_lemma_and_longest_phrase(nlp, finder):
    triggers, _ = finder
    doc = nlp("A drone strike and a roadside bomb killed soldiers after they opened fire.")
    cues = [(t.cue, t.span(doc).text) for t in triggers.find(doc[:])]
    assert cues == [
        ("air_strike", "drone strike"),
        ("explosive", "roadside bomb"),
        ("attack", "killed"),
        ("attack", "opened fire"),
    ]
