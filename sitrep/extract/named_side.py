"""The named armed group a state force fought, when the parse left only a generic word.

"Iraqi military airstrikes bombarded IS hideouts, killing five militants": the militants
killed are the group whose hideouts were struck. When the state's forces (or a foreign force)
act, the other side is left unnamed or only a generic armed word ("militants", "gunmen"),
and the sentence names exactly one non-state armed group besides, that group is the other
side: ACLED codes the militants of a named group's positions, vehicles or hideouts as it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.model import Span
from sitrep.taxonomy import EventType, event_type_of

ARMED_EVENTS = frozenset({EventType.BATTLES, EventType.EXPLOSIONS})
STATE_INTERS = frozenset({1, 8})
NON_STATE_ARMED = frozenset({2, 3, 4})
# A group named as the holder of the place struck ("the QSD-held town", "IS-controlled
# neighbourhood"): the name is only a modifier, so the dictionary does not read it as a side.
HOLDER = re.compile(r"\b([A-Z][\w'.]*)-(?:held|controlled|occupied|dominated)\b")


def named_other_side(
    draft: Draft, *, mentions: Sequence[ActorMention], actors: ActorDictionary
) -> ActorMention | None:
    """The one named non-state armed group in the sentence that a state force's fight or
    strike had as its other side, when that side is unnamed or generic; None otherwise. Groups
    that fight on the state's side (`state_ally`) are never its other side."""
    if event_type_of(draft.sub_event_type.value) not in ARMED_EVENTS:
        return None
    agent, other = draft.actor1, draft.actor2
    if agent is None or agent.actor.inter not in STATE_INTERS:
        return None
    if other is not None and not (other.generic and other.kind == "armed_group"):
        return None
    start, end = draft.sentence.start, draft.sentence.end
    named = [
        m
        for m in mentions
        if start <= m.span.start < end
        and not m.generic
        and m.actor.inter in NON_STATE_ARMED
        and not actors.state_ally(m.actor.name)
    ]
    named = named or _holders(draft, actors)
    named = [m for m in named if m.actor.name != agent.actor.name]
    if len({m.actor.name for m in named}) != 1:
        return None
    return named[0]


def _holders(draft: Draft, actors: ActorDictionary) -> list[ActorMention]:
    """Non-state armed groups named as holders of a place in the sentence."""
    found = []
    for m in HOLDER.finditer(draft.sentence.text):
        actor = actors.resolve(m.group(1), country=None)
        if actor is None or actor.inter not in NON_STATE_ARMED or actor.name.startswith("Unid"):
            continue
        if actors.state_ally(actor.name):
            continue
        start = draft.sentence.start + m.start(1)
        span = Span(start=start, end=start + len(m.group(1)), text=m.group(1), label="armed_group")
        found.append(ActorMention(span=span, actor=actor, kind="armed_group", generic=False))
    return found
