"""Forces on the state's side are never the state's enemy in the same fight.

"Clashes between regime forces, supported by pro-government militias, and HTS": the militias
fight beside the regime, so ACLED codes them as its associated actor and HTS as the other side.
Which actors fight on the state's side is data (`state_ally: true` in actors.yaml, or the one
country whose state they back: Turkey's operations in Syria fight beside Turkey's forces only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.events import Draft

STATE_INTER = 1
# Words that put an unnamed group on the state's side ("allied Syrian and non-Syrian militias",
# "its loyal gunmen", "pro-government militiamen").
ALLIED_BEFORE = re.compile(
    r"\b(allied|loyal|loyalist|pro-government|pro-regime)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE
)
STATE_KINDS = frozenset({"military", "police", "government"})


def allies_beside_the_state(
    draft: Draft, *, actors: ActorDictionary, mentions: Sequence[ActorMention]
) -> Draft:
    """The draft with a state ally taken from the other side of the state's forces: it becomes
    their associate and the other side is the next armed actor the sentence names (or none,
    for the stand-in rules to fill)."""
    state, ally = draft.actor1, draft.actor2
    if state is None or ally is None or not _state(state):
        return draft
    home = state.actor.country
    if not actors.state_ally(ally.actor.name, state=home) and not _called_allied(draft, ally):
        return draft
    start, end = draft.sentence.start, draft.sentence.end
    enemy = next(
        (
            m
            for m in mentions
            if start <= m.span.start < end
            and not _state(m)
            and m.actor.inter != CIVILIAN_INTER
            and not actors.state_ally(m.actor.name, state=home)
            and m.span != ally.span
            and not _called_allied(draft, m)
        ),
        None,
    )
    assoc = draft.assoc1 or ally
    return replace(draft, actor2=enemy, actor2_inferred=False, assoc1=assoc)


def _state(mention: ActorMention) -> bool:
    """A state's forces, at home (inter 1) or abroad (inter 8, of a state's kind)."""
    return mention.actor.inter == STATE_INTER or mention.kind in STATE_KINDS


def _called_allied(draft: Draft, mention: ActorMention) -> bool:
    """An unnamed group the sentence calls the state's ally ("allied militias")."""
    if not mention.generic:
        return False
    at = mention.span.start - draft.sentence.start
    if not 0 <= at <= len(draft.sentence.text):
        return False
    return ALLIED_BEFORE.search(draft.sentence.text[max(0, at - 40) : at]) is not None
