"""A crowd named by the party it belongs to: "activists of the BNP and the Awami League".

South Asian reports name party crowds by a word for people and the party after it
("activists of the BNP", "workers of the Congress", "cadres of the CPI(M)"). ACLED codes such
a crowd as the party's ("Rioters (Bangladesh)" with the party associated), as it codes "BNP
activists"; the word for people ("activists" is a word for protesters) is no side of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.extract.actors import ActorMention
from sitrep.extract.arguments import place_span

# generic crowds a party's name may follow ("activists of", "supporters of")
CROWD_KINDS = frozenset({"protesters", "rioters", "civilians"})
PARTY = "party"


def without_party_crowds(doc: Doc, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions, less a generic crowd whose members the text gives as a party's ('activists
    of the BNP'): the party's mention stands for them."""
    parties = [m for m in actors if m.kind == PARTY and not m.generic]
    if not parties:
        return list(actors)
    return [m for m in actors if not _of_a_party(doc, m, parties)]


def _of_a_party(doc: Doc, mention: ActorMention, parties: Sequence[ActorMention]) -> bool:
    if not mention.generic or mention.kind not in CROWD_KINDS:
        return False
    where = place_span(doc, mention.span.start, mention.span.end)
    if where is None:
        return False
    head = doc[where.root]
    named = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(m.span.start <= o.idx < m.span.end for o in named for m in parties)
