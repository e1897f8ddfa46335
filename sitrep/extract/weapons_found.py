"""A weapon found is a weapon kept from use: "students found an unexploded bomb", "police
discovered a cache of explosives", "a bomb was found in a minibus". ACLED codes the find as
disrupted weapons use, not as the blast the weapon's word would otherwise tell.

Only the weapon that is what was found counts (the object of the finding verb, or its
passive subject); "found the bodies of men killed by a bomb" finds no weapon.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

FINDING = frozenset({"find", "discover", "unearth", "uncover", "recover"})
WEAPON_CUES = frozenset({"explosive", "grenade"})
DISRUPTED = "disrupted"


def as_weapon_found(doc: Doc, trigger: Trigger) -> Trigger:
    """The trigger, or, when its weapon is what someone found, a disrupted-weapons cue."""
    if trigger.cue not in WEAPON_CUES:
        return trigger
    noun = doc[trigger.head]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return trigger
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i:
        noun = noun.head  # "an unexploded bomb", "grenades and bombs"
    return replace(trigger, cue=DISRUPTED) if _found(noun) else trigger


def _found(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in FINDING:
        return True
    # "a bomb found placed in a minibus": a participle of finding on the weapon
    return any(c.dep_ == "acl" and c.lemma_.lower() in FINDING for c in noun.children)
