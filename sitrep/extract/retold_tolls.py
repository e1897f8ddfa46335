"""A toll told again: the same dead counted a second time are not further dead.

- An act retold as the subject of its toll: "Gunmen opened fire on worshippers on Sunday,
  killing 5. The attack left 5 dead and 8 wounded." The second sentence names the act told
  before ("The attack", "the blast") and counts its dead again: ACLED keeps one figure (the
  lowest), never the sum. Further dead ("The attack also left three soldiers dead", "two
  more") and other victims than those counted first are added.
- Another source's figure for the same dead, told after a figure no source was given for:
  "Eight people were killed and 30 injured ... Hospital sources said 14 people died." is
  the lowest figure, 8, as when both figures are attributed (`other_sources.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

if TYPE_CHECKING:
    from sitrep.model import Event, Evidence

# Nouns of an act that a sentence may retell as the subject of its toll.
ACT_NOUNS = frozenset({
    "attack", "blast", "explosion", "strike", "airstrike", "raid", "ambush", "bombing",
    "shelling", "shooting", "clash", "fighting", "violence", "assault", "incident",
})  # fmt: skip
DEFINITE = frozenset({"the", "this", "that"})
# Verbs by which an act's subject counts its dead ("the attack left 5 dead").
TOLL_VERBS = frozenset({"leave", "kill", "claim", "cause"})
FURTHER = re.compile(r"\b(?:more|another|other|additional|further|also)\b", re.IGNORECASE)
# Victims named as people in general: tolls of them count the same dead.
UNNAMED = frozenset({
    "people", "person", "persons", "civilian", "civilians", "villager", "villagers", "dead",
    "victim", "victims", "resident", "residents",
})  # fmt: skip


def act_retold(sent: SpacySpan) -> bool:
    """Whether the sentence's toll is that of an act told before, named as its subject ('The
    attack left 5 dead'), and counts no further dead."""
    if FURTHER.search(sent.text):
        return False
    return any(
        token.lemma_.lower() in TOLL_VERBS and act_as_subject(token)
        for token in sent
        if token.pos_ == "VERB"
    )


def act_as_subject(verb: Token) -> bool:
    """Whether a verb's subject is an act told before ('the attack left', 'the blast
    killed'), or a clause on one ('a clash that left all the militants dead'), and its
    sentence tells no further dead ('the attack also left two officers dead')."""
    if FURTHER.search(verb.sent.text):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in subjects):
        subjects = [verb.head]
    return any(
        s.lemma_.lower() in ACT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in s.children)
        for s in subjects
    )


def same_victims(first: str, again: str) -> bool:
    """Whether two counted phrases ('Eight people', '14 people died') name the same kind of
    victim: the same noun, or people in general on both sides ('villagers', 'people')."""
    one, two = _victim_word(first), _victim_word(again)
    if one is None or two is None:
        return True  # a bare number ('killing 5', '5 dead') counts whoever was counted
    return one == two or (one in UNNAMED and two in UNNAMED)


def _victim_word(phrase: str) -> str | None:
    words = [w for w in re.findall(r"[A-Za-z]+", phrase.lower()) if w not in NUMBER_WORDS]
    words = [w for w in words if w not in ("dead", "died", "killed", "at", "least", "the")]
    if not words:
        return None
    word = words[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozens", "dozen", "and",
})  # fmt: skip


def unsourced_alternative(event: Event, source: str | None, evidence: Sequence[Evidence]) -> bool:
    """Whether a source's toll ('Hospital sources said 14 people died') gives another figure
    for the dead of an event whose figure no source was given for ('Eight people were
    killed'): the same kind of victim, told with no word of further dead."""
    from sitrep.extract.other_sources import source_tag  # it reads the toll reader

    if source is None or source_tag(event.tags) is not None:
        return False
    first = [e.text for e in event.evidence if e.role == "fatalities"]
    again = [e.text for e in evidence if e.role == "fatalities"]
    if not first or not again or FURTHER.search(again[0]):
        return False
    victims = source.rsplit("|", 1)[-1]  # the noun the source's count counts, or 'toll'
    return same_victims(first[0], again[0] if victims == "toll" else victims)


def named_apart(first: Sequence[Evidence], again: Sequence[Evidence]) -> bool:
    """Whether two counts name the dead of different sides ('six soldiers', 'four JNIM
    fighters'): each names a victim of a known side (state forces, armed men, civilians) and
    the sides differ."""
    one = [_victim_word(e.text) for e in first if e.role == "fatalities"]
    two = [_victim_word(e.text) for e in again if e.role == "fatalities"]
    if not one or not two:
        return False
    sides = (_side(one[-1]), _side(two[0]))
    return None not in sides and sides[0] != sides[1]


def _side(word: str | None) -> str | None:
    return next((side for side, words in SIDES.items() if word in words), None)


# Victims by side, singular as `_victim_word` gives them.
SIDES = {
    "state": frozenset({
        "soldier", "troop", "serviceman", "servicemen", "policeman", "policemen", "officer",
        "police", "personnel", "gendarme", "peacekeeper", "commando", "marine",
    }),
    "armed": frozenset({
        "militant", "fighter", "insurgent", "jihadist", "rebel", "terrorist", "gunman",
        "gunmen", "attacker", "assailant", "militiaman", "militiamen", "bandit", "raider",
    }),
    "civilian": frozenset({
        "civilian", "villager", "resident", "child", "children", "woman", "women",
        "worshipper", "farmer", "herder", "student", "trader", "passenger",
    }),
}  # fmt: skip
