"""A victim named again by a definite noun ("the man", "the victim") is the one told before.

Local reports tell a killing, then what became of its victim: "Residents beat a man to death
... The man died at the scene", "Maoists killed a villager ... The body of the 40-year-old man
was found near his house". The later sentence's definite singular noun points back at the
victim already counted, as a pronoun would; it adds no death. A definite noun with a word of
addition ("the driver was also killed", "the second man") or a number is a new victim, and
so is one who dies of wounds told before ("The driver died of his wounds on Tuesday").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

DEFINITE = frozenset({"the", "this", "that"})
# words that make the definite noun another victim: "the other man", "the second victim"
ANOTHER = frozenset({
    "other", "second", "third", "fourth", "another", "also", "too", "latter", "former",
})  # fmt: skip
WOUNDING_VERBS = frozenset({"wound", "injure", "hurt", "maim"})
# What a later death of the wounded is told with ("died of his wounds", "in hospital").
LATER_DEATH_WORDS = frozenset({"wounds", "injuries", "hospital", "wound", "injury"})
# a definite victim's words as `definite_victim` spans them: the determiner, a few modifiers
# and the noun ("the 40-year-old man"), never a toll ("the total 26 fatalities")
RETOLD = re.compile(r"^(?:the|this|that)(?: [\w'-]+){1,3}$", re.IGNORECASE)


def definite_victim(noun: Token) -> Token | None:
    """The determiner of a singular noun that names a victim already told ('The man died'),
    else None."""
    if noun.tag_ != "NN" or noun.pos_ != "NOUN":
        return None
    dets = [c for c in noun.children if c.dep_ == "det" and c.lower_ in DEFINITE]
    if not dets or any(c.lower_ in ANOTHER for c in noun.children):
        return None
    if any(c.dep_ in ("nummod", "poss") for c in noun.children):
        return None
    if any(t.lower_ in ANOTHER for t in noun.sent):
        return None  # "The policeman guarding him was also killed"
    if noun.dep_ == "nsubj" and _died_of_wounds(noun.head) and _told_as_wounded(noun):
        return None  # "The driver died of his wounds": told as wounded, a death of its own
    return dets[0]


def _told_as_wounded(noun: Token) -> bool:
    """Whether the noun was told before as wounded ('wounded his driver', 'the driver was
    injured')."""
    for earlier in noun.doc[: noun.sent.start]:
        if earlier.lemma_ != noun.lemma_ or earlier.dep_ not in ("dobj", "nsubjpass"):
            continue
        if earlier.head.lemma_.lower() in WOUNDING_VERBS:
            return True
    return False


def _died_of_wounds(verb: Token) -> bool:
    """'died of his wounds', 'died from her injuries', 'succumbed to his injuries', 'died in
    hospital': someone told as wounded dies later."""
    lemma = verb.lemma_.lower()
    if lemma not in ("die", "succumb"):
        return False
    told = {t.lower_ for p in verb.children if p.dep_ == "prep" for t in p.subtree}
    return bool(told & LATER_DEATH_WORDS)


def retold(texts: list[str], dead: int) -> bool:
    """Whether a count of one names its victim by a definite noun (the evidence text starts
    with its determiner, as `definite_victim` spans it: "The man", "the 40-year-old man")."""
    return dead == 1 and len(texts) == 1 and RETOLD.match(texts[0]) is not None
