"""A raid whose only violence is taking people away: the taking is the act.

'QSD fighters raided houses in the town and, when they could not find the wanted men, arrested
five of their brothers': the raid is how the fighters came to take them; with no one harmed, an
armed group's arrest is an abduction (only the state arrests), not an attack.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.extract.triggers import Trigger

ENTERING = frozenset({"raid", "storm"})
TAKING_CUES = frozenset({"arrest", "abduction"})


def taking_raid(doc: Doc, live: Sequence[Trigger]) -> bool:
    """People are taken, and every attack word of the sentence only tells the entry (a raid,
    a storming), with no fight told."""
    cues = {t.cue for t in live}
    if not cues & TAKING_CUES or "fight" in cues:
        return False
    attacks = [doc[t.head] for t in live if t.cue == "attack"]
    return bool(attacks) and all(w.lemma_.lower() in ENTERING for w in attacks)
