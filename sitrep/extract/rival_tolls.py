"""Rival tolls of the same dead: a side's claim of kills against its enemy's own count.

'The group said it had killed 10 soldiers; the AU mission said two of its peacekeepers died':
both figures count the mission's dead, told by each side; ACLED takes the lowest figure
reported, not their sum. Two sides each counting their own losses ('police said two officers
died; the militants said five of their fighters were killed') are different dead, and add up.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitrep.extract.numbers import Count

# Verbs a side reports its own deeds with ("said it had killed", "claimed to have killed").
CLAIM_VERBS = frozenset({"say", "claim", "announce", "boast", "assert", "state"})
SELF_PRONOUNS = frozenset({"it", "they", "we"})
OWN_WORDS = frozenset({"its", "their", "our"})


def claimed_kill(verb: Token) -> bool:
    """'(the group) said it had killed 10 soldiers', 'claimed to have killed': a side's own
    claim of the enemies it killed."""
    if verb.pos_ != "VERB":
        return False
    pronoun = any(c.dep_ == "nsubj" and c.lower_ in SELF_PRONOUNS for c in verb.children)
    to_have = verb.dep_ == "xcomp"  # "claimed to have killed"
    if not (pronoun or to_have):
        return False
    head = verb.head
    return verb.dep_ in ("ccomp", "xcomp", "advcl") and (
        head.lemma_.lower() in CLAIM_VERBS
        or (head.dep_ == "advcl" and head.head.lemma_.lower() in CLAIM_VERBS)
    )


def own_losses(token: Token, counts: Sequence[Count]) -> bool:
    """'two of its peacekeepers died', 'their fighters were killed': the dead are counted
    as the teller's own."""
    doc = token.doc
    for count in counts:
        for word in doc[count.start].subtree:
            if word.dep_ == "poss" and word.lower_ in OWN_WORDS:
                return True
    return False


def lowest_of_rivals(claims: list[Count], losses: list[Count]) -> list[Count]:
    """The rival figure to keep: the lower of the claimed kills and the counted losses."""
    claimed = sum(c.value for c in claims)
    lost = sum(c.value for c in losses)
    return losses if lost <= claimed else claims
