"""A group's label used as a modifier of what it holds names that group.

'M23 rebels seized Nyabiondo ... Wazalendo fighters attacked rebel positions': 'rebel
positions' are the positions of the rebels the report named, M23, not of some unidentified
group. A generic armed-group word before a noun of held ground ('positions', 'bases',
'camps', 'strongholds', 'hideouts') takes the last named non-state group whose own name was
told with the same word ('M23 rebels', 'JNIM jihadists'); with no such group it stays generic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention

ARMED_NON_STATE = frozenset({2, 3, 4, 8})
HELD = re.compile(
    r"^\s+(?:positions?|bases?|camps?|strongholds?|hideouts?|bastions?|enclaves?|lines|"
    r"fighters'? positions)\b",
    re.IGNORECASE,
)


def resolve_label_modifiers(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Generic labels before held ground take the group named with the same label before."""
    out: list[ActorMention] = []
    for m in mentions:
        named = _named_alike(text, m, out)
        out.append(replace(m, actor=named.actor, generic=False) if named else m)
    return out


def _named_alike(
    text: str, mention: ActorMention, before: Sequence[ActorMention]
) -> ActorMention | None:
    if not mention.generic or mention.kind != "armed_group":
        return None
    if not HELD.match(text[mention.span.end : mention.span.end + 40]):
        return None
    word = _stem(mention.span.text)
    for prior in reversed(before):
        if prior.generic or prior.actor.inter not in ARMED_NON_STATE:
            continue
        if word in {_stem(w) for w in prior.span.text.split()}:
            return prior
    return None


def _stem(word: str) -> str:
    """'rebels' and 'rebel', 'militias' and 'militia' are one label."""
    lowered = word.lower().strip()
    if lowered.endswith("ies"):
        return lowered[:-3] + "y"
    return lowered[:-1] if lowered.endswith("s") else lowered
