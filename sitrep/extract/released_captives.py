"""Captives released and what is handed over.

A report of a release tells the taking only to say who was freed: 'Al Shabaab released 11
passengers it had seized from a bus last week', 'freed a fisherman they had held captive for
four months'. The taking there describes the people freed (a relative clause on the freed
verb's object); it is an earlier act, coded when it happened, not a new abduction or a
capture of ground on the day of the release.

'Hand over' gives ground only when ground is what is handed: 'handed over the town to the
army', 'handed over control of the crossing'. A person ('the man was handed over to the
mayor') or a thing ('surrendered, handing over 12 rifles') handed over is no transfer of
territory.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.control_taken import PLACE_ENTITIES, PLACE_NOUNS
from sitrep.extract.triggers import Trigger

# Verbs that free people held.
FREEING = frozenset({"release", "free", "rescue", "liberate", "return"})
# Cues of taking people or ground that a relative clause on the freed may tell.
TAKING_CUES = frozenset({"capture", "abduction", "arrest", "hostage"})
# Words of ground or of its control, handed over.
GROUND_WORDS = PLACE_NOUNS | frozenset(
    {
        "control", "territory", "position", "headquarters", "headquarter", "base", "post",
        "garrison", "facility", "port", "zone", "province", "state", "county", "municipality",
        "township", "sector", "security", "responsibility", "authority", "administration",
    }
)  # fmt: skip
OBJECT_DEPS = ("dobj", "nsubjpass")


# Verbs of taking people, whose clause on the freed tells how they came to be held ('a soldier
# it had captured during a clash in March': the clash too is the earlier act's).
TAKING_VERBS = frozenset({
    "capture", "seize", "abduct", "kidnap", "take", "hold", "detain", "arrest", "keep",
})  # fmt: skip


def taken_from_the_freed(doc: Doc, trigger: Trigger) -> bool:
    """The trigger's taking is told of captives the sentence frees ('released the passengers
    they had seized', 'the hostages it had abducted were freed'), or the trigger lies in such
    a clause ('a soldier it had captured during a clash')."""
    word = doc[trigger.head]
    for _ in range(6):
        if word.dep_ in ("relcl", "acl") and word.head.i != word.i and _freed(word.head):
            own = word.i == trigger.head and trigger.cue in TAKING_CUES
            return own or word.lemma_.lower() in TAKING_VERBS
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _freed(captives: Token) -> bool:
    return captives.dep_ in OBJECT_DEPS and captives.head.lemma_.lower() in FREEING


def handed_no_ground(doc: Doc, trigger: Trigger) -> bool:
    """A 'hand over' whose object is a person or a thing, not ground ('handed over 12
    rifles', 'the suspect was handed over to the police')."""
    verb = doc[trigger.head]
    if trigger.cue != "withdraw" or verb.lemma_.lower() != "hand":
        return False
    handed = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    handed += [o for p in verb.children if p.dep_ == "prt" for o in p.children]  # "over 12 rifles"
    if not handed and verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        handed = [verb.head]  # "the weapons handed over by the rebels"
    return bool(handed) and not any(_is_ground(t) for t in handed)


def _is_ground(noun: Token) -> bool:
    if noun.ent_type_ in PLACE_ENTITIES:
        return True
    return noun.lemma_.lower() in GROUND_WORDS or noun.lower_ in GROUND_WORDS
