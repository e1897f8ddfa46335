"""Blasts a strike set off are its aftermath, not a series of acts: "Drones attacked an
ammunition depot, triggering a series of explosions", "causing a wave of secondary
detonations". The words "a series of" would otherwise tag the event as an aggregate of many
acts (events.py, AGGREGATE); "a series of explosions rocked the city", told as the acts
themselves, still does.
"""

from __future__ import annotations

import re

SET_OFF_BLASTS = re.compile(
    r"\b(?:trigger|caus|spark|set(?:ting)? off|prompt)\w*\s+(?:a\s+)?(?:series|wave) of\s+"
    r"(?:secondary\s+)?(?:explosions|detonations|blasts)\b",
    re.IGNORECASE,
)


def without_set_off_blasts(text: str) -> str:
    """The sentence with the blasts an act set off blanked out."""
    return SET_OFF_BLASTS.sub(" ", text)
