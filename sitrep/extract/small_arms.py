"""Grenades thrown with gunfire on armed men: the attack is an armed clash.

'Unidentified men hurled a hand grenade at a police vehicle. The group then directed small arms
fire at the police', 'attacks police officers with grenades, AK-47s': ACLED keeps the Grenade
sub-event for a grenade attack alone; grenades used with small arms against an armed side are
part of an armed clash.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from sitrep.extract.returned_fire import same_scene_next

GUNFIRE = re.compile(
    r"\b(small[- ]arms|gunfire|gunshots?|gunmen fired|AK-?47s?|rifles?|machine ?guns?|"
    r"open(ed|s)? fire|fired (on|at|against|upon|shots)|shot at|shooting at|"
    r"directed [\w ]{0,20}fire)\b",
    re.IGNORECASE,
)


def gunfire_told(sent: SpacySpan) -> bool:
    """The sentence, or the next one there and then, tells gunfire."""
    if GUNFIRE.search(sent.text):
        return True
    after = same_scene_next(sent)
    return after is not None and GUNFIRE.search(after.text) is not None
