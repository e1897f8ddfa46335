"""The harmed named as a group of people: 'the evacuation of the wounded', 'doctors treated
the injured', 'among the wounded were two children'.

A past participle with 'the' before it and no verb's company (no subject, auxiliary or
agent) is a noun of the people it describes (a nominalised participle), not a harm done in
the sentence. What harmed them is told elsewhere, or, as in a truce agreed 'to allow the
evacuation of the wounded', is no act of the report at all.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract.triggers import Trigger

NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "attr", "appos"})
VERB_COMPANY = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj", "neg"})


def harmed_as_people(doc: Doc, trigger: Trigger) -> bool:
    """The trigger is a participle used as a noun of people ('the wounded')."""
    if trigger.end - trigger.start != 1:
        return False
    word = doc[trigger.head]
    if word.tag_ != "VBN" or word.dep_ not in NOUN_SLOTS:
        return False
    children = list(word.children)
    if any(c.dep_ in VERB_COMPANY for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i == word.i - 1 for c in children)
