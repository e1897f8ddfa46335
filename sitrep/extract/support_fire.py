"""Remote fire told as the support of a ground act: the act is the battle.

'PKK militants attacked Turkish soldiers, in conjunction with airstrikes and artillery shelling
by Turkish forces', 'killed during an operation by police supported by the air force': ACLED
codes remote violence inside a battle as the battle, so the strikes told as what accompanied
the ground act do not name the event.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

GROUND_CUES = frozenset({"attack", "fight"})
REMOTE_CUES = frozenset({
    "air_strike", "shelling", "grenade", "explosive", "chemical", "suicide_bomb",
})  # fmt: skip
# Words that make what follows them the support of another act.
SUPPORT_WORDS = frozenset({
    "conjunction", "amid", "amidst", "accompany", "back", "support", "cover", "alongside",
    "assist", "aid", "coordination", "cooperation",
})  # fmt: skip
CLIMB = 4


def remote_alongside(doc: Doc, triggers: Sequence[Trigger]) -> bool:
    """A ground act is told and every remote act in the sentence is told as its support."""
    remote = [t for t in triggers if t.cue in REMOTE_CUES]
    ground = [t for t in triggers if t.cue in GROUND_CUES]
    if not remote or not ground:
        return False
    grounds = {t.head for t in ground}
    return all(
        _told_as_support(doc[t.head], grounds) or _after_support_word(doc[t.head], grounds)
        for t in remote
    )


def _after_support_word(token: Token, grounds: set[int]) -> bool:
    """'attacked soldiers ..., in conjunction with army shelling and airstrikes': remote fire
    listed after a support word that follows the ground act (however the list was parsed)."""
    told = range(min(grounds) + 1, token.i)
    words = (token.doc[i] for i in told)
    return any(w.lower_ in SUPPORT_WORDS or w.lemma_.lower() in SUPPORT_WORDS for w in words)


def _told_as_support(token: Token, grounds: set[int]) -> bool:
    """A support word on the way from the remote act up to the sentence's ground act."""
    for _ in range(CLIMB):
        if token.i in grounds or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in SUPPORT_WORDS or token.lower_ in SUPPORT_WORDS:
            return True
    return False
