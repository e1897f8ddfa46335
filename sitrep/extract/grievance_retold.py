"""An arrest that a protest is about, told again after it: 'Reporters rallied against the
detention of their editor and called for her to be freed. She was detained over a tax
case.' The arrest is the demonstrators' grievance, an act of an earlier day already named;
retold with a pronoun for the one arrested, it is no new event and no intervention in the
protest."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.extract.doctext import doc_text
from sitrep.extract.triggers import Trigger

PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their"})
# A protest about an arrest, told before: 'against the arrest of', 'demanded his release'.
GRIEVANCE = re.compile(
    r"\b(?:against|over|condemn\w*|protest\w*)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:arrest|detention)\b|\bdemand\w*\s+(?:the\s+|his\s+|her\s+|their\s+)?release\b",
    re.IGNORECASE,
)


def grievance_retold(doc: Doc, trigger: Trigger) -> bool:
    """An arrest of 'he', 'she' or 'they' ('his arrest') told after the report named a
    protest about an arrest."""
    if trigger.cue != "arrest":
        return False
    word = doc[trigger.head]
    held = [c for c in word.children if c.dep_ in ("nsubjpass", "poss")]  # 'his arrest'
    if not held or held[0].lower_ not in PRONOUNS:
        return False
    before = doc_text(doc)[: word.sent.start_char]
    return GRIEVANCE.search(before) is not None
