"""A side that claims its own act is its agent, not only its source.

'Regime forces claimed to have destroyed three IS vehicles', 'ISIS Hunters claimed to destroy
an IS car bomb': the subject of a verb of saying whose infinitive complement tells the act is
the one who did it (the infinitive has no subject of its own), unlike 'the army said militants
killed two farmers', where the army only reports.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def claims_own_act(subject: Token, heads: Collection[int]) -> bool:
    """The subject's verb of saying takes, as an infinitive complement, a clause holding one
    of the act's words ('claimed to have killed', 'claimed to destroy')."""
    say = subject.head
    for complement in say.children:
        if complement.dep_ != "xcomp":
            continue
        if any(word.i in heads for word in complement.subtree):
            return True
    return False
