"""A weapon found is a weapon kept from use: "students found an unexploded bomb", "police
discovered a cache of explosives", "a bomb was found in a minibus", "police seized two
rocket launchers"; and so is a weapon downed in flight: "air defences shot down 30 drones",
"shot down 61 of the 85 drones", "intercepted and destroyed 42 drones", "20 drones were lost
to electronic warfare". ACLED codes the find as disrupted weapons use, not as the blast the
weapon's word would otherwise tell.

Only the weapon that is what was found counts (the object of the finding verb, or its
passive subject); "found the bodies of men killed by a bomb" finds no weapon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

FINDING = frozenset({
    "find", "discover", "unearth", "uncover", "recover", "seize", "confiscate",
    # weapons made safe: "cleared 60 landmines", "defused two bombs"
    "clear", "defuse", "dismantle",
})  # fmt: skip
# Verbs that take a weapon out of use in flight ("intercepted two missiles", "shot down drones")
DOWNING = frozenset({"intercept", "down"})
# Cues named by a weapon ("a bomb", "grenades", "mortars", "rocket launchers", "drones")
WEAPON_CUES = frozenset({"explosive", "grenade", "shelling", "air_strike"})
DISRUPTED = "disrupted"


def as_weapon_found(doc: Doc, trigger: Trigger) -> Trigger:
    """The trigger, or, when its weapon is what someone found, a disrupted-weapons cue."""
    if trigger.cue == "looting" and _downed_by_destroying(doc[trigger.head]):
        return replace(trigger, cue=DISRUPTED)  # "intercepted and destroyed 42 drones"
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
    noun = _held_in(_listed_in(noun))
    return replace(trigger, cue=DISRUPTED) if _found(noun) else trigger


def _listed_in(noun: Token) -> Token:
    """'a cache of weapons, including rocket-propelled grenades': the find the weapon is
    listed in."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "like"):
        return noun.head.head
    return noun


# What weapons are found in or as ("a cache of mortar shells", "a stockpile of rockets")
HOLDS = frozenset({
    "cache", "stockpile", "stash", "store", "consignment", "haul", "batch", "arsenal",
    "crate", "box", "quantity", "number", "lot", "depot",
})  # fmt: skip


def _finding(verb: Token) -> bool:
    """A verb of finding or seizing a weapon, or of downing one in flight ('shot down',
    'intercepted and destroyed')."""
    lemma = verb.lemma_.lower()
    if lemma in FINDING or lemma in DOWNING or _destroyed_in_flight(verb):
        return True
    return lemma == "shoot" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children
    )


# Weapons that fly to their target, and are destroyed in flight when air defences meet them
IN_FLIGHT = frozenset({"drone", "uav", "missile", "rocket", "shahed", "projectile"})


def _downed_by_destroying(verb: Token) -> bool:
    """'intercepted and destroyed 42 drones': the destroying downed a weapon in flight."""
    if not _destroyed_in_flight(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    counted = [
        o
        for c in objects
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]  # "destroyed 40 of the missiles"
    return any(w.lemma_.lower() in IN_FLIGHT for w in objects + counted)


def downing_told(doc: Doc, triggers: Sequence[Trigger]) -> bool:
    """'Air defences shot down 61 of the drones': a weapon downed in flight is a new act (the
    attack disrupted), even when the weapon is named again, not the strike told once more."""
    return any(t.cue == DISRUPTED and _downed(doc[t.head]) for t in triggers)


def _downed(word: Token) -> bool:
    """'shot down', 'intercepted', or the weapon they took out of the sky."""
    verb = word if word.pos_ == "VERB" else _held_in(word).head
    lemma = verb.lemma_.lower()
    shot_down = lemma == "shoot" and any(c.lower_ == "down" for c in verb.children)
    return lemma in DOWNING or shot_down or _destroyed_in_flight(verb)


def _destroyed_in_flight(verb: Token) -> bool:
    """'intercepted and destroyed 42 drones': destroying joined to a verb of downing."""
    if verb.lemma_.lower() != "destroy":
        return False
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    return any(w.lemma_.lower() in DOWNING for w in joined)


def _held_in(noun: Token) -> Token:
    """'a stockpile of mortar shells': the find is the stockpile's; 'shot down 61 of the
    drones', 'most of the missiles': what was downed is the part counted."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return noun
    if of.head.lemma_.lower() in HOLDS or _part_counted(of.head):
        return of.head
    return noun


# Words that count a part of a whole ("most of the drones", "all of them")
PARTS = frozenset({"most", "all", "some", "many", "half", "majority", "rest", "none", "each"})


def _part_counted(word: Token) -> bool:
    """'61' in '61 of the drones', 'most' in 'most of the missiles'."""
    return word.pos_ == "NUM" or word.lemma_.lower() in PARTS


def _found(noun: Token) -> bool:
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and _finding(verb):
        return True
    if noun.dep_ == "npadvmod" and _part_counted(noun) and _finding(verb):
        return True  # "shot down 48 of 73 drones", the count parsed as an adverbial
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() == "lose":
        return True  # "20 drones were lost to electronic warfare": they struck nothing
    # "a bomb found placed in a minibus": a participle of finding on the weapon
    return any(c.dep_ == "acl" and c.lemma_.lower() in FINDING for c in noun.children)
