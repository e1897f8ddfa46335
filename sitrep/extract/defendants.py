"""Demonstrators named as defendants: a court's business, not a demonstration.

'A court adjourned the hearing of 12 protesters charged with unlawful assembly', 'the trial of
five activists', 'a judge sentenced 14 demonstrators to a year in prison', 'protesters
convicted of rioting were freed on bail': the word for demonstrators names who a court hears,
charges or sentences, which ACLED codes as no event (nor does it date a demonstration).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Words for people who demonstrate, a protest cue's nouns.
DEMONSTRATOR_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
# What a court holds for or about someone ('the hearing of', 'the trial of').
PROCEEDINGS = frozenset({
    "hearing", "trial", "case", "sentencing", "prosecution", "conviction", "acquittal",
    "arraignment", "indictment", "bail",
})  # fmt: skip
# What a court or prosecutor does to someone ('charged with', 'sentenced to').
COURT_VERBS = frozenset({
    "charge", "sentence", "convict", "acquit", "try", "indict", "arraign", "remand",
    "prosecute", "fine", "jail", "imprison",
})  # fmt: skip


def named_as_defendants(doc: Doc, trigger: Trigger) -> bool:
    """The trigger is a demonstrator noun naming whom a court hears, charges or sentences."""
    word = doc[trigger.head]
    if trigger.cue != "protest" or word.lemma_.lower() not in DEMONSTRATOR_NOUNS:
        return False
    return _heard(word) or _charged(word)


def _heard(noun: Token) -> bool:
    """'the hearing of 12 protesters', 'the case against five demonstrators'."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "against", "for"):
        return False
    return prep.head.lemma_.lower() in PROCEEDINGS


def _charged(noun: Token) -> bool:
    """'protesters charged with unlawful assembly', 'sentenced 14 demonstrators',
    '20 protesters were convicted'."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in COURT_VERBS for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in COURT_VERBS
