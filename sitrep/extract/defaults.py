"""ACLED's names for an actor the text leaves unnamed.

Violence whose perpetrator is not named is coded to "Unidentified Armed Group (<country>)"; a
demonstration whose crowd is not named, to "Protesters (<country>)" or "Rioters (<country>)".
The actor is marked as inferred: it has no evidence span of its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import EventType, SubEventType, event_type_of

# The generic word whose dictionary entry names the unnamed actor of each kind of event.
STAND_IN: dict[EventType, str] = {
    EventType.BATTLES: "unidentified gunmen",
    EventType.EXPLOSIONS: "unidentified gunmen",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "unidentified gunmen",
    EventType.PROTESTS: "protesters",
    EventType.RIOTS: "rioters",
}
NO_STAND_IN = frozenset({SubEventType.GOVERNMENT_REGAINS_TERRITORY})


def with_unnamed_actor(
    draft: Draft, *, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """The draft with actor1 filled by ACLED's stand-in name when the text names nobody."""
    if draft.actor1 is not None or draft.sub_event_type in NO_STAND_IN:
        return draft
    word = STAND_IN.get(event_type_of(draft.sub_event_type.value))
    if word is None:
        return draft
    actor = actors.resolve(word, country=country, on=on)
    if actor is None:
        return draft
    mention = ActorMention(span=draft.trigger, actor=actor, kind="unnamed", generic=True)
    return replace(draft, actor1=mention, actor1_inferred=True)


def localised(
    draft: Draft, *, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """Generic actors read without a country ("police", "regime forces") take the country
    of the place the event happened in."""
    if country is None:
        return draft
    return replace(
        draft,
        actor1=_localise(draft.actor1, actors, country, on),
        actor2=_localise(draft.actor2, actors, country, on),
    )


def _localise(
    mention: ActorMention | None, actors: ActorDictionary, country: str, on: date | None
) -> ActorMention | None:
    if mention is None or not mention.generic or mention.actor.country is not None:
        return mention
    actor = actors.resolve(mention.span.text, country=country, on=on)
    if actor is None or actor.inter != mention.actor.inter:
        return mention
    return replace(mention, actor=replace(actor, framing=mention.actor.framing))
