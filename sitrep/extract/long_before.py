"""An act told as a time reference long past: "months after capturing the town", "two years
after the massacre", "a year since rebels seized the mine". The act dates the sentence's
news; it happened months or years before it and was news then, so it makes no event now (an
ACLED coder coded it on its own day). An act days or weeks before ("two days after seizing
the town, the rebels executed ...") may be news still, and stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

LONG_SPANS = frozenset({"month", "year", "decade"})
REFERENCE_PREPS = frozenset({"after", "since"})


def long_before(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's act is the object of 'after'/'since' measured in months or years."""
    prep = _reference_prep(doc[trigger.head])
    return prep is not None and any(_a_long_span(c) for c in prep.children)


def _reference_prep(word: Token) -> Token | None:
    """The 'after'/'since' whose object (a gerund, a noun or a clause) holds the word."""
    for _ in range(3):  # the act, its noun phrase, a clause's verb
        if word.dep_ in ("pcomp", "pobj") and word.head.lower_ in REFERENCE_PREPS:
            return word.head
        if word.dep_ == "advcl":  # "months after rebels seized the mine": the clause's mark
            marks = [c for c in word.children if c.dep_ == "mark" and c.lower_ in REFERENCE_PREPS]
            return marks[0] if marks else None
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def _a_long_span(word: Token) -> bool:
    return word.dep_ in ("npadvmod", "advmod", "nummod") and word.lemma_.lower() in LONG_SPANS
