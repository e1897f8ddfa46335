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


# Words of a fight whose sides are its subjects ('the army and JNIM clashed'): two actors
# joined before them are the two sides, not one.
STATE_INTER = 1
# Acts whose two parties are their sides however they are joined ('the government and the ELN
# signed a ceasefire').
MUTUAL = frozenset({"Agreement"})
RECIPROCAL = re.compile(
    r"^(?:clash|fight|fought|battl|exchang|skirmish|engag|confront)", re.IGNORECASE
)


def joined_not_opposed(
    draft: Draft, *, mentions: Sequence[ActorMention], text: str | None
) -> Draft:
    """'the army and VDP volunteers repelled an attack', 'Kenyan and Somali forces raided a
    hideout': actors joined as the doers of one act are one side, never each other's target.
    The state leads (else the act's first side stays actor1), the other is its associate,
    and the other side is the armed
    actor named after the act's word ('took the village from HTS'), else left for the
    stand-in rules. Joined before a word of fighting each other ('clashed'), they are the
    two sides."""
    one, two = draft.actor1, draft.actor2
    if text is None or one is None or two is None or draft.assoc1 is not None:
        return draft
    if one.actor.inter not in ARMED or two.actor.inter not in ARMED:
        return draft
    if one.actor.name == two.actor.name or RECIPROCAL.match(draft.trigger.text):
        return draft
    if draft.sub_event_type.value in MUTUAL:
        return draft
    first, second = (one, two) if one.span.start < two.span.start else (two, one)
    if second.span.start > draft.trigger.start:
        return draft  # joined after the act's word: not its doers
    gap = text[first.span.end : second.span.start]
    before = text[max(draft.sentence.start, first.span.start - 20) : first.span.start]
    if not JOINED.match(gap) or BETWEEN.search(before):
        return draft
    names = {one.actor.name, two.actor.name}
    enemy = next(
        (
            m
            for m in mentions
            if draft.trigger.end <= m.span.start < draft.sentence.end
            and m.actor.inter in ARMED
            and m.actor.name not in names
            and "," not in text[draft.trigger.end : m.span.start]
        ),
        None,
    )
    lead, ally = (two, one) if two.actor.inter == STATE_INTER != one.actor.inter else (one, two)
    return replace(draft, actor1=lead, actor2=enemy, assoc1=ally, actor2_inferred=False)
