"""A raid told as the setting of a taking: "police arrested five suspects in a raid", "troops
seized weapons during a search operation", and an entry told as the first step of one:
"troops stormed several homes and detained three men", "forces raided the village and
arrested two". The raid is how the arrest or the seizure was made, not an attack of its own:
ACLED codes the arrest (or the disrupted weapons use). A raid in which people are killed or
hurt stays an attack, through the verbs that tell the harm.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.extract.triggers import Trigger

# Words of an operation that is only the setting of what was done in it.
RAID_WORDS = frozenset({
    "raid", "operation", "search", "crackdown", "sweep", "swoop", "patrol", "cordon",
})  # fmt: skip
SETTING_PREPS = frozenset({"in", "during", "at"})
# What is done in the raid: people taken in, weapons or goods taken out of use.
TAKING_CUES = frozenset({"arrest", "disrupted", "capture"})
# Verbs of entering by force that open a taking told after them with 'and'.
ENTERING = frozenset({"storm", "raid", "enter", "search", "surround", "break"})


def without_raid_settings(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers without a raid that is the setting of an arrest or a seizure told with it."""
    takings = {t.head for t in triggers if t.cue in TAKING_CUES}
    return [
        t for t in triggers if not _setting_of(doc, t, takings) and not _entry_of(doc, t, takings)
    ]


def _entry_of(doc: Doc, trigger: Trigger, takings: set[int]) -> bool:
    """'stormed several homes and detained a former prisoner': the entry the taking conjoined
    with it was made by."""
    verb = doc[trigger.head]
    if verb.lemma_.lower() not in ENTERING or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "conj" and c.i in takings for c in verb.children)


def _setting_of(doc: Doc, trigger: Trigger, takings: set[int]) -> bool:
    word = doc[trigger.head]
    if word.lemma_.lower() not in RAID_WORDS or word.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS:
        return False
    return prep.head.i in takings
