"""Armed men told as the means of an act are the attacker's own, not the side attacked.

'Regime forces targeted with snipers and heavy machine guns areas of the town', 'fighters
targeted areas with heavy machine guns and sniper fire': the snipers are how the forces fired,
so they are no second side (ACLED codes the dead of such fire as civilians attacked).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorMention
from sitrep.extract.arguments import place_span

# Nouns of fire a shooter's word may qualify ('sniper fire', 'sniper shots').
FIRE_NOUNS = frozenset({"fire", "shot", "shooting", "bullet", "round"})
# Words that introduce the means of an act ('targeted the town with snipers').
MEANS_PREPS = frozenset({"with", "using"})
# Acts of fire on a target, whose 'with' tells the means (not 'clashed with militants').
FIRING = frozenset({
    "target", "attack", "hit", "fire", "open", "strike", "shell", "bombard", "pound", "shoot",
    "kill",
})  # fmt: skip
INSIDE_A_NOUN = frozenset({"nmod", "compound", "conj"})
CLIMB = 3


def without_means(doc: Doc, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions that are not told as the means of an act."""
    return [m for m in actors if not _told_as_means(doc, m)]


def _told_as_means(doc: Doc, mention: ActorMention) -> bool:
    if not mention.generic:
        return False
    where = place_span(doc, mention.span.start, mention.span.end)
    if where is None:
        return False
    root = doc[where.root]
    if root.dep_ == "compound" and root.head.lemma_.lower() in FIRE_NOUNS:
        return True
    return _means_of_a_one_sided_act(root)


def _means_of_a_one_sided_act(root: Token) -> bool:
    for _ in range(CLIMB):  # 'with snipers and machine guns', parsed as a noun's modifier
        if root.dep_ not in INSIDE_A_NOUN:
            break
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in MEANS_PREPS:
        return False
    act = root.head.head
    return act.pos_ == "VERB" and act.lemma_.lower() in FIRING
