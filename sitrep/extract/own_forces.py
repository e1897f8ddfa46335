"""A side's own forces, as its statement names them.

A communiqué tells its own side's acts with a possessive: "The IDF said its troops killed
three operatives", "Hezbollah announced that its fighters shelled the post", "Russia's defence
ministry said its units repelled an attack". 'its troops' there are the speaker's own forces,
not the soldiers of the country the report is about (a generic word alone would make them
that country's army, as in a report from southern Lebanon). The speaker is the named armed
actor right before the saying verb; a state's forces after a country name are handled where
the country is read (`ActorDictionary._owner_before`). Likewise the bare word 'military'
right after a named group is the group's ("a Hezbollah military structure").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention

# Kinds of generic words that name a side's armed men ("troops", "forces", "fighters").
FORCE_KINDS = frozenset({"military", "police", "armed_group"})
# Armed sides that speak for their own men: state forces, rebels, militias, external forces.
SPEAKING_INTERS = frozenset({1, 2, 3, 4, 8})
# Between the speaker and its men: an optional "'s armed wing" or an aside, the saying verb,
# an optional day, 'that', then 'its'.
SAID_ITS = re.compile(
    r"^(?:['’]s?(?:\s+[\w-]+){1,3})?\s*(?:,[^,.;]{1,60},\s*)?\s+"
    r"(?:said|says|announced|reported|claimed|stated|confirmed|added)"
    r"(?:\s+(?:on|late\s+on|early\s+on|in|last)\s+\w+)?(?:\s+that)?\s+its\s*$",
    re.IGNORECASE,
)
# Between a named group and the word 'military' that is its own: a space or a possessive.
GROUPS_OWN = re.compile(r"^(?:['’]s?)?\s$")


def own_forces(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions, with 'its troops' (a generic force word after 'its') right after
    'X said' made X's own, X being a named armed side, and 'military' right after a named
    group made the group's."""
    found = list(mentions)
    for k in range(1, len(found)):
        owner = _speaker_before(text, found[k - 1], found[k]) or _group_before(
            text, found[k - 1], found[k]
        )
        if owner is not None:
            span = found[k].span
            actor = replace(owner.actor, mention=span)
            found[k] = replace(found[k], actor=actor, kind=owner.kind, generic=False)
    return found


def _group_before(text: str, group: ActorMention, word: ActorMention) -> ActorMention | None:
    """ "a Hezbollah military structure", "Hamas's military wing": the bare word 'military'
    right after a named armed group is the group's own, not the country's army."""
    if not word.generic or word.kind != "military" or word.span.text.casefold() != "military":
        return None
    if group.generic or group.actor.inter not in SPEAKING_INTERS:
        return None
    return group if GROUPS_OWN.match(text[group.span.end : word.span.start]) else None


def _speaker_before(text: str, speaker: ActorMention, forces: ActorMention) -> ActorMention | None:
    if not forces.generic or forces.kind not in FORCE_KINDS:
        return None
    if speaker.generic or speaker.actor.inter not in SPEAKING_INTERS:
        return None
    start = forces.span.start
    if forces.span.text[:4].casefold() == "its ":
        start += 3  # the mention holds the possessive ("its jets")
    gap = text[speaker.span.end : start]
    return speaker if SAID_ITS.match(gap) else None
