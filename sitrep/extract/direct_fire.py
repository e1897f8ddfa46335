"""Direct fire told with remote fire on an armed side: the exchange is an armed clash.

'Troops hit the village with machine-gun fire and mortar rounds, killing two rebel
fighters', 'IS claimed to kill five QSD fighters with guided missiles and sniper fire': ACLED
codes remote weapons used within direct fire on armed men as the battle they are part of; the
same fire on a town, with no armed side hit or named, stays remote violence (shelling). A
roadside bomb told with direct fire that killed fighters ('six fighters were killed by direct
fire and three by IEDs') is the same complex attack.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

# Weapons and fire of direct, line-of-sight combat.
DIRECT_FIRE = re.compile(
    r"\b(small[- ]arms|light (and medium )?weapons|medium weapons|machine ?-?guns?(fire)?|"
    r"machinegun\w*|snipers?|sniper fire|gunfire|direct fire|rifles?|AK-?47s?)\b",
    re.IGNORECASE,
)


def direct_fire_told(sent: SpacySpan) -> bool:
    """The sentence itself names direct-fire weapons or fire."""
    return DIRECT_FIRE.search(sent.text) is not None
