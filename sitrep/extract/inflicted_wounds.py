"""A wound someone inflicted: "a young man was gunshot wounded", "injured by gunshot wounds",
"critically injured by a group of youths", "jailers hit a detainee's head against a door".

A word of hurting ("wound", "injure", "hit") is weak on its own: storms hit, accidents injure.
It tells an attack when the wound is by a firearm or when people inflicted it: the passive
agent or the subject is a person's noun. Vehicles, weather and falls are no one's act, and a
pronoun or a name tells too little (sport: "he hit a home run"). A wound told after another
act of violence ("two groups clashed. Five people were injured with gunshot injuries") or by
a stray bullet is the harm of that act, not an attack of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

HURTING = frozenset({"wound", "injure", "hit"})
FIREARM_WORDS = frozenset({
    "gunshot", "gunfire", "bullet", "gun", "firearm", "rifle", "pistol", "sniper", "shot",
})  # fmt: skip
PERSON_NOUNS = frozenset({
    "man", "woman", "youth", "boy", "group", "gang", "mob", "crowd", "people", "person",
    "individual", "assailant", "attacker", "perpetrator", "gunman", "supporter", "guard",
    "officer", "policeman", "soldier", "militant", "fighter", "villager", "resident",
    "neighbour", "neighbor", "member", "bandit", "thug", "raider", "robber", "suspect",
})  # fmt: skip


# Words of a violent act told before, whose harm a later wound is.
VIOLENT_LEMMAS = frozenset({
    "clash", "fight", "attack", "shoot", "fire", "kill", "ambush", "raid", "explode",
    "explosion", "blast", "shell", "shelling", "strike", "riot", "protest", "demonstration",
    "gunfight", "shootout", "assault", "stab", "beat", "violence", "bomb", "exchange",
})  # fmt: skip


def wound_inflicted(doc: Doc, head: int) -> bool:
    """Whether the weak word at `head` tells a wound by a firearm or by people, as the
    report's first act."""
    verb = doc[head]
    if verb.lemma_.lower() not in HURTING or verb.pos_ not in ("VERB", "ADJ"):
        return False
    if _violence_told_before(verb):
        return False
    return _by_firearm(verb) or any(_person(agent) for agent in _agents(verb))


def _violence_told_before(verb: Token) -> bool:
    return any(t.lemma_.lower() in VIOLENT_LEMMAS for t in verb.doc[: verb.sent.start])


def _by_firearm(verb: Token) -> bool:
    """'gunshot wounded', 'injured by gunshot wounds', 'wounded by gunfire'."""
    if any(t.lower_ == "stray" for t in verb.subtree):
        return False  # a stray bullet is no one's aim
    for child in verb.children:
        if child.lemma_.lower() in FIREARM_WORDS:
            return True
        if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "from", "with"):
            for obj in child.children:
                words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children)}
                if words & FIREARM_WORDS:
                    return True
    return False


def _agents(verb: Token) -> list[Token]:
    """The passive agent ('by a group of youths', 'by a supporter of his rival'), or the
    active subject ('prison guards hit ...')."""
    found = [
        obj
        for child in verb.children
        if child.dep_ == "agent"
        for obj in child.children
        if obj.dep_ == "pobj"
    ]
    if verb.tag_ != "VBN":
        found += [c for c in verb.children if c.dep_ == "nsubj"]
    return found


def _person(noun: Token) -> bool:
    """A noun for people, or 'a group of youths' (its 'of' names them)."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in PERSON_NOUNS:
        return True
    return any(
        c.lower_ == "of" and any(o.lemma_.lower() in PERSON_NOUNS for o in c.children)
        for c in noun.children
    )
