"""Force against demonstrators that ACLED counts as excessive: lethal, or causing serious
injuries.

ACLED's codebook separates a protest with intervention (force that disperses or suppresses
the demonstrators, with no serious injuries) from excessive force against protesters (force
that kills or causes serious injuries, such as injuries requiring hospital care): "at least
five people were seriously injured as police dispersed the demonstrators" is excessive force.
Serious injuries denied ("no serious injuries were reported") make no such force.
"""

from __future__ import annotations

import re

# "seriously injured", "critically wounded", "serious injuries", "severe bullet wounds"
SERIOUS_HARM = re.compile(
    r"\b(serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grievous(?:ly)?|grave(?:ly)?)\s+"
    r"(?:\w+\s+)?(injur\w*|wound\w*|hurt)\b",
    re.IGNORECASE,
)
# The same told after the count ("injuring 12, including two seriously", "three of them
# critically") or as the victims' state ("in a critical condition").
SERIOUS_AFTER = re.compile(
    r"\b(?:including|of them|among them)\s+(?:\w+\s+){0,2}?"
    r"(?:serious|critical|severe|grievous)ly\b"
    r"|\bin (?:a )?(?:critical|serious) condition\b",
    re.IGNORECASE,
)
# What denies them: "no serious injuries", "without serious injury", "not seriously hurt".
DENIED = re.compile(r"\b(no|not|without|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)


def serious_injuries(text: str) -> bool:
    """The text tells injuries it calls serious, and does not deny them."""
    return any(
        DENIED.search(text[max(0, m.start() - 20) : m.start()]) is None
        for pattern in (SERIOUS_HARM, SERIOUS_AFTER)
        for m in pattern.finditer(text)
    )
