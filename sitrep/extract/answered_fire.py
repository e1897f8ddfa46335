"""Remote fire named only as what a response answered is not the act told.

'Pro-Hadi forces responded to shelling of pro-Houthi forces on the Kirsh front, killing and
injuring a number of fighters': the shelling is the other side's, told as the cause; the act
is the response. When every remote word of a sentence is such a cause and another act is told,
the remote words drop out ('In response to regime shelling, rebels shelled regime positions'
keeps the rebels' shelling).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

REMOTE_CUES = frozenset({"air_strike", "shelling", "grenade", "explosive", "chemical"})
ANSWERING = frozenset({"respond", "response", "retaliate", "retaliation", "reply"})
CAUSE_PREPS = frozenset({"to", "for"})


def without_answered_fire(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less remote fire told only as what a response answered, when every remote
    trigger is such and some other act remains."""
    remote = [t for t in triggers if t.cue in REMOTE_CUES]
    if not remote or not all(_answered(doc[t.head]) for t in remote):
        return list(triggers)
    rest = [t for t in triggers if t.cue not in REMOTE_CUES]
    return rest if rest else list(triggers)


def _answered(token: Token) -> bool:
    """The word is the object of 'responded to', 'in retaliation for'."""
    while token.dep_ in ("compound", "amod", "conj") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in CAUSE_PREPS:
        return False
    return prep.head.lemma_.lower() in ANSWERING
