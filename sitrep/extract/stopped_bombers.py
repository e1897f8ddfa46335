"""Suicide bombers stopped before they blew themselves up: no bombing took place.

'Iraqi forces gunned down two suicide bombers', 'Security forces killed a presumed IS suicide
bomber equipped with an explosive belt': the forces fought the bombers (ACLED coded these as
battles); 'the suicide bombers were arrested before blowing themselves up': the attack was
disrupted. Only a bomb that went off is a suicide bombing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

KILLING = frozenset({"kill", "gun", "shoot", "neutralize", "neutralise", "eliminate"})
HOLDING = frozenset({
    "arrest", "detain", "capture", "apprehend", "foil", "thwart", "intercept", "stop",
    "prevent",
})  # fmt: skip
DETONATING = frozenset({"detonate", "explode", "blow"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
CLIMB = 2


def bombers_stopped(doc: Doc, triggers: Sequence[Trigger]) -> str | None:
    """'killed' or 'held' when every suicide-bomb cue of the sentence names bombers or an
    attempt that someone killed or held; else None."""
    bombs = [doc[t.head] for t in triggers if t.cue == "suicide_bomb"]
    if any(_went_off(token) for token in bombs):
        return None
    found = {_stopped_by(token) for token in bombs}
    if not bombs or None in found:
        return None
    return "killed" if "killed" in found else "held"


def _stopped_by(token: Token) -> str | None:
    """The verb that takes the bomber or the attempt as its object, when it kills or holds."""
    for _ in range(CLIMB):
        if token.dep_ not in OBJECT_DEPS and token.dep_ != "prep":
            return None
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in KILLING:
            return "killed"
        if lemma in HOLDING:
            return "held"
    return None


def _went_off(token: Token) -> bool:
    """'a suicide bomber who detonated his vest': the bomb went off, whoever shot him."""
    return any(w.lemma_.lower() in DETONATING and w.pos_ == "VERB" for w in token.subtree)
