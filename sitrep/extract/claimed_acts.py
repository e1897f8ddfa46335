"""A side that claims its own act is its agent, not only its source.

'Regime forces claimed to have destroyed three IS vehicles', 'ISIS Hunters claimed to destroy
an IS car bomb': the subject of a verb of saying whose infinitive complement tells the act is
the one who did it (the infinitive has no subject of its own), unlike 'the army said militants
killed two farmers', where the army only reports. So is the subject of 'claimed' whose object
is the act or the responsibility for it ('ISWAP claimed an attack on a base', 'JNIM claimed
responsibility for the ambush'): a group's claim names it as the act's doer.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

CLAIM_NOUNS = frozenset({"responsibility", "credit"})


def claims_own_act(subject: Token, heads: Collection[int]) -> bool:
    """The subject's verb of saying takes, as an infinitive complement, a clause holding one
    of the act's words ('claimed to have killed', 'claimed to destroy'), or a clause whose
    subject is its own ('the army said its aircraft had neutralised dozens')."""
    say = subject.head
    if say.lemma_.lower() == "claim" and _claimed_object(say, heads):
        return True
    for complement in say.children:
        if complement.dep_ not in ("xcomp", "ccomp"):
            continue
        if complement.dep_ == "ccomp" and not _its_own_subject(complement):
            continue
        if any(word.i in heads for word in complement.subtree):
            return True
    return False


def _its_own_subject(clause: Token) -> bool:
    """'its aircraft had neutralised ...': the clause's subject belongs to the sayer."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children)
        for c in clause.children
    )


def _claimed_object(claim: Token, heads: Collection[int]) -> bool:
    """'claimed an attack', 'claimed responsibility for the ambush': the act is the object."""
    for obj in claim.children:
        if obj.dep_ != "dobj":
            continue
        if obj.i in heads:
            return True
        if obj.lemma_.lower() in CLAIM_NOUNS and any(
            p.lower_ == "for" and any(w.i in heads for w in p.subtree) for p in obj.children
        ):
            return True
    return False
