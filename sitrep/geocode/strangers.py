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

from collections.abc import Callable, Collection, Mapping

from sitrep.geocode.gazetteer import Candidate
from sitrep.geocode.home import Home

# how far the report's other places must lean to one country, when it names none outright
CLEAR_HOME = 0.5
# a place under its own name this large is known abroad ("Bonn", "Paris, Texas" is not)
KNOWN_ABROAD = 100_000
# a town under its own (not an alternate) name this large is no hamlet misread
TOWN_UNDER_OWN_NAME = 20_000
KEPT_FEATURES = ("PCL", "ADM1", "CONT", "PPLC")


# the votes with which a report points to a country (`closespell.allowed_by`): less, as a
# hamlet's share of an ambiguous name's vote ("Dhaka" is also a village of Bihar), does not
# make a common village name of that country at home
POINTED = 0.5


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


def stranger(
    cand: Candidate,
    *,
    home: str | None,
    votes: Mapping[str, float],
    generic: Collection[str] = (),
) -> bool:
    """Whether a reading lies abroad, in a country the report never names, and is a minor
    place or matched through another name (an alias or a folded spelling)."""
    homes = () if home is None else (home,)
    return stranger_to_all(cand, homes=homes, votes=votes, generic=generic)


def stranger_to_all(
    cand: Candidate,
    *,
    homes: Collection[str],
    votes: Mapping[str, float],
    generic: Collection[str] = (),
) -> bool:
    """`stranger` for a report at home in several countries, those it names and those its
    actors come from ("Regime forces and Turkish-backed factions": Syria and Turkey): a
    minor reading in none of them is a stranger to all. `generic`: the countries where the
    name is a common village name (`generic_names.generic_in`)."""
    place = cand.place
    code = place.country_code or ""
    if not homes or not code or code in homes:
        return False
    voted = votes.get(code, 0.0)
    # a common village name needs more than a hamlet's share of another name's vote
    if voted > 0 and (code not in generic or voted >= POINTED):
        return False
    return minor_or_misspelled(cand, generic=code in generic)


def minor_or_misspelled(cand: Candidate, *, generic: bool = False) -> bool:
    """A reading no report abroad would name bare: a minor place, or one matched through
    another name (an alias or a folded spelling); a town of a name many places of its
    country share (`generic`: "Rampura") is minor unless it is known abroad."""
    place = cand.place
    if place.feature_code.startswith(KEPT_FEATURES) and not cand.name.islower():
        return False  # a capital's lowercase alternate ("mare" for Malé) is a word, no name
    own = cand.match == "exact" and cand.kind == "name"
    if own and place.population >= TOWN_UNDER_OWN_NAME and not generic:
        return False  # "demonstrated in Valence" in a report naming Ukraine: Valence, France
    return cand.match != "exact" or place.population < KNOWN_ABROAD


# a reading this far from every country the report names or its actors come from lies
# beyond their reach (the distance `resolve` also lets a name go abroad to, NEIGHBOUR_KM)
BEYOND_REACH_KM = 2000.0
# a place this large is known the world over, whatever the report's countries
WORLD_KNOWN = 1_000_000
WORLD_KNOWN_FEATURES = ("PCL", "PPLC", "CONT")


def beyond_reach(
    cand: Candidate,
    *,
    homes: Collection[str],
    distance_km: Callable[[str], float | None],
    votes: Mapping[str, float],
) -> bool:
    """Whether a reading lies beyond the reach of the report's countries (`homes`: those it
    names and its actors come from): in none of them nor any the report votes for, farther
    than BEYOND_REACH_KM from each (`distance_km` of a country code, None when unknown),
    and no country, capital or place of WORLD_KNOWN people. "Tatmadaw troops burned houses
    in Kani" is no Japanese town of a hundred thousand, and "Regime forces shelled A'rima"
    no municipality of Trinidad, whatever its rank there."""
    place = cand.place
    code = place.country_code or ""
    if not homes or not code or code in homes or votes.get(code, 0.0) > 0:
        return False
    if place.feature_code.startswith(WORLD_KNOWN_FEATURES) or place.population >= WORLD_KNOWN:
        return False
    distances = [distance_km(home) for home in homes]
    known = [d for d in distances if d is not None]
    return bool(known) and len(known) == len(distances) and min(known) > BEYOND_REACH_KM
