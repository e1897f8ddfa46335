"""An umbrella side the report then names by its members.

"The rebel and Islamist forces of Hayat Tahrir al-Sham, Nour al-Din al-Zenki, ...",
"opposition rebels, including Hayat Tahrir al-Sham": ACLED codes the side as the first group
named (the others are its associates), not as the umbrella label ("Opposition Rebels (Syria)",
"Islamist Militia (Syria)", an unidentified group).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft

ARMED_GROUP_INTERS = frozenset({2, 3})
# ACLED's umbrella names for sides it cannot name more closely.
UMBRELLA = re.compile(r"^(Opposition Rebels|Islamist Militia|Unidentified )")
# What joins an umbrella to the first group that names it.
MEMBERS_FOLLOW = re.compile(
    r"^\s*(?:(?:and|or)\s+[\w-]+\s+)?(?:forces|factions|fighters|groups|militants|militias)?\s*"
    r"(?:of|,?\s*including|,?\s*such\s+as|,?\s*led\s+by|\()\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def named_by_members(draft: Draft, *, mentions: Sequence[ActorMention], text: str | None) -> Draft:
    """The draft with an umbrella side replaced by the first group named as its member."""
    if text is None:
        return draft
    one = _member(draft.actor1, mentions, text)
    two = _member(draft.actor2, mentions, text)
    if one is draft.actor1 and two is draft.actor2:
        return draft
    return replace(draft, actor1=one, actor2=two)


def _member(
    side: ActorMention | None, mentions: Sequence[ActorMention], text: str
) -> ActorMention | None:
    if side is None or UMBRELLA.match(side.actor.name) is None:
        return side
    after = [m for m in mentions if m.span.start >= side.span.end]
    if not after:
        return side
    first = min(after, key=lambda m: m.span.start)
    if first.generic or first.actor.inter not in ARMED_GROUP_INTERS:
        return side
    if UMBRELLA.match(first.actor.name) is not None:
        return side
    if MEMBERS_FOLLOW.match(text[side.span.end : first.span.start]) is None:
        return side
    return first
