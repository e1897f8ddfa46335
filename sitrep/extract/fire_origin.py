"""Fire told by where it came from: "about 80 rockets were fired from Lebanon at northern
Israel", "several projectiles crossed from Lebanon into the area of Metula", "rockets fired
from Gaza". The weapon is the clause's subject and no one is named firing it: the firer is an
armed side of the country the fire came from, not the state whose forces report it or whose
ground it fell on. A side of that country named as the actor (Hezbollah, Hamas) stays; a state
force of another country (the army that counted the rockets) gives way to ACLED's stand-in for
the origin ("Unidentified Armed Group (Lebanon)"), and the origin's own state forces named as
the target are no side of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

REMOTE_FIRE = frozenset({SubEventType.SHELLING, SubEventType.AIR_DRONE_STRIKE})
STATE_INTERS = frozenset({1, 8})  # a state's forces, at home or abroad
# A weapon as the subject of its own firing, then the place it came from.
FIRED_FROM = re.compile(
    r"\b(?:rockets?|missiles?|projectiles?|mortars?|mortar (?:shells|rounds)|shells|drones?|"
    r"UAVs?)\s+(?:\w+\s+){0,2}?(?:(?:were|was|had been|have been|being)\s+)?"
    r"(?:fired|launched|crossed|came|coming|shot)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|south|north|east|west)\s+)?"
    r"(?P<origin>[A-Z][\w'-]+(?:\s+Strip)?)",
)
STAND_IN = "unidentified gunmen"


def fired_from_abroad(
    draft: Draft, *, actors: ActorDictionary, text: str | None, on: date | None
) -> Draft:
    """The draft with the origin's armed side as the firer of fire told by where it came
    from, when the sentence names no side of that country as its actor."""
    if text is None or draft.sub_event_type not in REMOTE_FIRE:
        return draft
    origin = _origin(text[draft.sentence.start : draft.sentence.end], actors)
    if origin is None or _of_the_origin(draft.actor1, origin):
        return draft
    if draft.actor1 is not None and not _stand_in_or_foreign_state(draft.actor1):
        return draft
    firer = actors.resolve(STAND_IN, country=origin, on=on)
    if firer is None:
        return draft
    actor1 = ActorMention(span=draft.trigger, actor=firer, kind="unnamed", generic=True)
    actor2 = draft.actor2
    if actor2 is not None and actor2.actor.country == origin and actor2.actor.inter in (1, 2):
        actor2 = None  # "crossed from Lebanon": Lebanon's army is no side of it
    return replace(draft, actor1=actor1, actor1_inferred=True, actor2=actor2)


def _origin(sentence: str, actors: ActorDictionary) -> str | None:
    match = FIRED_FROM.search(sentence)
    if match is None:
        return None
    return actors.country_called(match.group("origin"))


def _of_the_origin(mention: ActorMention | None, origin: str) -> bool:
    return mention is not None and mention.actor.country == origin and not _unidentified(mention)


def _stand_in_or_foreign_state(mention: ActorMention) -> bool:
    """A stand-in for an unnamed firer, or a state's forces (of another country)."""
    return _unidentified(mention) or mention.actor.inter in STATE_INTERS


def _unidentified(mention: ActorMention) -> bool:
    return mention.actor.name.startswith("Unidentified")
