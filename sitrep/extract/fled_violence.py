"""Violence named only as what people flee: "thousands fled the fighting around Sake",
"families displaced by the violence", "after fleeing the clashes". The report tells a
displacement; the fighting it names is a reference with no sides, day or toll of its own,
and makes no event (the fight, where told, is coded from its own sentence). Fighting named
with its sides ("fled fighting between M23 and the army") stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

FLEEING = frozenset({"flee", "escape", "displace", "uproot", "run"})
VIOLENCE_NOUNS = frozenset({"fighting", "fight", "clash", "violence", "hostility", "combat"})


def fled_violence(doc: Doc, trigger: Trigger) -> bool:
    """The trigger is a bare noun of fighting that people flee or are displaced by."""
    noun = doc[trigger.head]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in VIOLENCE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children):
        return False
    verb = _governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in FLEEING


def _governing_verb(noun: Token) -> Token | None:
    """'fled the fighting' (object), 'fled from the fighting', 'displaced by the fighting'."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "by"):
        prep = noun.head
        return prep.head if prep.dep_ in ("prep", "agent") else None
    return None
