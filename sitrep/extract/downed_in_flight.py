"""A weapon destroyed in flight is one stopped before it struck: "the coalition destroyed an
explosive-laden drone launched by the Houthis towards Khamis Mushait", "forces destroyed two
drones over the Red Sea", "a missile was destroyed in mid-air". ACLED codes it as disrupted
weapons use, as it does a drone shot down or a missile intercepted, not as the destruction of
property the verb would otherwise tell.

A flying weapon destroyed with no sign of flight ("destroyed drones in a warehouse", "destroyed
a missile launcher"), or told readied on the ground ("destroyed a missile that was prepared to
launch"), stays what it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

DISRUPTED = "disrupted"
DESTROYING = frozenset({"destroy"})
# Weapons that fly to their target.
FLYING = frozenset({"drone", "uav", "missile", "rocket", "projectile", "aircraft"})
# Words that make a vehicle a craft of the air ("unmanned aerial vehicles").
CRAFT_WORDS = frozenset({"aerial", "unmanned", "air"})
# What a weapon in flight is told doing ("a drone launched by", "missiles heading towards").
FLIGHT_VERBS = frozenset({"launch", "fire", "head", "approach", "fly", "target", "aim"})
# Where a weapon in flight is ("over the Red Sea", "in the air", "towards the city").
FLIGHT_PREPS = frozenset({"over", "towards", "toward"})
SKY = frozenset({"air", "airspace", "sky", "skies", "mid-air", "midair", "flight"})
# A weapon readied, not flying: destroying it is a strike on it ("missiles that were prepared
# to launch", "drones on the ground", "at their launch sites").
ON_THE_GROUND = re.compile(
    r"\b(?:prepared|ready|readied|poised|set up)\s+(?:to|for)\s+(?:be\s+)?launch|"
    r"\bon the ground\b|\blaunch(?:ing)?\s+(?:sites?|pads?|positions?|platforms?)\b|"
    r"\bbefore (?:it|they) could be (?:launched|fired)\b",
    re.IGNORECASE,
)


def destroyed_in_flight(doc: Doc, trigger: Trigger) -> Trigger:
    """The trigger, or, when it destroys a weapon in flight, a disrupted-weapons cue."""
    verb = doc[trigger.head]
    if trigger.cue != "looting" or verb.lemma_.lower() not in DESTROYING:
        return trigger
    if ON_THE_GROUND.search(verb.sent.text):
        return trigger  # "a missile ... prepared to launch": struck where it stood
    weapons = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_flying(w) and (_in_flight(w) or _in_flight(verb)) for w in weapons):
        return replace(trigger, cue=DISRUPTED)
    return trigger


def _flying(noun: Token) -> bool:
    if noun.lemma_.lower() in FLYING or noun.lower_ in FLYING:
        return True
    # "unmanned aerial vehicles", as defence ministries write drones
    return noun.lemma_.lower() == "vehicle" and any(c.lower_ in CRAFT_WORDS for c in noun.children)


def _in_flight(word: Token) -> bool:
    """A participle of flight on the weapon, or a place in the sky or on the way."""
    return any(_flight_sign(child) for child in word.children)


def _flight_sign(child: Token) -> bool:
    if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in FLIGHT_VERBS:
        return True
    if child.dep_ == "prep" and child.lower_ in FLIGHT_PREPS:
        return True
    if child.dep_ == "prep" and child.lower_ in ("in", "into", "before"):
        return any(o.lower_ in SKY for o in child.subtree)
    return child.lower_ in SKY and child.dep_ in ("advmod", "npadvmod", "amod")
