"""Place names inside or beside other names, and name forms the NER or the text shortens:
"Columbus East" (a town's school), "W. Columbia" (West Columbia), "Gun" cut out of "Gun
Barrel City", "Goose Creek" (a town, not a creek), "Northeast Texas Community College" (a
state inside an institution's name), "the Spanish Oaks Apartments" (a style, not a country).
Offsets in, offsets out: the recogniser makes the mentions.
"""

from __future__ import annotations

import re

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.names import exact_place
from sitrep.model import Place

NATURAL_WORDS = frozenset(
    {"river", "lake", "sea", "ocean", "creek", "bay", "gulf", "mountains", "mountain", "valley"}
    | {"desert", "hills", "island", "islands", "strait", "canal", "peninsula", "mount", "mt"}
)
COMPASS = {"N": "North", "S": "South", "E": "East", "W": "West"}
_ABBREVIATED_COMPASS = re.compile(r"([NSEW])\.\s?([A-Z].*)")
NEXT_WORDS = re.compile(r"(?: [A-Z][\w’'.-]*){1,3}")
# a town this large bearing a name that ends in a feature word is known by it ("Goose Creek")
MIN_POPULATION_FEATURE_NAMED = 5_000
_REGIONAL = re.compile(
    r"\b(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern"
    r"|Eastern|Western|Central|Middle|Upper|Lower)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# last words of businesses' and homes' names, whose leading demonym names no country
BUSINESS_WORDS = frozenset(
    {"Apartments", "Restaurant", "Grill", "Cafe", "Café", "Kitchen", "Bakery", "Market"}
    | {"Deli", "Bistro", "Cuisine", "Store", "Shop", "Inn", "Pub", "Bar", "Oaks", "Estates"}
)


def without_trailing_direction(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """ "Columbus East", "Columbus North" (a town's schools or quarters): the end of the town,
    when the whole is unknown and the town is known."""
    head, _, last = text[start:end].rpartition(" ")
    if last not in COMPASS.values() or not head or gazetteer.known(text[start:end]):
        return end
    return start + len(head) if exact_place(gazetteer, head) else end


def compass_name(gazetteer: Gazetteer, surface: str) -> str:
    """ "W. Columbia" is West Columbia: the name to look up when the gazetteer knows the
    written-out name and not the abbreviated one ("" otherwise)."""
    m = _ABBREVIATED_COMPASS.fullmatch(surface)
    if m is None or gazetteer.known(surface):
        return ""
    full = f"{COMPASS[m.group(1)]} {m.group(2)}"
    return full if gazetteer.known(full) else ""


def completed_name(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of the longest known place name that the tagged span begins: the NER cut
    "Gun" out of "Gun Barrel City" ("of Gun Barrel City, guilty")."""
    more = NEXT_WORDS.match(text, end)
    if more is None:
        return end
    words = list(re.finditer(r" [A-Z][\w’'.-]*", more.group()))
    for word in reversed(words):
        stop = end + word.end()
        surface = text[start:stop].rstrip(".,")
        own = (c for c in gazetteer.exact(surface) if c.match == "exact" and c.kind == "name")
        if any(c.name == surface for c in own):
            return start + len(surface)
    return end


def town_of_that_name(gazetteer: Gazetteer, surface: str) -> bool:
    """ "Goose Creek", "Sun Valley", "Laguna Hills": a natural feature's word ends the name of
    a town of some size, or of a province or district ("Tana River" county), so the word does
    not make the name water or relief (a sea's or lake's name stays water: "Red Sea")."""
    word = surface.rsplit(" ", 1)[-1].lower()
    if word not in NATURAL_WORDS:
        return False
    return any(
        c.match == "exact" and c.kind == "name" and _named_after_feature(c.place, word)
        for c in gazetteer.exact(surface)
    )


# feature words whose namesake areas are more often meant than the feature itself
AREA_FEATURE_WORDS = frozenset({"river", "valley", "hills", "mountains"})


def _named_after_feature(place: Place, word: str) -> bool:
    if place.feature_class == "P":
        return place.population >= MIN_POPULATION_FEATURE_NAMED
    return word in AREA_FEATURE_WORDS and place.feature_code in ("ADM1", "ADM2")


def regional_span(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """A state or country after a direction inside an institution's name ("Northeast Texas
    Community College", "Eastern Illinois University", "South Central Tennessee Development
    District"): the institution's region is named. Its offsets, or None."""
    for m in _REGIONAL.finditer(text, start, end):
        for surface in (m.group(1), m.group(1).split(" ")[0]):
            if state_or_country(gazetteer, surface):
                return m.start(1), m.start(1) + len(surface)
    return None


def state_or_country(gazetteer: Gazetteer, surface: str) -> bool:
    """A first-level area or country spelled exactly so, with people."""
    return any(
        c.match == "exact"
        and c.kind == "name"
        and c.name == surface
        and c.place.population > 0
        and (c.place.feature_code == "ADM1" or c.place.feature_code.startswith("PCL"))
        for c in gazetteer.exact(surface)
    )


def business_after(text: str, end: int) -> bool:
    """Whether the capitalised words after `end` end a business's or home's name ("the
    Spanish" of "the Spanish Oaks Apartments")."""
    more = NEXT_WORDS.match(text, end)
    return more is not None and more.group().split()[-1] in BUSINESS_WORDS


# words after a town's or area's name that name a part of it or a unit named after it
# ("Mwingi Central", "Magura Sadar", "Gaurnadi upazila", "Hyesan City"), and the feature
# class they imply (None: the unit may be the town or the area around it)
TAIL_WORDS: dict[str, str | None] = {
    **{w.lower(): None for w in COMPASS.values()},
    **dict.fromkeys(("central", "sadar", "upazila", "constituency", "ward"), None),
    **dict.fromkeys(("sub-county", "subcounty", "municipality"), None),
    # local units of South and South-East Asia named after their seat ("Ann Township",
    # "Kharian Tehsil", "Haveli Taluka")
    **dict.fromkeys(("township", "tehsil", "taluka", "taluk", "mandal"), None),
    "city": "P",
    "town": "P",
}
# "Harbor City" is a district of its own name, not Harbor: a town before "City" or "Town"
# must be of some size to be the one meant
MIN_POPULATION_BEFORE_CITY = 10_000


def tail_name(gazetteer: Gazetteer, surface: str) -> tuple[str, str | None] | None:
    """ "Mwingi Central", "Hyesan City": the name before a unit word when the gazetteer
    knows it and not the whole (a name of its own, "Kansas City", stays whole), and the
    feature class the word implies; None otherwise."""
    base, _, last = surface.rpartition(" ")
    if not base or last.lower() not in TAIL_WORDS or gazetteer.known(surface):
        return None
    hint = TAIL_WORDS[last.lower()]
    if hint == "P" and not _sizeable(gazetteer, base):
        return None
    if not exact_place(gazetteer, base) and not gazetteer.known(base):
        return None
    return base, hint


def _sizeable(gazetteer: Gazetteer, name: str) -> bool:
    """A town or area of this exact name with MIN_POPULATION_BEFORE_CITY people or more."""
    return any(
        c.match != "folded"
        and c.kind != "demonym"
        and c.place.population >= MIN_POPULATION_BEFORE_CITY
        for c in gazetteer.exact(name)
    )


def without_trailing_noun(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """ "a Kisumu beach", "the Garissa road": a lowercase noun the NER ran into a place
    name is no part of it (names are capitalised); the end of the known name before it."""
    head, _, last = text[start:end].rpartition(" ")
    if not head or not last.isalpha() or not last.islower() or gazetteer.known(text[start:end]):
        return end
    return start + len(head) if exact_place(gazetteer, head) else end


def without_city_word(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """ "Hyesan City", "Mandera Town": the town's own name is the mention (the end before
    the word), when `tail_name` reads it so."""
    found = tail_name(gazetteer, text[start:end])
    if found is None or found[1] != "P":
        return end
    return start + len(found[0])
