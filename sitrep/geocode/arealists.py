"""Area words: "Kisumu county", and names listed before a plural area word ("Barrow,
Jackson and Madison counties").

Each name in such a list is the area of that kind ("Barrow County"), not the town or person
the bare name would otherwise be read as.
"""

from __future__ import annotations

import re

# words that make a name an area ("Kharkiv region", "Kisumu county")
ADMIN_WORDS = frozenset(
    {"region", "oblast", "province", "state", "county", "governorate", "district"}
    | {"prefecture", "countryside"}
)
# plural area word -> the singular that ends the areas' own names
PLURAL_AREAS = {
    "counties": "County",
    "parishes": "Parish",
    "provinces": "Province",
    "districts": "District",
    "governorates": "Governorate",
    "oblasts": "Oblast",
    "regions": "Region",
}
_NAME = r"(?:St\.\s*)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
_LIST_TAIL = re.compile(
    rf"(?:\s*,\s*(?:(?:and|or)\s+)?{_NAME}|\s+(?:and|or|&)\s+{_NAME})*"
    rf"\s*,?\s+({'|'.join(PLURAL_AREAS)})\b"
)
REACH = 200


def listed_area(text: str, end: int) -> str | None:
    """The singular area word ("County") when the name ending at `end` stands in a list
    closed by its plural ("Clay, Douglas and Grant counties"), else None."""
    found = _LIST_TAIL.match(text, end, min(len(text), end + REACH))
    return PLURAL_AREAS[found.group(1)] if found else None
