"""A name the text calls an area is read as an area.

"the Donetsk region", "Kherson Oblast", "the province of Idlib": the report says which kind of
place it means, and a town of the name that heads no area of it is no reading, however
strongly the report's other words lean to that town's country ("Russian drones struck a
house in the Donetsk region" is Donetsk oblast of Ukraine, not the small town of Donetsk in
Russia's Rostov oblast). A town that is the namesake of one of the name's area readings
(the city of Donetsk, seat of the oblast) stays, for the area is then chosen through it, and
so does a town larger than every area of the name ("the Charlotte region" is the city's).
When no reading is an area the text's word changes nothing: the gazetteer may lack the area.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sitrep.geocode.gazetteer import Candidate
from sitrep.model import Place

AREA_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADM4", "ADM5", "ADMD"})
# the words of a province: "district", "county" and "state" also head the names of courts,
# schools and teams ("Ramsey District Court", "Ohio State") and of areas the gazetteer
# records with the word ("Ramsey County"), so they do not count
PROVINCE_WORDS = frozenset({"region", "oblast", "province", "governorate", "prefecture"})
# the province word right after the name ("the Donetsk region"), unless a capitalised word
# goes on with a name ("the Donetsk Region Council"), or before it ("the province of Idlib");
# "southern Idleb" is not enough: "southern Gaza" is the town's
_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)\b(?!\s+[A-Z])")
# "the Donetsk regional governor", "Kharkiv regional administration": the adjective before a
# province's own office names the province (not "a regional airport": an office must follow)
_REGIONAL_OFFICE = re.compile(
    r"\s+regional\s+(?:military\s+)?(?:governor|administration|authorities|head|council"
    r"|prosecutor|police|officials?|chief)\b",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PROVINCE_WORDS)) + r") of\s+(?:the\s+)?$", re.IGNORECASE
)


def area_worded(text: str, start: int, end: int) -> bool:
    """Whether a province word names the mention text[start:end] an area: inside it
    ("Kharkiv Region"), right after it ("the Donetsk region") or before it ("province of
    Idlib"), or an office of the province after it ("the Donetsk regional governor")."""
    last = text[start:end].rsplit(" ", 1)[-1].lower()
    if " " in text[start:end] and last in PROVINCE_WORDS:
        return True
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if after is not None and after.group("word").lower() in PROVINCE_WORDS:
        return True
    if _REGIONAL_OFFICE.match(text, end, min(len(text), end + 60)):
        return True
    return bool(_WORD_BEFORE.search(text[max(0, start - 30) : start]))


def area_readings(
    cands: Sequence[Candidate], namesake: Callable[[Place, Place], bool]
) -> list[int]:
    """The indexes of the readings a name called an area can have: all but the towns that
    are namesakes of none of its areas (`namesake(town, area)`; areas matched by a looser
    spelling do not count) and smaller than the largest of them (a city larger than any area
    of its name is what "the Charlotte region" is named after); every index when it has no
    area reading."""
    areas = [c.place for c in cands if c.match != "folded" and c.place.feature_code in AREA_CODES]
    if not areas:
        return list(range(len(cands)))
    largest = max(a.population for a in areas)
    return [
        k
        for k, c in enumerate(cands)
        if c.place.feature_class != "P"
        or c.place.population >= largest
        or any(namesake(c.place, a) for a in areas)
    ]
