"""Readings far from home: a bare name in a report that is clearly about one country is not
read as a minor place in a country the report never names.

Terse conflict notes name villages the gazetteer lacks; their spelling often matches a hamlet
abroad ("Arbin" in a report from Rif Dimashq is no French village of 779 people) or, through
an alternate name, a foreign city ("Boni" in a report from Mopti is not Bonn). Such a reading
is dropped, so the name stays unresolved (and is listed for the analyst) rather than moving the
event, and its actors' country, to another continent. A capital, a country, a first-level area
or a large place under its own name stays a possible reading.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sitrep.geocode.gazetteer import Candidate
from sitrep.geocode.home import Home

# how far the report's other places must lean to one country, when it names none outright
CLEAR_HOME = 0.5
# a place under its own name this large is known abroad ("Bonn", "Paris, Texas" is not)
KNOWN_ABROAD = 100_000
# a town under its own (not an alternate) name this large is no hamlet misread
TOWN_UNDER_OWN_NAME = 20_000
KEPT_FEATURES = ("PCL", "ADM1", "CONT", "PPLC")


def home_country(home: Home, named: Collection[str]) -> str | None:
    """The one country the report is clearly about: the country it names outright (`named`:
    the codes of its other mentions read as countries), when it names one; else the country
    its other places lean to at least CLEAR_HOME. None when neither is clear."""
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None  # a report on several countries has no one home
    leans = sorted(home.countries.items(), key=lambda kv: -kv[1])
    if not leans or leans[0][1] < CLEAR_HOME:
        return None
    if len(leans) > 1 and leans[1][1] >= leans[0][1]:
        return None  # tied: dollars lean to every dollar country alike
    return leans[0][0]


def stranger(cand: Candidate, *, home: str | None, votes: Mapping[str, float]) -> bool:
    """Whether a reading lies abroad, in a country the report never names, and is a minor
    place or matched through another name (an alias or a folded spelling)."""
    place = cand.place
    code = place.country_code or ""
    if home is None or not code or code == home or votes.get(code, 0.0) > 0:
        return False
    if place.feature_code.startswith(KEPT_FEATURES) and not cand.name.islower():
        return False  # a capital's lowercase alternate ("mare" for Malé) is a word, no name
    if cand.match == "exact" and cand.kind == "name" and place.population >= TOWN_UNDER_OWN_NAME:
        return False  # "demonstrated in Valence" in a report naming Ukraine: Valence, France
    return cand.match != "exact" or place.population < KNOWN_ABROAD
