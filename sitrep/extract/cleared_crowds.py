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
# Ground a demonstration blocks, cleared with the police's means ('fired tear gas to clear the
# road'): the blockade dispersed.
BLOCKED_GROUND = frozenset({
    "road", "highway", "street", "roadway", "blockade", "barricade", "junction", "intersection",
})  # fmt: skip
CROWD_CONTROL = frozenset({
    "tear", "teargas", "tear-gas", "baton", "baton-charge", "lathi", "lathi-charge", "cannon",
    "rubber", "disperse",
})  # fmt: skip
INTERVENTION = "intervention"


def as_dispersal(doc: Doc, trigger: Trigger) -> Trigger:
    """The trigger, or an intervention cue when the ground cleared is a crowd."""
    head = doc[trigger.head]
    if trigger.cue != "capture" or head.lemma_.lower() not in CLEARING:
        return trigger
    cleared = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_demonstrators(c) or _blocked_ground(c) for c in cleared):
        return trigger
    return replace(trigger, cue=INTERVENTION)


def _demonstrators(noun: Token) -> bool:
    if noun.lemma_.lower() in COUNTING:  # "thousands of supporters"
        return any(_demonstrators(o) for p in noun.children if p.lower_ == "of" for o in p.children)
    return noun.lemma_.lower() in DEMONSTRATORS


def _blocked_ground(noun: Token) -> bool:
    """'fired tear gas to clear the road': a road cleared with the police's means."""
    if noun.lemma_.lower() not in BLOCKED_GROUND:
        return False
    return any(t.lemma_.lower() in CROWD_CONTROL for t in noun.sent)
