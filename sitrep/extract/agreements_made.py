"""Agreements told with a verb, not named: captives exchanged and fighters surrendering.

ACLED codes prisoner exchanges and surrenders as agreements between the sides. Reports tell
them with a verb whose object or preposition says what it is, which a phrase list cannot:
'the Houthis and the government exchanged 48 prisoners', 'the two sides swapped the bodies
of fighters', '17 NPA members surrendered to troops', 'the fighters laid down their arms'.
Fire exchanged ('exchanged fire') is a fight and takes nothing here; a surrender only
called for or refused ('urged them to surrender', 'refused to surrender') is no act.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

EXCHANGING = frozenset({"exchange", "swap", "trade"})
# What is exchanged in an agreement: captives and the dead.
EXCHANGED = frozenset({
    "prisoner", "detainee", "captive", "hostage", "body", "corpse", "remains", "pow", "pows",
    "soldier", "fighter", "combatant", "abductee",
})  # fmt: skip
SURRENDERING = frozenset({"surrender"})
ARMS = frozenset({"arm", "arms", "weapon", "gun"})


def agreements_made(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Every verb between tokens `start` and `end` that tells captives exchanged or a
    surrender."""
    for token in doc[start:end]:
        if token.pos_ != "VERB" or (token.dep_ == "xcomp" and not _agreed_to(token)):
            continue  # "refused to surrender", "urged them to surrender"
        if _agreement_verb(token):
            yield token


def _agreement_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in EXCHANGING:
        return any(_captives(o) for o in _objects(verb))
    if lemma in SURRENDERING:
        return _surrender(verb)
    return lemma == "lay" and _arms_laid_down(verb)


def _agreed_to(verb: Token) -> bool:
    """'agreed to exchange prisoners': the sides agreed on it."""
    return verb.head.lemma_.lower() == "agree"


def _objects(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
            yield from child.conjuncts


def _captives(noun: Token) -> bool:
    if noun.lemma_.lower() in EXCHANGED or noun.lower_ in EXCHANGED:
        return True
    return noun.lower_ == "war" and noun.head.lower_ == "of"  # "prisoners of war"


def _surrender(verb: Token) -> bool:
    """'surrendered to troops', 'surrendered with their weapons', 'surrendered their arms'
    (not 'surrendered the title' nor a subjectless 'surrendered' of a headline's aside)."""
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ARMS for c in children)


def _arms_laid_down(verb: Token) -> bool:
    """'laid down their arms', 'laid down 40 weapons'."""
    children = list(verb.children)
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in children)
    return down and any(c.dep_ == "dobj" and c.lemma_.lower() in ARMS for c in children)
