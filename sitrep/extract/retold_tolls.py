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

from sitrep.extract.other_sources import source_tag

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
    for token in sent:
        if token.dep_ != "nsubj" or token.lemma_.lower() not in ACT_NOUNS:
            continue
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
        if definite and token.head.lemma_.lower() in TOLL_VERBS:
            return True
    return False


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
    if source is None or source_tag(event.tags) is not None:
        return False
    first = [e.text for e in event.evidence if e.role == "fatalities"]
    again = [e.text for e in evidence if e.role == "fatalities"]
    if not first or not again or FURTHER.search(again[0]):
        return False
    return same_victims(first[0], again[0])
