"""An act counted among others is the act told before it, not another.

'Insurgents ambushed a police patrol in Tak Bai on Sunday, killing one officer. It was the
third attack in the district this week.': the second sentence counts the ambush among the
week's attacks (the others are not told); 'This was the deadliest bombing in the province
since 2019', 'It is the latest in a string of attacks' rank it. The act's noun, the
complement of 'be' whose subject points back ('it', 'this', 'that'), with an ordinal or a
superlative, tells no act of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

POINTING_BACK = frozenset({"it", "this", "that"})
# Words that rank an act among others: ordinals and 'latest', 'deadliest', 'worst'.
ORDINALS = frozenset({
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "latest", "last", "first",
})  # fmt: skip


def counted_again(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's noun ranks the act just told: 'It was the third attack this week'."""
    word = doc[trigger.head]
    if word.pos_ != "NOUN" or word.dep_ != "attr":
        return False
    verb = word.head
    if verb.lemma_ != "be" or not any(_points_back(c) for c in verb.children):
        return False
    return any(_ranks(c) for c in word.children)


def _points_back(word: Token) -> bool:
    return word.dep_ == "nsubj" and word.lower_ in POINTING_BACK


def _ranks(word: Token) -> bool:
    if word.dep_ not in ("amod", "nummod", "advmod"):
        return False
    return word.lower_ in ORDINALS or word.tag_ == "JJS"
