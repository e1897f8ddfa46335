"""Remote fire told as what came before the act: the act's own weapon names the event.

'Egyptian forces fired artillery at suspected militants after militants detonated an IED
targeting an army vehicle', 'troops shelled militant positions following a roadside bomb
attack': the bombing is the background (coded on its own), and the sentence's act is the
shelling. When a remote trigger sits in a clause of time ('after', 'following', 'since') and
another remote trigger stands outside every such clause, the background one drops out.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

REMOTE_CUES = frozenset({"air_strike", "shelling", "grenade", "explosive", "suicide_bomb"})
BEFORE_WORDS = frozenset({"after", "following", "since"})


def without_remote_background(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less remote fire told in a clause of what came before, when remote fire of
    the act itself is told outside such clauses."""
    remote = [t for t in triggers if t.cue in REMOTE_CUES]
    background = [t for t in remote if _told_as_before(doc[t.head])]
    if not background or len(background) == len(remote):
        return list(triggers)
    return [t for t in triggers if t not in background]


def _told_as_before(word: Token) -> bool:
    """The word sits under 'after'/'following'/'since', as a clause or a noun phrase."""
    current = word
    while current.head.i != current.i:
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BEFORE_WORDS for c in current.children
        ):
            return True
        if current.dep_ in ("pobj", "pcomp") and current.head.lower_ in BEFORE_WORDS:
            return True
        current = current.head
    return False
