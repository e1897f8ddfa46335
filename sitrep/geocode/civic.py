"""A name used as a municipality: "the Athens City Council", "Jordan Elementary School",
"City of Paris", "420 Oak St., Alexandria". Such a name is a town (not the country or
province that shares it), and a town that a report's own home region may claim."""

from __future__ import annotations

import re

# institutions a town has and a country or province does not (a state has a chamber of
# commerce and a board of education too)
_AFTER = re.compile(
    r"\s+(?:City\s+Council|Town\s+Council|Village\s+Board|[Cc]ity\s+(?:[Mm]anager|[Hh]all)"
    r"|Mayor|Police(?:\s+Department)?|Fire\s+(?:Department|Chief)|[Ee]lementary"
    r"|(?:[Mm]iddle|[Hh]igh)\s+[Ss]chool|Junior\s+High|Public\s+(?:Library|Schools)"
    r"|(?:Independent\s+)?School\s+District|[Ss]chool\s+[Bb]oard|Township)\b"
)
_BEFORE = re.compile(
    r"(?:\b(?:City|Town|Village|Borough|Township)\s+of"
    r"|\b\d+\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Hwy|Highway)\.?,)\s*$"
)
REACH = 60


# people named after where they live: "a Jordan man", "the Lebanon resident"
_RESIDENT_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|resident|residents|native|teen|teenager|boy|girl|couple"
    r"|motorist|motorcyclist)\b"
)


def resident_use(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] names where a person lives ("a Jordan man"): a
    country's people take its demonym ("a Jordanian man"), so a name used so that is also a
    country's is the town's."""
    return bool(_RESIDENT_AFTER.match(text, end, min(len(text), end + REACH)))


def civic_use(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is used as a municipality."""
    if _AFTER.match(text, end, min(len(text), end + REACH)):
        return True
    return bool(_BEFORE.search(text[max(0, start - REACH) : start]))
