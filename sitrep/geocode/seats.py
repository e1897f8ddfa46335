"""A town and its county named in one report: "Lebanon" and "Boone County" together are the
Lebanon that lies in a Boone County (Indiana), not the larger Lebanon of another state.

Local news names its town and the county it lies in ("the Boone County Jail", "Lebanon
Police"); each name alone has namesakes in many states, but only some pairs fit one another.
A town reading (by its own name) whose county the report names, and a county reading holding
a town the report names, each gain COUNTY_PAIR_BONUS. A name does not pair with itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Candidate

COUNTY_PAIR_BONUS = 0.8
Key = tuple[str, str, str]


def _county_key(cand: Candidate) -> Key | None:
    place = cand.place
    if cand.match != "exact" or place.feature_code != "ADM2":
        return None
    return (place.country_code or "", place.admin1 or "", place.name)


def _town_key(cand: Candidate) -> Key | None:
    place = cand.place
    if cand.match != "exact" or place.feature_class != "P" or not place.admin2:
        return None
    return (place.country_code or "", place.admin1 or "", place.admin2)


def county_pairs(
    keys: Sequence[str], cands_by_mention: Sequence[Sequence[Candidate]]
) -> list[list[bool]]:
    """Per mention, per candidate: whether another name of the report is its county (for a
    town) or a town it holds (for a county). `keys` are the mentions' lookup names."""
    owners = [exact_key(key) for key in keys]
    counties: dict[Key, set[str]] = {}
    towns: dict[Key, set[str]] = {}
    for own, cands in zip(owners, cands_by_mention, strict=True):
        for cand in cands:
            county, town = _county_key(cand), _town_key(cand)
            if county is not None:
                counties.setdefault(county, set()).add(own)
            if town is not None:
                towns.setdefault(town, set()).add(own)
    out = []
    for own, cands in zip(owners, cands_by_mention, strict=True):
        out.append([_paired(c, own, counties, towns) for c in cands])
    return out


def _paired(
    cand: Candidate, own: str, counties: dict[Key, set[str]], towns: dict[Key, set[str]]
) -> bool:
    town = _town_key(cand)
    if town is not None and counties.get(town, set()) - {own}:
        return True
    county = _county_key(cand)
    return county is not None and bool(towns.get(county, set()) - {own})
