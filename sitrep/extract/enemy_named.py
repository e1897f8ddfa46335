"""The enemy as a party's own statement names it.

A side's communiqué calls the other side "the enemy", "the occupiers", "the invaders" or
"enemy forces" ("Over the past day the enemy launched 61 air strikes ... Russian forces
shelled ..."). The statement's own side is the side of the country its speakers name ("the
Ukrainian General Staff said"), else the first armed actor the report names (its issuer:
"the General Staff of the Armed Forces of Ukraine", "Hezbollah said"); the enemy is the
other armed actor it names. The word is a loaded label, kept as the framing tag. A report
that names no other side leaves the word unresolved, and so does one that names several
(the enemy could be any of them). In such a statement a fight told with one side only
("Ukrainian defenders repelled 31 attacks") was fought with the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.extract.actors import ActorMention
from sitrep.extract.attribution import SAY_VERBS
from sitrep.extract.events import Draft
from sitrep.model import Span
from sitrep.taxonomy import SubEventType

# Armed sides: state forces, rebels, political and identity militias, external forces.
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
# "the enemy", "the occupiers", "enemy forces": a determiner, or a noun of forces after.
ENEMY = re.compile(
    r"\b(?:(?:the|The)\s+(?P<bare>enemy|occupiers|invaders|adversary)(?!\s+of\b)"
    r"(?:\s+(?P<noun1>forces|troops|units|aircraft|aviation|drones|artillery|army|soldiers))?"
    r"|(?P<label>[Ee]nemy)\s+(?P<noun2>forces|troops|units|aircraft|aviation|drones|artillery|"
    r"army|soldiers))\b"
)
# Nouns after a name that make it a place's: "the al-Amal neighbourhood", "Wagner street".
PLACE_AFTER = re.compile(
    r"\s+(?:neighbou?rhoods?|district|quarter|street|road|area|camp|village|town|square)\b",
    re.IGNORECASE,
)
FRAMING = {"enemy": "enemy", "occupiers": "occupiers", "invaders": "invaders", "adversary": "enemy"}


def enemy_named(
    text: str, mentions: Sequence[ActorMention], *, issuer: str | None = None
) -> list[ActorMention]:
    """The mentions, with 'the enemy' (and its kin) added as the other side of the report's
    issuer, when the report names exactly two armed sides. `issuer` is the country of whoever
    the report says speaks ('the Ukrainian General Staff said'), when it names one."""
    sides = _issuer_first(_named_sides(text, mentions), issuer)
    if len(sides) != 2:
        return list(mentions)
    enemy = sides[1]
    found = [
        _as_enemy(text, m, enemy)
        for m in ENEMY.finditer(text)
        if not any(_overlaps(x, m.start(), m.end()) for x in mentions)
    ]
    return sorted([*mentions, *found], key=lambda x: x.span.start)


def names_an_enemy(text: str) -> bool:
    """Whether the text calls a side "the enemy" (or its kin): only then does the issuer of
    the report, read from the subjects of its verbs of saying, matter."""
    return ENEMY.search(text) is not None


def fought_with_the_enemy(
    draft: Draft, *, mentions: Sequence[ActorMention], text: str | None
) -> Draft:
    """An armed clash told with one side, in a statement that calls the other 'the enemy'
    and names the two: the side left unnamed is the other one."""
    if draft.sub_event_type != SubEventType.ARMED_CLASH:
        return draft
    if (draft.actor1 is None) == (draft.actor2 is None):
        return draft
    sides = _named_sides(text or "", mentions)
    if len(sides) != 2 or not any(_an_enemy_word(m) for m in mentions):
        return draft
    named = draft.actor1 or draft.actor2
    assert named is not None
    names = [s.actor.name for s in sides]
    if named.actor.name not in names:
        return draft
    other = sides[1 - names.index(named.actor.name)]
    if draft.actor1 is None:
        return replace(draft, actor1=other, actor1_inferred=True)
    return replace(draft, actor2=other, actor2_inferred=True)


def speakers(doc: Doc) -> str:
    """The words of every subject of a verb of saying, in text order: who issues the
    statements a report relays."""
    subjects = [
        c
        for t in doc
        if t.lemma_.lower() in SAY_VERBS and t.pos_ == "VERB"
        for c in t.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
    ]
    return " ; ".join(doc[c.left_edge.i : c.i + 1].text for c in subjects)


def _issuer_first(sides: list[ActorMention], issuer: str | None) -> list[ActorMention]:
    """The issuer's own side first: the side of the speaker's country, else the first named."""
    own = [s for s in sides if issuer is not None and s.actor.country == issuer]
    return [*own, *(s for s in sides if s not in own)]


def _an_enemy_word(mention: ActorMention) -> bool:
    return not mention.generic and ENEMY.fullmatch(mention.span.text) is not None


def _named_sides(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The first mention of each armed actor the report names, in order of first mention."""
    seen: dict[str, ActorMention] = {}
    for m in sorted(mentions, key=lambda x: x.span.start):
        if m.generic or m.actor.inter not in ARMED_INTERS or _names_a_place(text, m):
            continue
        seen.setdefault(m.actor.name, m)
    return list(seen.values())


def _names_a_place(text: str, mention: ActorMention) -> bool:
    """A name that is part of a place's ('the al-Amal neighbourhood'): no side."""
    return PLACE_AFTER.match(text, mention.span.end) is not None


def _as_enemy(text: str, match: re.Match[str], enemy: ActorMention) -> ActorMention:
    word = (match.group("bare") or match.group("label")).lower()
    span = Span(
        start=match.start(), end=match.end(), text=text[match.start() : match.end()],
        label=enemy.kind,
    )  # fmt: skip
    actor = replace(enemy.actor, framing=FRAMING[word], mention=span)
    return ActorMention(span=span, actor=actor, kind=enemy.kind, generic=False)


def _overlaps(mention: ActorMention, start: int, end: int) -> bool:
    return mention.span.start < end and start < mention.span.end
