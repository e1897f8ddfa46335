"""Strikes told with the bare verb, as state forces' statements word them.

"The IDF struck a Hamas command centre", "Israel struck weapons depots near Homs", "the army
struck terrorist hideouts": a state's forces (or the state itself) that "struck" a military
target with no weapon named made a strike from afar, which ACLED codes as an air or drone
strike, as it reads the noun "strikes". The verb alone tells nothing ("struck a deal", "the
storm struck the coast", "a car struck a pedestrian"): the subject must be a force or a
state and the object a target of war. A sentence that names the weapon ("struck the town
with missiles") is left to the weapon's own word. Aircraft or drones that struck or bombed
anything ("Israeli aircraft struck a house", "army helicopters bombed a hideout") struck from
the air.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

# Nouns for a state's armed forces and their aircraft.
FORCE_NOUNS = frozenset({
    "army", "military", "force", "forces", "troop", "troops", "navy", "aviation", "aircraft",
    "jet", "plane", "warplane", "helicopter", "coalition", "idf", "iaf", "usaf", "raf",
    "artillery",
})  # fmt: skip
# What forces strike: positions, facilities, and the fighters in them.
TARGET_NOUNS = frozenset({
    "centre", "center", "headquarters", "position", "target", "site", "infrastructure",
    "depot", "facility", "base", "camp", "launcher", "compound", "building", "post",
    "outpost", "cell", "militant", "fighter", "operative", "terrorist", "vehicle", "convoy",
    "tunnel", "warehouse", "stronghold", "hideout", "command", "weapon", "airfield", "port",
    "bridge", "refinery", "gathering", "concentration", "installation", "battery",
    "ammunition", "shaft", "squad", "unit", "hideouts", "den", "enclave", "structure",
    "launchpad", "emplacement", "bunker", "truck", "boat", "vessel", "ship", "jihadist",
    "insurgent", "rebel",
})  # fmt: skip
# Words that name the weapon: their own cue types the act.
WEAPON_WORDS = frozenset({
    "missile", "rocket", "artillery", "shell", "mortar", "drone", "uav", "bomb", "ied",
    "mine", "grenade", "explosive", "shelling", "projectile", "howitzer", "warplane",
    "jet", "aircraft", "airstrike", "gun", "gunfire", "rifle",
})  # fmt: skip


def struck_targets(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Every 'struck' between tokens `start` and `end` whose subject is a state or its forces
    and whose object is a target of war, in a sentence naming no weapon."""
    for token in doc[start:end]:
        if token.lemma_.lower() in AIR_DROPPED and token.pos_ == "VERB" and _by_aircraft(token):
            yield token  # "army helicopters bombed a hideout": from the air, not a planted bomb
            continue
        if token.lemma_.lower() != "strike" or token.pos_ != "VERB":
            continue
        if _by_aircraft(token) or (
            _by_forces(token) and _at_a_target(token) and not _weapon_named(token)
        ):
            yield token


def _by_forces(verb: Token) -> bool:
    """The subject (of the verb or of the verb it is joined to) is a state or its forces."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_a_force(s) for s in subjects)


# Craft that strike from the air: what they strike, they strike from the air.
AIRCRAFT = frozenset({
    "aircraft", "jet", "plane", "warplane", "helicopter", "gunship", "drone", "uav",
})  # fmt: skip


# Verbs of bombing that, done by aircraft, are strikes from the air.
AIR_DROPPED = frozenset({"bomb", "bombard"})


def _by_aircraft(verb: Token) -> bool:
    """'Israeli aircraft struck a house in Rafah': a craft of the air that struck anything."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in AIRCRAFT for s in subjects)


def _a_force(subject: Token) -> bool:
    if subject.lower_ in FORCE_NOUNS or subject.lemma_.lower() in FORCE_NOUNS:
        return True
    return subject.ent_type_ == "GPE" and subject.pos_ == "PROPN"


def _at_a_target(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in TARGET_NOUNS or o.lower_ in TARGET_NOUNS for o in objects)


def _weapon_named(verb: Token) -> bool:
    return any(w.lemma_.lower() in WEAPON_WORDS for w in verb.sent)
