"""A place said to lie in a named town or area is read within its reach.

"the Old City in Damascus", "the Old City of Mosul": when the report puts a name inside
another ("X in Y", "X of Y") and Y is resolved, a reading of X in another country than Y
(an "Old City" in the United States) is no reading; X is left unresolved and the report's
place falls back to Y. In Y's own country only a reading far from the town Y is dropped
(a park "in DeKalb" may share its name with a town of the same state nearby).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.model import Place

# "X in Y", "X of Y", "X village in Y", "X area of the city of Y": the words between two
# names that put the first inside the second
# (the local units of South and South-East Asia and Latin America among them: "Raipura
# upazila of Narsingdi", "Kani township of Sagaing", "the municipality of Argelia")
_HEADS = (
    r"(?:city|town|village|district|province|governorate|area|neighbou?rhood|quarter|street"
    r"|upazila|tehsil|taluka?|taluk|mandal|township|municipality|sub-?district|sub-?division)"
)
_INSIDE = re.compile(rf"^(?:\s+{_HEADS})?\s+(?:in|of)\s+(?:the\s+)?(?:{_HEADS}\s+of\s+)?$")
# a place said to lie in a town yet read this far from it, in the town's own country, is
# another place of the name ("Mukindu village in Ol Kalou" is no town 275 km away)
FAR_IN_COUNTRY_KM = 250.0
# areas small enough that a place said to lie in them lies near them
LOCAL_AREAS = frozenset({"ADM2", "ADM3"})
# a town this large holds its own quarters ("Teen", a hamlet, holds nothing)
MIN_TOWN = 1000
# "the Teen category", "the Texas team": a name between "the" and a common noun other than a
# place word describes that noun, and holds no place
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+([a-z]+)\b")
_PLACE_WORDS = frozenset({
    "city", "town", "village", "district", "province", "governorate", "area", "county",
    "region", "state", "countryside", "neighbourhood", "neighborhood", "quarter", "camp",
    "suburb", "outskirts", "valley", "basin", "plain", "front",
})  # fmt: skip


def said_inside(text: str, end: int, outer_start: int) -> bool:
    """Whether the words from a name's end to the next name's start put it inside that name."""
    return bool(_INSIDE.match(text[end:outer_start]))


def within_reach(
    text: str,
    spans: Sequence[tuple[int, int]],
    places: Sequence[Place | None],
    contains: Callable[[Place, Place], bool],
    km: Callable[[Place, Place], float],
) -> list[Place | None]:
    """Each place, or None when the text puts its name inside the next name, whose resolved
    town or area does not hold it (`contains`): abroad, or in the same country but farther
    than FAR_IN_COUNTRY_KM (`km`) from a town."""
    out = list(places)
    for i in range(len(places) - 1):
        j = i + 1
        inner, outer = out[i], places[j]
        if inner is None or outer is None or not _holder(outer) or _wide(inner):
            continue
        between = text[spans[i][1] : spans[j][0]]
        if _metaphor(between, outer) or not said_inside(text, spans[i][1], spans[j][0]):
            continue
        if attributive(text, *spans[j]):
            continue
        if contains(outer, inner):
            continue
        if inner.country_code != outer.country_code or _far_from_town(inner, outer, km):
            out[i] = None
    return out


def attributive(text: str, start: int, end: int) -> bool:
    """Whether the name stands between "the" and a common noun that is no place word ("the
    Teen category"): it describes the noun and holds no place."""
    after = _ATTRIBUTIVE_AFTER.match(text, end)
    if after is None or after.group(1) in _PLACE_WORDS:
        return False
    return bool(_ATTRIBUTIVE_BEFORE.search(text[max(0, start - 8) : start]))


def _far_from_town(inner: Place, outer: Place, km: Callable[[Place, Place], float]) -> bool:
    """Far from a town, or from a district (a second- or third-level area, which `contains`
    did not find holding it: "Mahsi town of Bahraich district" is no Mahsi 400 km away)."""
    town = outer.feature_class == "P" and outer.population >= MIN_TOWN
    return (town or outer.feature_code in LOCAL_AREAS) and km(inner, outer) > FAR_IN_COUNTRY_KM


def _metaphor(between: str, outer: Place) -> bool:
    """ "the Nice of Russia", "the Venice of the North": a town "of" a country is a likeness."""
    return between.strip().startswith("of") and outer.feature_code.startswith("PCL")


def _holder(place: Place) -> bool:
    """A reading sure enough to hold others: an area, or a town people live in (a hamlet
    of no population read from a stray capitalised word holds nothing)."""
    return place.is_area or (place.feature_class == "P" and place.population > 0)


def _wide(place: Place) -> bool:
    """A continent, country or first-level area is no part of the name after it ("western
    Africa in Morocco")."""
    return place.feature_code.startswith(("CONT", "PCL")) or place.feature_code == "ADM1"


# a quarter of a town: "the Askari neighbourhood", "Mazzeh district", "Colonia Los Pinos"
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|district|area|suburb)\b")
_QUARTER_BEFORE = re.compile(r"\b(?:Colonia|Barangay|Barrio)\s+$")


_LONGEST_QUARTER_WORD = len("Barangay")


def quarter(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name a quarter of a town (or a district, an area)."""
    if _QUARTER_AFTER.match(text, end):
        return True
    # the word before the name is all that can match: search from there, not from the
    # text's start (a search from `pos` still sees the character before it for \b)
    word_end = start
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    first = max(0, word_end - _LONGEST_QUARTER_WORD)
    return bool(_QUARTER_BEFORE.search(text, first, start))


# a city this large, or a capital, named before "neighbourhood" is the city whose quarter the
# text tells of ("residents of the Dhaka neighbourhood"), not a quarter of its name elsewhere
QUARTERS_CITY = 1_000_000


def quarters_holder(place: Place) -> bool:
    """Whether a reading is a capital or a city of QUARTERS_CITY people."""
    if place.feature_code == "PPLC":
        return True
    return place.feature_class == "P" and place.population >= QUARTERS_CITY


def local_quarters(
    text: str,
    spans: Sequence[tuple[int, int]],
    places: Sequence[Place | None],
    toponyms: Sequence[bool],
) -> list[Place | None]:
    """Each place, or None when the text calls its name a quarter or district and it lies in
    none of the countries of the report's other places ("the Askari neighbourhood of
    Kirkuk" is in Iraq, not Iran); `toponyms`: which places count (a demonym's country,
    "the French hospital", does not). A capital or a great city stays (`quarters_holder`)."""
    out = list(places)
    for i, place in enumerate(places):
        if place is None or not quarter(text, *spans[i]) or quarters_holder(place):
            continue
        others = {
            p.country_code for k, p in enumerate(places) if k != i and p is not None and toponyms[k]
        }
        others.discard(None)
        if others and place.country_code not in others:
            out[i] = None
    return out
