"""An entry by force told as the way into destruction: 'gunmen stormed a radio station,
smashing equipment and setting the building on fire', 'armed men raided the offices of an
aid group, looting computers and vehicles', 'militiamen broke into a school and burned the
desks'. When the acts done inside are only destruction or looting and nobody is harmed or
taken, the storming is how the property was reached, not an attack on people: ACLED codes
looting/property destruction. Harm, a fight or a taking told with it keeps the attack.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.triggers import Trigger

# Verbs of entering by force.
ENTERING = frozenset({"storm", "raid", "break", "enter", "invade", "overrun"})
ENTRY_CUES = frozenset({"attack", "attack_weak"})
# Cues of destroying or taking property.
DESTROYING = frozenset({"looting", "riot"})


def without_entries_to_destroy(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers less a forced entry whose only acts told with it destroy or loot."""
    entries = [t for t in triggers if t.cue in ENTRY_CUES and _entering(doc[t.head])]
    others = [t for t in triggers if t not in entries]
    if not entries or not others or any(t.cue not in DESTROYING for t in others):
        return list(triggers)
    linked = {e.head for e in entries if any(_joined(doc[e.head], doc[o.head]) for o in others)}
    return [t for t in triggers if t.head not in linked]


def _entering(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ENTERING


def _joined(entry: Token, act: Token) -> bool:
    """The act hangs from the entry's clause: a participle, a conjunct, or a word in either."""
    for _ in range(5):  # the parse may hang a participle on the entry's object
        if act.i == entry.i:
            return True
        if act.head.i == act.i:
            return False
        act = act.head
    return False
