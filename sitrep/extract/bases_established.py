"""A base or headquarters set up, told with the verb and its object apart: "the Arakan Army
set up a new regional command headquarters in Paletwa", "militants established two bases in
the forest", "a forward operating base was opened near the border".

The lexicon's phrases ("set up a base") need the words side by side; reports put
adjectives and names between them. Read here from the parse: a verb of founding whose object
(or passive subject) is a noun of military seat. A camp is left out (protest camps, displaced
people's camps), and so is a base built for another's use ("a base for peacekeepers").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

FOUNDING = frozenset({"establish", "open", "build", "install", "create", "construct"})
SET_UP = frozenset({"set"})  # with the particle "up"
SEAT_NOUNS = frozenset({"base", "headquarters", "hq", "outpost", "garrison", "stronghold"})
COMMAND_SEATS = frozenset({"post", "centre", "center"})  # "a command post", "a command centre"


def bases_established(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """Every verb between tokens `start` and `end` that tells of a base or headquarters
    set up."""
    for token in doc[start:end]:
        if token.pos_ != "VERB" or not _founding(token):
            continue
        if any(_a_seat(noun) for noun in _objects(token)):
            yield token


def _founding(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in SET_UP:
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in FOUNDING


def _objects(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
            yield from (c for c in child.conjuncts if c.dep_ == "conj")


def _a_seat(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if noun.lower_ == "bases":  # the lemmatizer reads "bases" as "basis"
        lemma = "base"
    if lemma in COMMAND_SEATS:
        return any(c.lower_ == "command" for c in noun.lefts)
    return lemma in SEAT_NOUNS
