"""Fires a strike sets are its damage, not a crowd's burning.

'Israeli artillery shelled the outskirts of Houla, setting fields ablaze', 'a drone struck a
fuel depot, setting it on fire', 'the shell set the market on fire': the burning words are
also a crowd's ('set tyres on fire'), and beside a shelling they made the act a riot. A
burning told as what a shelling, air strike or blast did (a participle clause on its verb,
or a verb whose subject is the weapon) is that act's damage and no act of its own. A crowd's
fires beside a clash ('protesters clashed with police, setting cars ablaze') stay theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

REMOTE_CUES = frozenset({
    "shelling", "air_strike", "explosive", "grenade", "suicide_bomb", "chemical",
})  # fmt: skip
BURNING_CUE = "riot"
CONSEQUENCE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})


def without_strike_fires(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less the burnings that a remote strike told beside them did."""
    remote = [t for t in triggers if t.cue in REMOTE_CUES]
    if not remote:
        return list(triggers)
    heads = {doc[t.head] for t in remote}
    return [t for t in triggers if t.cue != BURNING_CUE or not _set_by(doc[t.head], heads)]


def _set_by(word: Token, strikes: set[Token]) -> bool:
    """The burning word's verb is a participle clause of a strike's verb, or has a strike for
    its subject."""
    verb = _verb_of(word)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c in strikes for c in verb.children):
        return True  # 'the shell set the market on fire'
    if verb.dep_ not in CONSEQUENCE_DEPS or verb.tag_ != "VBG":
        return False
    governor = verb.head
    return governor in strikes or any(c in strikes for c in governor.children)


def _verb_of(word: Token) -> Token:
    """The verb the burning word hangs from ('setting fields ablaze': 'setting')."""
    current = word
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current
