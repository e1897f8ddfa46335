"""A weapon found is a weapon kept from use: "students found an unexploded bomb", "police
discovered a cache of explosives", "a bomb was found in a minibus", "police seized two
rocket launchers"; and so is a weapon downed in flight: "air defences shot down 30 drones".
ACLED codes the find as disrupted weapons use, not as the blast the weapon's word would
otherwise tell.

Only the weapon that is what was found counts (the object of the finding verb, or its
passive subject); "found the bodies of men killed by a bomb" finds no weapon.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

FINDING = frozenset({
    "find", "discover", "unearth", "uncover", "recover", "seize", "confiscate",
})  # fmt: skip
# Verbs that take a weapon out of use in flight ("intercepted two missiles", "shot down drones")
DOWNING = frozenset({"intercept", "down"})
# Cues named by a weapon ("a bomb", "grenades", "mortars", "rocket launchers", "drones")
WEAPON_CUES = frozenset({"explosive", "grenade", "shelling", "air_strike"})
DISRUPTED = "disrupted"


def as_weapon_found(doc: Doc, trigger: Trigger) -> Trigger:
    """The trigger, or, when its weapon is what someone found, a disrupted-weapons cue."""
    if trigger.cue not in WEAPON_CUES:
        return trigger
    noun = doc[trigger.head]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return trigger
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i:
        if noun.dep_ == "conj" and noun.head.pos_ == "VERB":
            # "recovered two rifles and a grenade", the weapon parsed as the verb's conjunct
            return replace(trigger, cue=DISRUPTED) if _finding(noun.head) else trigger
        noun = noun.head  # "an unexploded bomb", "grenades and bombs"
    noun = _held_in(noun)
    return replace(trigger, cue=DISRUPTED) if _found(noun) else trigger


# What weapons are found in or as ("a cache of mortar shells", "a stockpile of rockets")
HOLDS = frozenset({
    "cache", "stockpile", "stash", "store", "consignment", "haul", "batch", "arsenal",
    "crate", "box", "quantity", "number", "lot", "depot",
})  # fmt: skip


def _finding(verb: Token) -> bool:
    """A verb of finding or seizing a weapon, or of downing one in flight ('shot down')."""
    lemma = verb.lemma_.lower()
    if lemma in FINDING or lemma in DOWNING:
        return True
    return lemma == "shoot" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children
    )


def _held_in(noun: Token) -> Token:
    """'a stockpile of mortar shells': the find is the stockpile's."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in HOLDS:
        return of.head
    return noun


def _found(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and _finding(verb):
        return True
    # "a bomb found placed in a minibus": a participle of finding on the weapon
    return any(c.dep_ == "acl" and c.lemma_.lower() in FINDING for c in noun.children)
