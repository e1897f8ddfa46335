"""Subjects that refer back to the people of the sentence before: "they", or a definite noun
phrase naming again a noun told there ("a group of people gathered ... The group called for
...", "members of the caravan blocked traffic ... The caravan demands ...")."""

from __future__ import annotations

from spacy.tokens import Span, Token

PLURAL_PRONOUNS = frozenset({"they"})
DEFINITE = frozenset({"the", "this", "these"})


def refers_back(subject: Token, before: Span) -> bool:
    """Whether a subject names again the people of the sentence `before`."""
    if subject.lower_ in PLURAL_PRONOUNS:
        return True
    if subject.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children
    ):
        return False
    lemma = subject.lemma_.lower()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in before)
