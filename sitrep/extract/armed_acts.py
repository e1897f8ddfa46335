"""What an armed act's words tell about its kind, read from the parse: an attack repelled is
a fight ('forces thwarted a Houthi attack'); positions targeted with no weapon named are struck
from afar ('rebels targeted regime positions'); an air strike that 'engaged' a unit fought
nobody (the strike is the act).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorMention
from sitrep.extract.triggers import Trigger

# Verbs of beating back an attack: the defenders fought it (ACLED: an armed clash).
REPELLING = frozenset({"thwart", "foil", "repel", "repulse", "fend", "counter", "halt"})
ATTACK_NOUNS = frozenset({"attack", "assault", "offensive", "raid", "ambush", "incursion"})
# Cues of a bomb or a suicide attack: a foiled one is disrupted weapons use, not a fight.
BOMB_CUES = frozenset({"explosive", "suicide_bomb", "grenade", "chemical"})
BOMB_WORDS = frozenset({"bomb", "suicide", "ied", "explosive", "grenade", "rocket", "missile"})
REMOTE_CUES = frozenset({"air_strike", "shelling"})
# What is only ever struck from afar when targeted: a side's positions.
POSITION_NOUNS = frozenset({"position", "positions", "fortification", "fortifications"})
AREA_NOUNS = frozenset({
    "area", "town", "village", "outskirts", "neighborhood", "neighbourhood", "city", "district",
    "countryside", "vicinity", "locality", "hill", "front", "outskirt",
})  # fmt: skip
PLACES = frozenset({"GPE", "LOC", "FAC"})
AIRCRAFT = frozenset({"helicopter", "aircraft", "plane", "warplane", "jet", "drone"})
# Fire told beside the targeting: with it, positions targeted may be a firefight.
GUNFIRE_WORDS = frozenset({"gunfire", "sniper", "rifle", "gun", "bullet", "shoot", "shot"})
# Heavy guns fired at an area ('fired heavy machine guns at Ad Dubyani area', '14.5mm machine
# guns'): ACLED codes such fire from afar as shelling when it harms nobody.
HEAVY_GUNS = re.compile(
    r"\b(heavy|medium)( and (heavy|medium))?[- ]?(machine[- ]?guns?|machineguns?|weapons)\b|"
    r"\b\d+(\.\d+)? ?(mm|caliber)\b( and [\d.]+ ?mm)? (machine[- ]?guns?|weapons)\b|"
    r"\bmachine[- ]?guns?, (assumedly|presumably|likely) heavy\b",
    re.IGNORECASE,
)
FIRING = frozenset({"fire", "target", "open", "employ", "use"})
# Vehicles of war: destroying one is an act of battle, not property destruction.
WAR_VEHICLES = frozenset({
    "tank", "armor", "armour", "humvee", "bmp", "apc", "svbied", "vbied", "technical",
})  # fmt: skip
# ...and vehicles that are a side's when the phrase names an armed side ('IS pickups').
VEHICLES = frozenset({"vehicle", "pickup", "truck", "bulldozer", "car", "convoy", "jeep"})
DESTROYING = frozenset({"destroy", "disable"})
ARMED_INTERS = frozenset({1, 2, 3, 8})
HARM = frozenset({"kill", "murder", "die", "dead", "death", "injure", "wound", "hurt"})


def retyped(
    doc: Doc, triggers: Sequence[Trigger], actors: Sequence[ActorMention] = ()
) -> list[Trigger]:
    """The triggers with the kind their words tell: repelled attacks, positions targeted,
    air strikes 'engaging' a unit, vehicles of war destroyed."""
    cues = {t.cue for t in triggers}
    out: list[Trigger] = []
    for t in triggers:
        if _strike_engaged(doc, t, cues):
            continue
        if _repelled_attack(doc, t, cues) or _war_vehicle_destroyed(doc, t, cues, actors):
            t = replace(t, cue="fight")
        elif _positions_targeted(doc, t, cues) or _heavy_gunfire(doc, t):
            t = replace(t, cue=_remote_kind(doc[t.head]))
        out.append(t)
    return out


def _repelled_attack(doc: Doc, trigger: Trigger, cues: set[str]) -> bool:
    """'pro-Hadi forces thwarted a Houthi attack', 'repelled an IS attack on al-Tarmiyah': an
    attack beaten back was met by arms (a foiled bombing stays a disrupted one)."""
    if trigger.cue != "attack" or cues & BOMB_CUES:
        return False
    noun = doc[trigger.head]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ATTACK_NOUNS:
        return False
    if any(w.lemma_.lower() in BOMB_WORDS for w in noun.lefts):
        return False  # "foiled a car bomb attack"
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPELLING


def _war_vehicle_destroyed(
    doc: Doc, trigger: Trigger, cues: set[str], actors: Sequence[ActorMention]
) -> bool:
    """'Free Syrian Army forces destroyed two regime tanks', 'destroyed 5 IS pickups': an armed
    side destroying the other's vehicles of war fights it (ACLED: a battle), unless a weapon
    from afar or a bomb did it ('destroyed a tank with an ATGM')."""
    if cues & (REMOTE_CUES | BOMB_CUES):
        return False
    verb = doc[trigger.head]
    if trigger.cue not in ("looting", "attack") or verb.lemma_.lower() not in DESTROYING:
        return False
    if not any(m.actor.inter in ARMED_INTERS for m in actors):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_war_vehicle(doc, g, actors) for o in objects for g in (o, *o.conjuncts))


def _war_vehicle(doc: Doc, noun: Token, actors: Sequence[ActorMention]) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in WAR_VEHICLES or noun.lower_ in WAR_VEHICLES:
        return True
    if lemma not in VEHICLES:
        return False
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return any(start <= m.span.start < end and m.actor.inter in ARMED_INTERS for m in actors)


def _positions_targeted(doc: Doc, trigger: Trigger, cues: set[str]) -> bool:
    """'Faction fighters targeted regime positions': positions targeted, with no gunfire,
    clash or other weapon told, were shelled (or struck from the air by aircraft)."""
    if trigger.cue != "attack_weak" or cues & (REMOTE_CUES | BOMB_CUES | {"fight"}):
        return False
    verb = doc[trigger.head]
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "target":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += list(doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)])  # a parse gone astray
    if any(t.lemma_.lower() in GUNFIRE_WORDS for t in verb.sent):
        return False
    if any(o.lower_ in POSITION_NOUNS for o in objects):
        return True
    # 'Regime forces targeted, by unknown means, Zafar village', 'used a MLRS to target
    # areas of northern Afrin': a place targeted, harming nobody, was fired on from afar.
    places = [o for o in objects if o.lemma_.lower() in AREA_NOUNS or o.ent_type_ in PLACES]
    return bool(places) and not any(t.lemma_.lower() in HARM for t in verb.sent)


def _heavy_gunfire(doc: Doc, trigger: Trigger) -> bool:
    """'fired heavy and medium machine guns at Ad Dubyani area', 'fired 14.5mm machine guns at
    scattered areas ... no report of fatalities': heavy guns fired at an area, harming nobody,
    are fire from afar (ACLED: shelling); with anyone killed or hurt it is an attack."""
    verb = doc[trigger.head]
    if trigger.cue not in ("attack_weak", "attack") or verb.lemma_.lower() not in FIRING:
        return False
    sent = verb.sent
    if HEAVY_GUNS.search(sent.text) is None:
        return False
    return not any(t.lemma_.lower() in HARM for t in sent)


def _remote_kind(verb: Token) -> str:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "helicopters targeted IS positions" misparsed
    subjects += [c for s in subjects for c in s.conjuncts]
    words = {w for s in subjects for w in (s.lemma_.lower(), s.lower_.removesuffix("s"))}
    aircraft = bool(words & AIRCRAFT)
    return "air_strike" if aircraft else "shelling"


def _strike_engaged(doc: Doc, trigger: Trigger, cues: set[str]) -> bool:
    """'an airstrike engaging one IS tactical unit', 'coalition strikes engaged two IS
    units': what engaged is the strike, no side that fought (coalition reports' wording)."""
    if trigger.cue != "fight" or "air_strike" not in cues:
        return False
    verb = doc[trigger.head]
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "engage"
