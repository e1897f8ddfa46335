"""A capital and a first-level area of one name far apart ("Washington", the capital, and
Washington State): a bare mention is the capital, as news uses it ("WASHINGTON —", "talks
between Washington and Moscow", "a Washington-based group"), unless the text makes it an
area ("Washington state", "eastern Washington", "Kent, Washington")."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.geocode.gazetteer import Candidate
from sitrep.model import Place


def capital_over_area(place: Place, cands: Sequence[Candidate], *, admin: bool) -> Place:
    """The capital of the same name and country instead of a first-level area, when the text
    does not make the mention an area (`admin`)."""
    if admin or place.feature_code != "ADM1":
        return place
    if not any(c.place is place and c.match == "exact" for c in cands):
        return place  # "Mount Washington" read as the state is no bare "Washington"
    for cand in cands:
        capital = cand.place
        if (
            cand.match == "exact"
            and capital.feature_code == "PPLC"
            and capital.country_code == place.country_code
            and capital.name == place.name
        ):
            return capital
    return place
