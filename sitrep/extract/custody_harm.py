"""Harm told as done in custody, with no one named doing it: 'its members had been beaten in
custody', 'he was ill-treated in detention'. The harm is the fate of people an arrest took,
done by whoever held them; read with the arrest (custody.py makes an arrest whose captives
are tortured or beaten an attack), it is no act of an unnamed crowd or gunmen of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract.triggers import Trigger

HARM_CUES = frozenset({"attack", "beating", "attack_weak"})
HELD = frozenset({"custody", "detention", "prison", "jail", "cell"})


def harmed_in_custody(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's harm is told as done in custody, with no agent."""
    if trigger.cue not in HARM_CUES:
        return False
    verb = doc[trigger.head]
    children = list(verb.children)
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in children):
        return False  # "prison officers beat an inmate in the prison" names its doer
    if any(c.dep_ == "agent" for c in children):
        return False
    places = [o for p in verb.children if p.lower_ in ("in", "while") for o in p.subtree]
    return any(o.lemma_.lower() in HELD for o in places)
