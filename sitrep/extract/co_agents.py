"""Armed actors joined as the doers of one act: the first is actor1, the other its associate.

'Malian soldiers and Africa Corps fighters killed 20 civilians', 'Malian troops backed by
Africa Corps fighters', 'the army, alongside Wazalendo militiamen, attacked ...': ACLED codes
one side with the actor named first (or the state, when it leads) as actor1 and the one
joined to it as its associated actor. Two actors joined as the sides of a fight ('fighting
between the army and JNIM', 'the army and JNIM clashed') are no co-agents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft

ARMED = frozenset({1, 2, 3, 8})
JOINED = re.compile(
    r"^\s*,?\s*(?:and|alongside|together\s+with|backed\s+by|supported\s+by|aided\s+by|"
    r"assisted\s+by|with\s+the\s+(?:support|backing|help)\s+of)\s+(?:the\s+|their\s+|its\s+)?$",
    re.IGNORECASE,
)
BETWEEN = re.compile(r"\b(?:between|among|pitting)\s+(?:the\s+)?$", re.IGNORECASE)
CLASH = "Armed clash"


def with_co_agent(draft: Draft, *, mentions: Sequence[ActorMention], text: str | None) -> Draft:
    """The draft with the armed actor joined to actor1 as its associate, when it has none."""
    agent = draft.actor1
    if text is None or agent is None or draft.assoc1 is not None:
        return draft
    if agent.actor.inter not in ARMED or agent.generic:
        return draft
    if draft.actor2 is None and draft.sub_event_type == CLASH:
        return draft  # 'the army and JNIM clashed': the two sides
    start, end = draft.sentence.start, draft.sentence.end
    for m in mentions:
        if not start <= m.span.start < end or not _another_armed(m, draft):
            continue
        first, second = (agent, m) if agent.span.start < m.span.start else (m, agent)
        gap = text[first.span.end : second.span.start]
        before = text[max(start, first.span.start - 20) : first.span.start]
        if not JOINED.match(gap) or BETWEEN.search(before):
            continue
        return replace(draft, assoc1=m)
    return draft


def _another_armed(mention: ActorMention, draft: Draft) -> bool:
    agent, other = draft.actor1, draft.actor2
    assert agent is not None
    if mention.generic or mention.actor.inter not in ARMED:
        return False
    if mention.actor.name == agent.actor.name:
        return False
    return other is None or (mention.actor.name != other.actor.name and mention.span != other.span)
