"""Document-level name evidence for recognition: who is a person, and places inside
organisation or facility names ("the Dublin City Council", "Huntsville Fire Department").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.model import Place, Span

TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "gov", "governor", "mayor", "sen", "senator", "rep"}
    | {"gen", "general", "col", "capt", "sgt", "lt", "officer", "judge", "chief", "minister"}
    | {"sheriff", "deputy", "coach", "prof", "rev", "father", "sister", "brother"}
)
DIRECTIONS = frozenset(
    {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"}
    | {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater"}
    | {"Downtown", "Suburban", "Rural"}
)
GENERIC = frozenset(
    {"north", "south", "east", "west", "central", "gulf", "region", "city", "county", "state"}
    | {"area", "valley", "river", "downtown", "midwest", "earth", "heaven", "hell", "nation"}
    | {"world", "town", "village", "province", "district", "capital", "university", "college"}
    | {"church", "metro", "federal", "public", "council", "chamber", "section", "border"}
    | {"white", "delta", "lot", "man", "united", "national", "union", "royal", "grand"}
    | {"general", "first", "new", "center", "centre", "hospital", "park", "school"}
    | {"great", "little", "big", "old", "upper", "lower", "mount", "saint", "lake"}
    | {"commerce", "labor", "labour", "law", "justice", "health", "education", "defense"}
    | {"defence", "agriculture", "finance", "transportation", "interior", "energy", "safety"}
    | {"corrections", "commission", "affairs", "services", "congress", "parliament"}
)
STREET_WORDS = frozenset(
    {"Street", "St.", "Drive", "Dr.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Blvd."}
    | {"Lane", "Parkway", "Trail", "Highway", "Way", "Court", "Place", "Pike", "Square"}
)


def generic(surface: str) -> bool:
    """A capitalised common word that names places only by accident ("Central", "University")."""
    return surface.lower() in GENERIC or surface in DIRECTIONS


def street_end(text: str, end: int) -> int | None:
    """End of a street name when a place name is followed by "Street", "Drive"..."""
    m = re.match(r" ([A-Z][a-z]*\.?)", text[end : end + 12])
    return end + m.end() if m and m.group(1) in STREET_WORDS else None


_TITLE_NAME = re.compile(r"\b([A-Z][a-z]{1,10})\.?\s+([A-Z][\w’'-]+)")


def person_names(text: str, spans: Iterable[Span]) -> set[str]:
    """Surnames the document uses for people: last words of multi-word PERSON spans and
    names after a title ("Mr. Ripley", "Gov. Farrin")."""
    names = set()
    for span in spans:
        words = span.text.split()
        if span.label == "PERSON" and len(words) > 1:
            names.add(_without_possessive(words[-1]))
    for m in _TITLE_NAME.finditer(text):
        if m.group(1).lower() in TITLES:
            names.add(m.group(2))
    return names


def _without_possessive(word: str) -> str:
    """ "Flores'" -> "Flores", "Moayyad’s" -> "Moayyad" (a final s of the name stays)."""
    word = word.strip(".,")
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def is_country(gazetteer: Gazetteer, name: str) -> bool:
    """A country spelled exactly so."""
    return any(
        c.name == name and c.match != "folded" and c.place.feature_code.startswith("PCL")
        for c in gazetteer.exact(name)
    )


def is_major(gazetteer: Gazetteer, name: str) -> bool:
    """A country, first-level area or capital spelled exactly so (an area or capital with no
    recorded people, such as a parish named "Patrick", is no proof)."""
    return any(
        c.name == name
        and c.match != "folded"
        and (
            c.place.feature_code == "PCLI"
            or (c.place.feature_code in {"ADM1", "PPLC"} and c.place.population > 0)
        )
        for c in gazetteer.exact(name)
    )


# a lowercase Arabic-style article joined to a capitalised name: "ar-Rastan", "al-Bab"
ARTICLE_PREFIX = r"(?:al|el|ez|ad|as|ash|ar|an|at|az|ed|es|et|ul|um)-(?=[A-Z])"
_ARTICLE_LED = re.compile(ARTICLE_PREFIX)


def capitalised(surface: str) -> bool:
    """A name's first letter is a capital, or follows a lowercase article ("ar-Rastan")."""
    return surface[:1].isupper() or bool(_ARTICLE_LED.match(surface))


def exact_place(gazetteer: Gazetteer, name: str) -> bool:
    """A place (not a demonym) whose name is spelled exactly as in the text."""
    return any(
        c.name == name and c.match != "folded" and c.kind in ("name", "alternate", "abbreviation")
        for c in gazetteer.exact(name)
    )


MIN_POPULATION_RESPELT = 1000


def respelt_place(gazetteer: Gazetteer, name: str, *, own: bool = False) -> bool:
    """A known place written without its accents, apostrophes or hyphens ("Brasov" for
    Brașov, "ar-Rastan" for Ar Rastan): a populated town or an admin area only, since a
    looser spelling alone says less than the exact one. `own`: the place's own name only,
    no alternate ("Google", a nickname of Topeka)."""
    if not own and exact_place(gazetteer, name):
        return True
    kinds = ("name",) if own else ("name", "alternate")
    return any(
        c.match == "exact" and c.kind in kinds and c.name[:1].isupper() and _settled(c.place)
        for c in gazetteer.exact(name)
    )


def _settled(place: Place) -> bool:
    if place.feature_class == "P":
        return place.population >= MIN_POPULATION_RESPELT
    return place.feature_code in ("ADM1", "ADM2") or place.feature_code.startswith("PCL")


def strip_direction(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """ "North Texas" -> "Texas" unless the whole is a name ("North Carolina")."""
    span = text[start:end]
    head, _, rest = span.partition(" ")
    if head in DIRECTIONS and rest and not gazetteer.known(span) and gazetteer.known(rest):
        return start + len(head) + 1
    return start


def leading_place(
    text: str, start: int, end: int, gazetteer: Gazetteer, *, max_words: int = 4
) -> int | None:
    """End offset of the longest known place name that starts an organisation/facility name
    and is followed by more capitalised words."""
    words = list(re.finditer(r"[A-Z][\w’'.-]*", text[start:end]))
    if len(words) < 2 or words[0].start() != 0:
        return None
    for n in range(min(max_words, len(words) - 1), 0, -1):
        stop = words[n - 1].end()
        if not re.fullmatch(r"[\w’'. -]+", text[start : start + stop]):
            continue
        surface = text[start : start + stop]
        if exact_place(gazetteer, surface):
            return start + _city_of(gazetteer, surface)
    return None


def _city_of(gazetteer: Gazetteer, surface: str) -> int:
    """ "Dublin City Council", "Fargo City Commission": the city's institution, so the place
    is "Dublin", unless "X City" is itself a town's name ("Kansas City", "Carson City")."""
    base, _, last = surface.rpartition(" ")
    if last != "City" or not base or not exact_place(gazetteer, base):
        return len(surface)
    town = any(
        c.name == surface and c.match != "folded" and c.place.feature_class == "P"
        for c in gazetteer.exact(surface)
    )
    return len(surface) if town else len(base)
