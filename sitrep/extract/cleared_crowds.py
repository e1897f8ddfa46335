"""A crowd cleared from a square is a demonstration dispersed, not ground taken.

"Security forces cleared thousands of supporters of the party from the square", "police
cleared the protesters from the road": the verb of clearing ground ("troops cleared the
village of militants") here names the people removed. ACLED codes the removal as the state's
intervention in the demonstration, never as a territorial change.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

CLEARING = frozenset({"clear"})
# People who gather to demonstrate, and words that count them.
DEMONSTRATORS = frozenset({
    "protester", "protestor", "demonstrator", "supporter", "marcher", "crowd", "activist",
    "student", "sit-in", "encampment", "camp", "rioter",
})  # fmt: skip
COUNTING = frozenset({"thousand", "hundred", "dozen", "group", "number"})
INTERVENTION = "intervention"


def as_dispersal(doc: Doc, trigger: Trigger) -> Trigger:
    """The trigger, or an intervention cue when the ground cleared is a crowd."""
    head = doc[trigger.head]
    if trigger.cue != "capture" or head.lemma_.lower() not in CLEARING:
        return trigger
    cleared = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_demonstrators(c) for c in cleared):
        return trigger
    return replace(trigger, cue=INTERVENTION)


def _demonstrators(noun: Token) -> bool:
    if noun.lemma_.lower() in COUNTING:  # "thousands of supporters"
        return any(_demonstrators(o) for p in noun.children if p.lower_ == "of" for o in p.children)
    return noun.lemma_.lower() in DEMONSTRATORS
