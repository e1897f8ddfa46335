"""A place said to lie in a named town or area is read within its reach.

"the Old City in Damascus", "the Old City of Mosul": when the report puts a name inside
another ("X in Y", "X of Y") and Y is resolved, a reading of X in another country than Y
(an "Old City" in the United States) is no reading; X is left unresolved and the report's
place falls back to Y. Readings in Y's own country are left to the scores (a park "in
DeKalb" may share its name with a town of the same state).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.model import Place

# "X in Y", "X of Y", "X in the city of Y": the words between two names that put one inside
_INSIDE = re.compile(
    r"^\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town|village|district|province|governorate)\s+of\s+)?$"
)


def said_inside(text: str, end: int, outer_start: int) -> bool:
    """Whether the words from a name's end to the next name's start put it inside that name."""
    return bool(_INSIDE.match(text[end:outer_start]))


def within_reach(
    text: str,
    spans: Sequence[tuple[int, int]],
    places: Sequence[Place | None],
    containers: Sequence[int | None],
    contains: Callable[[Place, Place], bool],
) -> list[Place | None]:
    """Each place, or None when the text puts its name inside another name (index in
    `containers`) whose resolved town or area does not hold it (`contains`)."""
    out = list(places)
    for i, j in enumerate(containers):
        if j is None or out[i] is None or places[j] is None:
            continue
        inner, outer = out[i], places[j]
        assert inner is not None and outer is not None
        if not _holder(outer) or _wide(inner):
            continue
        between = text[spans[i][1] : spans[j][0]]
        if _metaphor(between, outer) or inner.country_code == outer.country_code:
            continue
        if said_inside(text, spans[i][1], spans[j][0]) and not contains(outer, inner):
            out[i] = None
    return out


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


def quarter(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name a quarter of a town (or a district, an area)."""
    return bool(_QUARTER_AFTER.match(text, end) or _QUARTER_BEFORE.search(text[:start]))


def local_quarters(
    text: str, spans: Sequence[tuple[int, int]], places: Sequence[Place | None]
) -> list[Place | None]:
    """Each place, or None when the text calls its name a quarter or district and it lies in
    none of the countries of the report's other places ("the Askari neighbourhood of
    Kirkuk" is in Iraq, not Iran)."""
    out = list(places)
    for i, place in enumerate(places):
        if place is None or not quarter(text, *spans[i]):
            continue
        others = {p.country_code for k, p in enumerate(places) if k != i and p is not None}
        others.discard(None)
        if others and place.country_code not in others:
            out[i] = None
    return out
