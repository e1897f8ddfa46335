"""States' forces named by coordinated nationalities before one force noun.

"Malian and Russian forces carried out an air strike", "Chadian and Nigerian troops clashed
with ...": the nationalities share the noun, and the parse makes the last one, which owns it,
the side and the first its associate. Where the state named first fights at home and the other
is a foreign force there, ACLED codes the host state as the actor and the foreign force as its
associate, so the two trade places. Two foreign forces ("Russian and Turkish forces" in Syria)
keep the parse's order, as does a host named second; a state's forces named with an armed
group ("Turkish and Olive Branch forces") are the coalitions' concern.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft

HOST_INTER = 1  # a state's forces at home
FOREIGN_INTER = 8  # ACLED's external forces: a state's forces abroad
_AND = re.compile(r"\s+and\s+")


def first_state_leads(draft: Draft, *, text: str | None) -> Draft:
    """The draft with the host state named first before a foreign force as actor1."""
    one, other = draft.actor1, draft.assoc1
    if text is None or one is None or other is None or not _host_first(one, other):
        return draft
    if other.span.end >= one.span.start or " " in other.span.text.strip():
        return draft  # the associate must be the bare nationality told first ("Malian")
    if _AND.fullmatch(text[other.span.end : one.span.start]) is None:
        return draft
    return replace(draft, actor1=other, assoc1=one)


def _host_first(side: ActorMention, first: ActorMention) -> bool:
    return side.actor.inter == FOREIGN_INTER and first.actor.inter == HOST_INTER
