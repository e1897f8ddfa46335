"""Uncertain attributions settled by the report itself.

A source that cannot tell whose warplanes struck writes "Syrian or Russian warplanes"; ACLED
keeps that either-or actor ("Allied Syrian and/or Russian Forces") only when the report names
no party for sure. When the same report also names one of the parties acting on its own
("... while regime forces shelled the town", "The Syrian army also shelled it"), the event is
coded to that sure party. Which actors an attribution is between is data (`either_of:` in
actors.yaml).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorDictionary, ActorMention, actor_key
from sitrep.extract.events import Draft


def settled_attribution(
    draft: Draft, *, actors: ActorDictionary, mentions: Sequence[ActorMention]
) -> Draft:
    """The draft with an either-or actor replaced by the party the report names for sure."""
    actor1 = _settled(draft.actor1, actors, mentions)
    actor2 = _settled(draft.actor2, actors, mentions)
    if actor1 is draft.actor1 and actor2 is draft.actor2:
        return draft
    if actor1 is not None and actor2 is not None and actor1.actor.name == actor2.actor.name:
        return draft  # the sure party is already the other side
    return replace(draft, actor1=actor1, actor2=actor2)


def _settled(
    mention: ActorMention | None, actors: ActorDictionary, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    if mention is None:
        return None
    parties = actors.either_of(mention.actor.name)
    if not parties:
        return mention
    for party in parties:
        base = actor_key(party)[0]
        sure = next((m for m in mentions if actor_key(m.actor.name)[0] == base), None)
        if sure is not None:
            return sure
    return mention
