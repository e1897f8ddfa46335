"""A war's toll is background, not an event.

'The war between the army and the RSF, which began in April 2023, has killed tens of
thousands of people': the dead of a whole war (or insurgency, conflict, crisis), told as its
running toll, are no act of a day and place; ACLED codes the events, not the war. Fighting,
clashes or an attack that killed people stay events ('Fighting in Sinja killed 12').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Nouns of a whole war, whose dead are a running toll.
WAR_NOUNS = frozenset({
    "war", "conflict", "insurgency", "crisis", "rebellion", "uprising", "revolution",
    "civil war", "campaign", "violence",
})  # fmt: skip
TOLL_VERBS = frozenset({"kill", "claim", "leave", "cost", "displace"})


def war_toll(doc: Doc, trigger: Trigger) -> bool:
    """The trigger tells the dead of a whole war: its verb's subject (or the noun a relative
    clause on it hangs on: 'a war that has killed thousands') is a war."""
    verb = doc[trigger.head]
    if verb.lemma_.lower() not in TOLL_VERBS:
        return False
    return any(_a_war(t) for t in _doers(verb))


def _doers(verb: Token) -> list[Token]:
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        doers.append(verb.head)
    return doers


def _a_war(noun: Token) -> bool:
    """'The war', 'the civil war', 'the insurgency' (not 'the fighting', an act)."""
    if noun.lemma_.lower() != "violence":
        return noun.lemma_.lower() in WAR_NOUNS
    # "violence" is a war only as a running toll ("the violence has killed hundreds")
    return any(c.lower_ in ("has", "have") for c in noun.head.children)
