"""An air force's interception tally: "Russia launched 55 drones at Ukraine overnight, and air
defences shot down 42 of them over the Kyiv, Sumy and Poltava regions", "air defences
destroyed 42 of the drones over the Sumy and Poltava regions". The sentence tells a barrage
and where its weapons were downed; the regions it lists are the scenes of the interceptions,
not of strikes. ACLED codes disrupted weapons use in each region, and no strike for the launch
at a whole country, so the weapons the sentence names (launched, or counted as downed) are
read as the weapons downed, not as strikes of their own: the downing tells the act, and the
launch joined to it names the side whose weapons were downed (`state_agents.py`).

A downing told as an aim or a plan ("missiles there to intercept missiles fired by Iran")
changes nothing. A launch at a named place that is not a whole country ("launched 20 drones at
Kharkiv, and air defences shot down 12") keeps its strike there, as does a weapon told hitting
something ("one drone hit a house in Sumy"). Air defences "destroying" weapons is a downing as
"shooting down" is; destroying anything else stays what it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.triggers import Trigger
from sitrep.extract.weapons_found import downing_told
from sitrep.taxonomy import SubEventType

if TYPE_CHECKING:
    from sitrep.extract.actors import ActorDictionary

DISRUPTED = "disrupted"
# Cues a weapon's own name raises ("55 drones", "missiles").
WEAPON_CUES = frozenset({"air_strike", "shelling"})
# Weapons that fly to their target and can be downed on the way.
IN_FLIGHT = frozenset({
    "drone", "uav", "missile", "rocket", "shahed", "projectile", "bomb",
})  # fmt: skip
# Verbs that send weapons off ("launched 55 drones", "fired missiles", "attacked with drones").
LAUNCHING = frozenset({"launch", "fire", "send", "attack"})
# Verbs of a weapon reaching something: the weapon struck, it was no mere interception.
HITTING = frozenset({"hit", "strike", "land", "fall", "crash", "explode", "damage", "kill"})
# Who downs weapons by "destroying" them ("air defences destroyed 42 of them").
DEFENDERS = frozenset({"defence", "defense", "defender", "gunner", "interceptor"})
TARGET_PREPS = frozenset({"at", "on", "against", "towards", "toward"})


def downed_barrage(
    doc: Doc, triggers: Sequence[Trigger], actors: ActorDictionary | None
) -> list[Trigger]:
    """The triggers, with a downing by air defences read as one, and the weapons of a barrage
    told with its downing read as the weapons downed (see the module's docstring)."""
    country_called = actors.country_called if actors is not None else _no_country
    found = [_destroyed_by_defences(doc, t) for t in triggers]
    done = [t for t in found if _told_done(doc[t.head])]
    if not downing_told(doc, done) and not any(_by_defences(doc, t) for t in done):
        return found
    barrage = [t for t in found if _weapon_of_the_barrage(doc, t, country_called)]
    if any(t.cue == DISRUPTED and t not in barrage for t in found):
        return [t for t in found if t not in barrage]  # the downing tells the act
    return [replace(t, cue=DISRUPTED) if t in barrage else t for t in found]


def _no_country(phrase: str) -> str | None:
    return None


def _destroyed_by_defences(doc: Doc, trigger: Trigger) -> Trigger:
    """'air defences destroyed 42 of them': a destroying by air defences is a downing."""
    if trigger.cue != "looting" or not _by_defences(doc, trigger):
        return trigger
    return replace(trigger, cue=DISRUPTED)


def _told_done(word: Token) -> bool:
    """A downing told as done ('shot down', 'were intercepted'), not an aim or a plan ('to
    intercept missiles fired by Iran', 'could shoot down')."""
    verb = word if word.pos_ == "VERB" or word.head.pos_ != "VERB" else word.head
    return verb.tag_ != "VB" and not any(c.tag_ == "MD" for c in verb.children)


def _by_defences(doc: Doc, trigger: Trigger) -> bool:
    verb = doc[trigger.head]
    if verb.lemma_.lower() != "destroy":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DEFENDERS for c in verb.children)


def _weapon_of_the_barrage(
    doc: Doc, trigger: Trigger, country_called: Callable[[str], str | None]
) -> bool:
    if trigger.cue not in WEAPON_CUES and not (
        trigger.cue == "attack" and _attack_with_weapons(doc[trigger.head])
    ):
        return False
    word = doc[trigger.head]
    if trigger.cue in WEAPON_CUES and word.lemma_.lower() not in IN_FLIGHT:
        return False
    verb = word if word.pos_ == "VERB" else _governor(word)
    if verb is None:
        return True  # "42 of the 55 drones": the weapons counted
    lemma = verb.lemma_.lower()
    if lemma in HITTING:
        return False  # "one drone hit a house": a strike
    if lemma in LAUNCHING:
        return _aimed_at_a_country(verb, country_called)
    return True


def _attack_with_weapons(verb: Token) -> bool:
    """'attacked Ukraine with 55 drones'."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "with"
        and any(o.lemma_.lower() in IN_FLIGHT for o in p.children if o.dep_ == "pobj")
        for p in verb.children
    )


def _governor(noun: Token) -> Token | None:
    """The verb a weapon's noun is the object or subject of, through a count ('42 of the
    drones') or an attack's 'with'; None when it hangs from no verb."""
    word = noun
    for _ in range(4):
        head = word.head
        if head.i == word.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        word = head
    return None


def _aimed_at_a_country(verb: Token, country_called: Callable[[str], str | None]) -> bool:
    """A launch with no target named, or at a whole country ('at Ukraine'), not at a town."""
    targets = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if verb.lemma_.lower() == "attack":
        targets += [c for c in verb.children if c.dep_ == "dobj"]
    return all(country_called(_phrase(t)) is not None for t in targets)


def _phrase(word: Token) -> str:
    return word.doc[word.left_edge.i : word.i + 1].text.removeprefix("the ")


def downed_in_flight(sub_event_type: str, sent: SpacySpan) -> bool:
    """Whether an event is a downing of weapons in flight ("shot down 34 of 50 drones
    launched by Russia overnight"): told with no place of its own, it happened over the
    whole country the weapons were launched at, not at the town the report named last."""
    if sub_event_type != SubEventType.DISRUPTED_WEAPONS_USE:
        return False
    return any(t.lemma_.lower() in IN_FLIGHT or t.lower_ in IN_FLIGHT for t in sent)
