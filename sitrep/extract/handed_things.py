"""Things handed over are no ground given up.

'Hand over' tells a withdrawal when what is handed over is ground or its control ('handed
over the base to the army', 'handed over control of the town'); a rebel who surrenders and
'handed over an M14 rifle', police who 'handed over the suspects to the court', or a body
'handed over to the family' give up no territory.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.triggers import Trigger

# What ground is handed over as: a place's word or its control.
GROUND = frozenset({
    "control", "town", "city", "village", "base", "camp", "post", "outpost", "position",
    "positions", "area", "areas", "territory", "checkpoint", "district", "province",
    "region", "airport", "headquarters", "hill", "garrison", "barracks", "port", "crossing",
    "border", "compound", "facility", "station", "bridge", "road", "highway", "security",
})  # fmt: skip
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def things_handed_over(trigger: Trigger, head: Token) -> bool:
    """A 'hand over' whose object is no ground: 'handed over an M14 rifle'."""
    if trigger.cue != "withdraw" or head.lemma_.lower() != "hand":
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and not any(_ground(o) for o in objects)


def _ground(word: Token) -> bool:
    if word.ent_type_ in PLACE_ENTS:
        return True
    words = [word, *(c for c in word.children if c.dep_ in ("compound", "conj"))]
    return any(w.lemma_.lower() in GROUND or w.lower_ in GROUND for w in words)
