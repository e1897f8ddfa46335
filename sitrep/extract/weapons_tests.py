"""Weapons fired in a test or into open water: 'North Korea fired two ballistic missiles into
the sea', 'Iran test-fired a cruise missile during naval drills', 'the missile splashed down
in the ocean'. No one is struck: a launch with no target is a show of force, not remote
violence (ACLED does not code it as an attack)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.cue_kinds import REMOTE_FIRE_CUES
from sitrep.extract.modality import governing_chain
from sitrep.extract.triggers import Trigger

CLAUSE_LINKS = ("advcl", "conj", "xcomp")
OPEN_WATER = frozenset({"sea", "ocean", "waters", "water"})
DRILLS = frozenset({"drill", "drills", "exercise", "exercises", "test", "tests", "trial", "trials"})
MOCK = frozenset({"mock", "dummy", "simulated", "practice", "decoy"})
LAUNCH_VERBS = frozenset({"fire", "launch", "land", "splash", "fall", "fly", "test"})


def fired_in_a_test(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's weapon was fired into open water or in a test or drill, or its flight
    is told ('the missiles flew 300 km')."""
    if trigger.cue not in REMOTE_FIRE_CUES | {"attack_weak"}:
        return False
    word = doc[trigger.head]
    while word.dep_ == "conj" and word.head.pos_ in ("NOUN", "PROPN"):
        word = word.head  # 'sending warships and jets'
    verb = word.head if word.dep_ in ("dobj", "nsubj", "nsubjpass") else word
    clause = governing_chain(verb, CLAUSE_LINKS, most=3)
    if any(_drills_held(v) or _at_mock_targets(v) for v in clause):
        return True  # 'held live-fire drills around the island, sending warships and jets'
    if verb.lemma_.lower() not in LAUNCH_VERBS:
        return False
    return _tested(verb) or _into_open_water(verb) or _during_drills(verb) or _flight(verb)


def _drills_held(verb: Token) -> bool:
    """'held a large exercise', 'conducted live-fire drills': the drill is the clause's act."""
    return any(c.dep_ == "dobj" and c.lower_ in DRILLS for c in verb.children)


def _at_mock_targets(verb: Token) -> bool:
    """'firing artillery at mock targets'."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")]
    aims = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(m.lower_ in MOCK for o in aims for m in o.children if m.dep_ in ("amod", "compound"))


def _flight(verb: Token) -> bool:
    """'The missiles flew about 300 km': a flight told, aimed at nothing named."""
    if verb.lemma_.lower() != "fly":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("into", "at", "onto") for c in verb.children)


def _tested(verb: Token) -> bool:
    """'test-fired', 'test launched': the test word hangs on the verb."""
    return any(c.lower_ == "test" and c.i < verb.i for c in verb.children)


def _into_open_water(verb: Token) -> bool:
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in")]
    return any(o.lemma_.lower() in OPEN_WATER for p in preps for o in p.children)


def _during_drills(verb: Token) -> bool:
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "in")]
    return any(o.lower_ in DRILLS for p in preps for o in p.children if o.dep_ == "pobj")
