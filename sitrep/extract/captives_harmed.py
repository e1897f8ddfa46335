"""Abductions that are attacks: the captives killed or tortured, or the taking only tried.

'Militants abducted four girls and a woman. One woman was killed.': ACLED codes an abduction
whose victims are killed or tortured as an attack, also when the report tells the harm in the
sentence after the taking. 'Gunmen attacked and tried to kidnap a nun': a taking that was
only tried leaves the attack as the act.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.extract.quantities import fatalities
from sitrep.extract.triggers import Trigger

TORTURE = re.compile(r"\btortur\w*", re.IGNORECASE)
TRYING = frozenset({"try", "attempt", "seek"})
VIOLENT = frozenset({"attack", "fight", "live_fire"})


def harmed_next(sent: SpacySpan) -> bool:
    """The next sentence counts dead or tells torture."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    after = doc[sent.end].sent
    count = fatalities(after)
    return bool(count and count.value) or TORTURE.search(after.text) is not None


def without_tried_takings(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less an abduction only tried, beside a violent act that took place."""
    if not any(t.cue in VIOLENT for t in triggers):
        return triggers
    return [t for t in triggers if not (t.cue == "abduction" and _tried(doc, t))]


def _tried(doc: Doc, trigger: Trigger) -> bool:
    head = doc[trigger.head]
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in TRYING
