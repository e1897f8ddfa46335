"""The enemy as a party's own statement names it.

A side's communiqué calls the other side "the enemy", "the occupiers", "the invaders" or
"enemy forces" ("Over the past day the enemy launched 61 air strikes ... Russian forces
shelled ..."). The statement's own side is the first armed actor the report names (its
issuer: "the General Staff of the Armed Forces of Ukraine", "Hezbollah said"); the enemy is
the other armed actor it names. The word is a loaded label, kept as the framing tag. A report
that names no other side leaves the word unresolved, and so does one that names several
(the enemy could be any of them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.model import Span

# Armed sides: state forces, rebels, political and identity militias, external forces.
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
# "the enemy", "the occupiers", "enemy forces": a determiner, or a noun of forces after.
ENEMY = re.compile(
    r"\b(?:(?:the|The)\s+(?P<bare>enemy|occupiers|invaders|adversary)(?!\s+of\b)"
    r"(?:\s+(?P<noun1>forces|troops|units|aircraft|aviation|drones|artillery|army|soldiers))?"
    r"|(?P<label>[Ee]nemy)\s+(?P<noun2>forces|troops|units|aircraft|aviation|drones|artillery|"
    r"army|soldiers))\b"
)
FRAMING = {"enemy": "enemy", "occupiers": "occupiers", "invaders": "invaders", "adversary": "enemy"}


def enemy_named(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions, with 'the enemy' (and its kin) added as the other side of the report's
    issuer, when the report names exactly one other armed side."""
    sides = _named_sides(mentions)
    if len(sides) != 2:
        return list(mentions)
    enemy = sides[1]  # the first named is the issuer's own side
    found = [
        _as_enemy(text, m, enemy)
        for m in ENEMY.finditer(text)
        if not any(_overlaps(x, m.start(), m.end()) for x in mentions)
    ]
    return sorted([*mentions, *found], key=lambda x: x.span.start)


def _named_sides(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The first mention of each armed actor the report names, in order of first mention."""
    seen: dict[str, ActorMention] = {}
    for m in sorted(mentions, key=lambda x: x.span.start):
        if m.generic or m.actor.inter not in ARMED_INTERS:
            continue
        seen.setdefault(m.actor.name, m)
    return list(seen.values())


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
