"""A country named as whose body speaks is no place of the act.

"Ukraine's General Staff later confirmed that its forces had hit the refinery", "Armenia's
Defence Ministry said": the country in the speaker's name says whose ministry or staff it is,
not where the act happened; a sentence that names no other place tells no place of its own.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.attribution import SAY_VERBS


def names_the_speaker(sent: SpacySpan, start: int, end: int, *, country: bool) -> bool:
    """The country mention at [start, end) is the possessor of the one who speaks ('X's
    Defence Ministry said')."""
    if not country:
        return False
    word = sent.doc.char_span(start, end, alignment_mode="expand")
    if word is None:
        return False
    return _speaker(word.root)


def _speaker(word: Token) -> bool:
    if word.dep_ != "poss":
        return False
    body = word.head
    return body.dep_ == "nsubj" and body.head.lemma_.lower() in SAY_VERBS
