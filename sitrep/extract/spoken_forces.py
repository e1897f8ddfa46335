"""'Security forces' in the military's own statement are its troops.

The military's press wing tells its operations as those of 'security forces': 'Security
forces killed three terrorists in Awaran, the ISPR said', 'security forces neutralised two
terrorists, the army said in a statement'. Read alone the words are the police's (the
dictionary's generic reading); told by the military, they are the military's, as ACLED codes
an ISPR communique's operations. The same words told by police, officials or residents stay
as read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.communique_passives import military_speaker
from sitrep.extract.events import Draft

SECURITY_FORCES = re.compile(r"(?:the\s+)?security\s+forces?", re.IGNORECASE)
STATE_INTER = 1


def military_told_forces(
    draft: Draft, *, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """The draft with 'security forces' the military's when a military body tells the act."""
    if not draft.claimed_by or not military_speaker(draft.claimed_by, actors, country, on):
        return draft
    actor1 = _as_military(draft.actor1, actors, on)
    actor2 = _as_military(draft.actor2, actors, on)
    if actor1 is draft.actor1 and actor2 is draft.actor2:
        return draft
    return replace(draft, actor1=actor1, actor2=actor2)


def _as_military(
    side: ActorMention | None, actors: ActorDictionary, on: date | None
) -> ActorMention | None:
    if side is None or not side.generic or side.kind != "police":
        return side
    if side.actor.inter != STATE_INTER or not SECURITY_FORCES.fullmatch(side.span.text):
        return side
    military = actors.resolve("soldiers", country=side.actor.country, on=on)
    if military is None:
        return side
    return replace(side, actor=replace(military, mention=side.actor.mention), kind="military")
