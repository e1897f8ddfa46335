"""The dead a gathering honours are not its dead: "laid flowers at a memorial to a dead
opposition leader", "attended the funeral of a dead activist", "a vigil for a dead soldier".
The person commemorated died before the act the sentence tells (a protest, a detention); ACLED
counts only the deaths the event itself caused, so that person adds nothing to its toll.

Only a noun of commemoration on the dead person's phrase counts ("the memorial to", "the
grave of", "in memory of"); "a dead man was found" or "left two dead" stay counted.
"""

from __future__ import annotations

from spacy.tokens import Token

# What honours a dead person ("a memorial to", "the funeral of", "a vigil for", "in memory of").
COMMEMORATION = frozenset({
    "memorial", "funeral", "grave", "tomb", "vigil", "monument", "memory", "honour", "honor",
    "anniversary", "burial", "mourning", "commemoration", "wake", "shrine", "portrait",
})  # fmt: skip
HONOURING_PREPS = frozenset({"to", "of", "for"})


def commemorated(person: Token) -> bool:
    """Whether the noun names someone a memorial, funeral or vigil honours ('a memorial to a
    dead opposition leader')."""
    prep = person.head
    if person.dep_ != "pobj" or prep.lower_ not in HONOURING_PREPS:
        return False
    return prep.head.lemma_.lower() in COMMEMORATION
