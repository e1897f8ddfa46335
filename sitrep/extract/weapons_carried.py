"""Weapons carried, held or traded are things, not acts: 'arrested two militants carrying
hand grenades', 'a man in possession of two grenades', 'smuggling rockets across the
border'. A weapon's word tells its use only when something is done with it; here it names
what the people had, and the act is the arrest (or whatever else the sentence tells).
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract.triggers import Trigger

# Cues named by a weapon ("grenades", "a bomb", "mortars", "rockets").
WEAPON_CUES = frozenset({"explosive", "grenade", "shelling"})
# Verbs of having or moving a thing, whose object is no weapon used.
CARRYING = frozenset({
    "carry", "possess", "hold", "transport", "smuggle", "traffic", "hide", "store", "stock",
    "stockpile", "sell", "buy", "purchase", "supply", "keep", "own", "conceal",
})  # fmt: skip
HAVING_NOUNS = frozenset({"possession"})


def carried_weapon(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's weapon is what someone carried, held or traded."""
    if trigger.cue not in WEAPON_CUES:
        return False
    noun = doc[trigger.head]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "hand grenades", "rifles and grenades"
    holder = noun.head
    if noun.dep_ == "dobj":
        carried_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in holder.children)
        return holder.lemma_.lower() in CARRYING and not carried_out  # "carried out an IED attack"
    if noun.dep_ == "pobj" and holder.lower_ == "of":
        return holder.head.lemma_.lower() in HAVING_NOUNS  # "in possession of two grenades"
    return False
