"""An agreement named as one already in force is no new agreement: 'deployed troops as part
of the ceasefire deal', 'under the terms of the truce', 'to implement the peace accord',
'accused each other of violating the ceasefire'. What is done under a deal, or against it, is
told by its own words; ACLED codes an agreement on the day it is reached (or extended)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Nouns whose 'of' names a deal in force: 'as part of', 'under the terms of'.
PART_NOUNS = frozenset({"part", "terms", "framework", "implementation", "violation", "breach"})
# Verbs whose object is a deal in force.
IN_FORCE_VERBS = frozenset({
    "implement", "honour", "honor", "respect", "observe", "violate", "breach", "uphold",
})  # fmt: skip
IN_FORCE_PREPS = frozenset({"under", "despite"})


def agreement_in_force(doc: Doc, trigger: Trigger) -> bool:
    """The agreement trigger names a deal already in force."""
    if trigger.cue != "agreement":
        return False
    noun = _phrase_head(doc[trigger.head])
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in IN_FORCE_VERBS
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in IN_FORCE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PART_NOUNS


def _phrase_head(word: Token) -> Token:
    """'the ceasefire deal': the noun a compound modifies."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word
