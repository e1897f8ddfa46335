"""What a speaker says happens, in the simple present, is a habit, not an act of a day.

Fighters and residents quoted in a feature tell how their war goes: '"They come on
motorbikes, they shoot, they run," the lieutenant said', '"We shoot the ones behind"', '"In
Dori we shoot for weddings too"', '"Soldiers kill our sons," a mother said'. An act told
inside a quotation in the simple present, with no day in its clause, is how things go there
(ambience.py reads the same habit in the reporter's own words when a word such as 'usually'
says so). Quoted acts in the past ('"They shelled the market this morning"') or going on
('"They are shelling the market right now"') are acts; a present headline outside quotation
marks ('Rebels attack Kidal, killing 12') stays one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitrep.extract.attribution import Quote
from sitrep.extract.triggers import Trigger

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
DAY_ENTITIES = frozenset({"DATE", "TIME"})


def said_as_habit(doc: Doc, trigger: Trigger, quotes: Sequence[Quote]) -> bool:
    """The trigger's act is quoted, in the simple present, with no day in its clause."""
    word = doc[trigger.head]
    if not any(q.start <= word.idx < q.end for q in quotes):
        return False
    verb = _clause_verb(word)
    if verb is None or verb.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # 'are shelling', 'have killed', 'will strike': not the simple present
    return not any(t.ent_type_ in DAY_ENTITIES for t in verb.subtree)


def _clause_verb(word: Token) -> Token | None:
    """The act's own verb: the word itself, or the verb it is the subject or object of."""
    if word.pos_ in ("VERB", "AUX"):
        return word
    if word.dep_ in ("nsubj", "dobj") and word.head.pos_ in ("VERB", "AUX"):
        return word.head
    return None
