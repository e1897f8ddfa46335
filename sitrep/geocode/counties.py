"""A bare name read as its home state's county: "Osceola" in a report from Florida is
Osceola County when no reading of the name lies in Florida."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.geocode.arealists import ADMIN_WORDS
from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.home import Home
from sitrep.geocode.recognize import Mention

HOME_COUNTY_LEAN = 0.5
COUNTY_SUFFIXES = ("County", "Parish")


def home_county(
    gazetteer: Gazetteer, mention: Mention, cands: Sequence[Candidate], home: Home
) -> list[Candidate]:
    """The county of a bare name in the report's home state, when the home is clear
    (lean of at least HOME_COUNTY_LEAN) and no reading of the name lies in that state."""
    if mention.kind != "toponym" or mention.hint is not None or not home.admin1:
        return []
    state, lean = max(home.admin1.items(), key=lambda kv: kv[1])
    if lean < HOME_COUNTY_LEAN or mention.key.rsplit(" ", 1)[-1].lower() in ADMIN_WORDS:
        return []
    if any((c.place.country_code, c.place.admin1) == state for c in cands if c.match != "folded"):
        return []
    return [
        c
        for suffix in COUNTY_SUFFIXES
        for c in gazetteer.exact(f"{mention.key} {suffix}")
        if c.match != "folded"
        and c.place.feature_code == "ADM2"
        and (c.place.country_code, c.place.admin1) == state
    ][:1]
