"""An outcome sought is not one reached: 'trying to reach a ceasefire', 'the troops needed to
retake the capital'.

A ceasefire, or ground taken, told as what someone tries, needs, seeks or works for is no
agreement and no change of territory: 'Negotiators have been trying for months to reach a
ceasefire', 'the mission lacks the troops needed to retake the capital', 'The talks in Cairo
on a ceasefire have dragged on for months', 'They talk about a truce', 'called for a
ceasefire'. (Attacks tried still count: ACLED codes an attempted killing as the attack.) A
try at ground is a fight, though: 'Rebels tried to retake the town but were repelled' is a
clash, not a capture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

OUTCOME_CUES = frozenset({"capture", "agreement"})
# Verbs and nouns of trying: what they govern was attempted (a fight, for ground taken).
TRYING = frozenset({"try", "attempt", "bid"})
# Verbs and nouns of wanting or needing: what they govern did not happen.
SEEKING = frozenset({
    "need", "seek", "strive", "struggle", "effort", "work", "negotiate", "push", "aim",
    # a truce as what talks are about or calls are for: 'talks on a ceasefire'
    "talk", "negotiation", "discuss", "discussion", "call", "demand", "propose", "proposal",
})  # fmt: skip
STEPS = 3  # how far up the clause an outcome's governor may stand ('trying to reach a truce')


def without_sought_outcomes(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers, less agreements and captures only sought, and with captures only tried
    told as the fight they were."""
    kept: list[Trigger] = []
    for trigger in triggers:
        if trigger.cue not in OUTCOME_CUES:
            kept.append(trigger)
            continue
        governor = _governor(doc[trigger.head])
        if governor is None:
            kept.append(trigger)
        elif governor in TRYING and trigger.cue == "capture":
            kept.append(replace(trigger, cue="fight"))
    return kept


def _governor(word: Token) -> str | None:
    """The lemma of the word of trying or seeking the outcome hangs from, if any."""
    current = word
    for _ in range(STEPS):
        if current.dep_ not in ("xcomp", "dobj", "advcl", "pobj", "acl", "prep"):
            return None
        current = current.head
        lemma = current.lemma_.lower()
        if lemma in TRYING or lemma in SEEKING:
            return lemma
    return None
