"""Takings that are no change of territory: a crowd seizing a person or a building.

ACLED's territory events are armed groups taking control of places. 'Residents captured and
beat up a robber' is a crowd seizing a man (mob violence); 'workers took over the tax office
to demand the chief's resignation' and 'coffee farmers riot and take over the factory' are a
demonstration's acts. Only armed men (or men not named) taking a place change territory.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.modality import verbal_anchor
from sitrep.extract.triggers import Trigger

# People one takes hold of: a capture of them is no capture of a place.
PERSONS = frozenset({
    "thief", "robber", "suspect", "man", "woman", "boy", "girl", "person", "people", "youth",
    "burglar", "kidnapper", "criminal", "pickpocket", "rustler", "teenager", "child",
    "driver", "official", "officer", "policeman", "soldier", "member", "worker",
})  # fmt: skip
# Organised armed forces, rebels, militias and foreign forces: their takings are territorial.
ARMED = frozenset({1, 2, 3, 4, 8})
# Crowds: rioters, protesters, civilians.
CROWDS = frozenset({5, 6, 7})


def person_taken(doc: Doc, triggers: Sequence[Trigger]) -> bool:
    """Whether what a capture takes is a person ('captured a thief'), not a place."""
    return any(
        _person(o)
        for t in triggers
        if t.cue == "capture"
        for o in _taken(verbal_anchor(doc[t.head]))
    )


def _taken(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _person(noun: Token) -> bool:
    """A word for a person ('a thief', 'the robber'); names are left alone, as villages are
    often read as people ('captured Qadi Rayhalan')."""
    return noun.lemma_.lower() in PERSONS


def crowd_takeover(
    cues: Collection[str], *, inter1: int | None, crowd: bool, person: bool, armed: bool
) -> bool:
    """A taking that is no territory change: of a person (`person`), or by a crowd (`crowd`,
    or people of a crowd's type, or a demonstration's or a riot's cues beside it) that no
    armed actor leads; armed men taken or fought (`armed`) make it a fight over ground."""
    if armed:
        return False
    if person:
        return True
    if inter1 in ARMED:
        return False
    return crowd or inter1 in CROWDS or bool(set(cues) & {"protest", "riot"})
