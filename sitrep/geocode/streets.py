"""Street and road names ("North Main Street", "Highway 19", "County Road 109").

They are places an analyst wants listed, though no gazetteer built from GeoNames holds them:
they come out as toponyms with the hint "R" (road) and stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STREET_SUFFIXES = (
    "Street|Streets|St\\.|Avenue|Ave\\.|Road|Rd\\.|Drive|Lane|Ln\\.|Boulevard|Blvd\\."
    "|Parkway|Pkwy\\.|Circle|Trail|Pike|Freeway|Expressway|Trafficway|Highway"
)
_NAME_WORD = r"(?:[A-Z][\w’'-]*\.?|\d+(?:st|nd|rd|th))"
_DIRECTION_AFTER = r"(?: (?:North|South|East|West)\b)?"
STREET = re.compile(
    rf"\b((?:{_NAME_WORD} ){{1,4}}(?:{STREET_SUFFIXES}))(?![\w-]){_DIRECTION_AFTER}"
)
NUMBERED_ROAD = re.compile(
    r"\b((?:(?:State|U\.S\.|County|Interstate|Illinois|Texas|Farm) )?"
    r"(?:Highway|Hwy\.|Route|Interstate|County Road|FM|US|SR|I)[ -]\d{1,4})\b"
    rf"{_DIRECTION_AFTER}"
)
# capitalised words that start a sentence or clause rather than a street name
LEADING_NOISE = frozenset(
    {"The", "A", "An", "At", "On", "In", "From", "To", "Into", "And", "Of", "By", "Near", "Off"}
    | {"Along", "Across", "Via", "Both", "Closed", "Police", "Officers", "When", "While", "Then"}
    | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


@dataclass(frozen=True, slots=True)
class Street:
    start: int
    end: int
    text: str


def _strip_noise(text: str, start: int, end: int) -> int:
    """Move the start past leading words that are not part of the street's name."""
    while True:
        word = re.match(r"[^\s]+ ", text[start:end])
        if word is None:
            return start
        token = word.group().strip()
        if token not in LEADING_NOISE and not token.endswith(("'s", "’s")):
            return start
        start += word.end()


def _names_something_else(text: str, end: int) -> bool:
    """ "Highway Patrol", "Pleasant Lane School": the street name modifies another name."""
    nxt = re.match(r" ([A-Z][a-z]+)", text[end : end + 16])
    return bool(nxt) and nxt.group(1) not in LEADING_NOISE  # type: ignore[union-attr]


def _closes_sentence(text: str, end: int) -> bool:
    """ "St."/"Ave." followed by a capitalised word ends a sentence more often than a name."""
    return bool(re.match(r" [A-Z][a-z]", text[end : end + 3]))


def _with_direction(text: str, match: re.Match[str]) -> int:
    return match.end() if match.end() > match.end(1) else match.end(1)


def find_streets(text: str) -> list[Street]:
    """Street and numbered-road names in a text, without overlaps, by offset."""
    found: list[Street] = []
    for m in STREET.finditer(text):
        start = _strip_noise(text, m.start(1), m.end(1))
        end = _with_direction(text, m)
        name = text[start:end]
        if " " not in name or name.endswith("County Road"):
            continue
        if name.endswith(".") and _closes_sentence(text, end):
            continue
        if not name.endswith(".") and _names_something_else(text, end):
            continue
        found.append(Street(start, end, name))
    for m in NUMBERED_ROAD.finditer(text):
        end = _with_direction(text, m)
        found.append(Street(m.start(1), end, text[m.start(1) : end]))
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Street] = []
    for street in found:
        if not kept or street.start >= kept[-1].end:
            kept.append(street)
    return kept
