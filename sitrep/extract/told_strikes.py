"""Strikes told on after their striker was named are the striker's.

A report of an air campaign names who strikes once ("Israeli air strikes killed 23 people
across the Gaza Strip overnight") and then goes through the strikes place by place without
naming it again ("In Deir al-Nasr, a strike on a house killed 11 people. Another strike hit a
tent ..."). An air or drone strike whose sentence names no striker is the strike of the one
side the report named striking from the air before it, as an ACLED coder reads it; when the
report named two or more sides striking from the air, or none, the striker stays unknown: the
report's protagonist stands in for it only when it is a state's forces or was told striking
from the air ("Rebels attacked an army post. A drone strike hit a car" names no striker).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

# Words of striking from the air right after a side's name ("Israeli air strikes", "Russian
# warplanes", "Turkish drones struck").
AIR_WORDS = re.compile(
    r"^['’]?s?\s*(?:air\s*strikes?|airstrikes?|air\s+raids?|drone\s+strikes?|warplanes?|"
    r"(?:fighter\s+)?jets?|military\s+aircraft|aircraft|drones?|helicopters?)\b",
    re.IGNORECASE,
)
# A side's name that itself ends on them ("regime warplanes", "US drones").
AIR_NAME = re.compile(r"\b(?:warplanes?|jets?|aircraft|drones?|helicopters?|air\s*force)$", re.I)
ARMED_INTERS = frozenset({1, 2, 3, 8})
STATE_INTERS = frozenset({1, 8})
# A state's aircraft named by its demonym ("Israeli air strikes", "Russian and Syrian
# warplanes": each demonym of a pair counts).
STATE_AIR = re.compile(
    r"\b(?P<demonym>[A-Z][\w-]+)\s+(?:(?:and|or)\s+(?P<other>[A-Z][\w-]+)\s+)?"
    r"(?:air\s*strikes?|airstrikes?|air\s+raids?|drone\s+strikes?|warplanes?|"
    r"(?:fighter\s+)?jets?|military\s+aircraft|aircraft|drones?|helicopters?)\b"
)


def striker_told_before(
    draft: Draft,
    *,
    actors: ActorDictionary,
    mentions: Sequence[ActorMention],
    text: str | None,
    on: date | None,
) -> Draft:
    """The draft with the report's one air striker as the actor of an air strike whose
    sentence names none."""
    if text is None or draft.sub_event_type != SubEventType.AIR_DRONE_STRIKE:
        return draft
    if draft.actor1 is not None and not draft.actor1_inferred:
        return draft
    before = text[: draft.sentence.start]
    strikers = [m for m in mentions if m.span.end <= draft.sentence.start and _strikes(m, text)]
    strikers += _states_striking(before, actors, draft, on)
    names = {m.actor.name for m in strikers}
    if len(names) != 1:
        return _without_a_grounded_striker(draft, names)
    striker = strikers[-1]
    actor2 = draft.actor2
    if actor2 is not None and actor2.actor.name == striker.actor.name:
        actor2 = None
    return replace(draft, actor1=striker, actor1_inferred=True, actor2=actor2)


def _without_a_grounded_striker(draft: Draft, strikers: set[str]) -> Draft:
    """An air strike's striker taken from the rest of the report ('Rebels attacked an army
    post. A drone strike hit a car ...') must be a state's forces or a side the report told
    striking from the air; else the striker is unknown."""
    agent = draft.actor1
    if agent is None or not draft.actor1_inferred or agent.actor.inter in STATE_INTERS:
        return draft
    if agent.actor.name in strikers:
        return draft
    return replace(draft, actor1=None, actor1_inferred=False)


def _strikes(mention: ActorMention, text: str) -> bool:
    if mention.actor.inter not in ARMED_INTERS:
        return False
    after = text[mention.span.end : mention.span.end + 30]
    return AIR_WORDS.match(after) is not None or AIR_NAME.search(mention.span.text) is not None


def _states_striking(
    before: str, actors: ActorDictionary, draft: Draft, on: date | None
) -> list[ActorMention]:
    """The states whose aircraft the report named before ('Israeli air strikes')."""
    found = []
    for match in STATE_AIR.finditer(before):
        for word in (match.group("demonym"), match.group("other")):
            country = actors.country_of_demonym(word) if word else None
            actor = actors.resolve("warplanes", country=country, on=on) if country else None
            if actor is not None:
                found.append(
                    ActorMention(span=draft.trigger, actor=actor, kind="military", generic=True)
                )
    return found
