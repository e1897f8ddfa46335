"""An 'encounter' is a gunfight between the state's forces and armed men.

In South Asian and Philippine English an encounter is a fight of security forces with
militants, rebels or criminals: 'Two militants were killed in an encounter in Kupwara, the
army said', 'An NPA rebel was killed in an encounter in Bobon'. A report that names only the
armed side (or no side) still tells the state's forces as the other: those the report names
(the army that speaks, the police who said), else the country's military. An encounter
whose two sides are named ('an encounter between two gangs') is left as told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

ENCOUNTER = re.compile(r"encounters?", re.IGNORECASE)
STATE_INTER = 1
ARMED_NON_STATE = frozenset({2, 3, 4})
# Words telling an encounter between others than the state ('between two gangs').
BETWEEN = re.compile(r"\bencounters?\s+between\b", re.IGNORECASE)


def forces_of_the_encounter(
    draft: Draft,
    *,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
    mentions: Sequence[ActorMention] = (),
) -> Draft:
    """The encounter with the state's forces as its first side when it names no state side."""
    if draft.sub_event_type != SubEventType.ARMED_CLASH or not ENCOUNTER.fullmatch(
        draft.trigger.text
    ):
        return draft
    if BETWEEN.search(draft.sentence.text):
        return draft
    told = [s for s in (draft.actor1, draft.actor2) if s is not None]
    sides = [s for s in told if not any(_named_on(s, t) for t in told)]
    if any(s.actor.inter == STATE_INTER for s in sides):
        return draft
    armed = [s for s in sides if s.actor.inter in ARMED_NON_STATE and not _stand_in(draft, s)]
    if len(armed) > 1 or len(sides) > len(armed):
        return draft  # two armed sides named, or someone else (civilians) on a side
    state = _state_named(mentions, country) or _military(draft, actors, country, on)
    if state is None:
        return draft
    other = armed[0] if armed else None
    return replace(
        draft, actor1=state, actor2=other, actor1_inferred=True, actor2_inferred=other is None
    )


def _named_on(side: ActorMention, name: ActorMention) -> bool:
    """'An NPA rebel': the generic word right after a group's name is that group's man."""
    return side.generic and not name.generic and 0 <= side.span.start - name.span.end <= 1


def _stand_in(draft: Draft, side: ActorMention) -> bool:
    """The unnamed stand-in put on the trigger, not a side read in the text."""
    return side.kind == "unnamed" and side.span == draft.trigger


def _state_named(mentions: Sequence[ActorMention], country: str | None) -> ActorMention | None:
    """The state's forces the report names ('the army said'), the first of them."""
    for m in mentions:
        if m.actor.inter == STATE_INTER and (country is None or m.actor.country == country):
            return m
    return None


def _military(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None
) -> ActorMention | None:
    if country is None:
        return None
    actor = actors.resolve("soldiers", country=country, on=on)
    if actor is None:
        return None
    return ActorMention(span=draft.trigger, actor=actor, kind="military", generic=True)
