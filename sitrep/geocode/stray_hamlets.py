"""Hamlets astray: a village reading outside every province the report names in its country.

A conflict report (one whose actors' lands are known) that names a first-level area
("Apatzingan, Michoacan", "Kani township in Sagaing Region", "the Bijapur district of
Chhattisgarh") tells where in the country it is. A bare village name it goes on to use
("bombed Nyaung Pin Thar", "near Tarrem village") whose only recorded namesakes in that
country are hamlets (or districts) of other provinces, far from every place the report
names, is a village the gazetteer lacks, not one of them: the reading is dropped, so the
name stays unresolved and its event is placed at what the report is sure of. A town of some
size (TOWN_UNDER_OWN_NAME people under its own name), a province, a reading in the named
province or near one of the report's places, and readings in countries where the report
names no province are kept.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sitrep.geocode.closespell import CLOSE
from sitrep.geocode.gazetteer import Candidate
from sitrep.geocode.strangers import TOWN_UNDER_OWN_NAME
from sitrep.model import Place

# districts and lower areas, read as astray as the villages they are named after
LOCAL_AREAS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5"})


def named_provinces(
    places: Sequence[Place | None], keys: Sequence[str], own: str
) -> frozenset[tuple[str, str]]:
    """The (country, first-level area) of the provinces the report's other names were read
    as (`places`: the first pass's readings, `keys`: each mention's name key; the name `own`
    is left out)."""
    return frozenset(
        (p.country_code, p.admin1 or p.name)
        for p, key in zip(places, keys, strict=False)
        if p is not None and key != own and p.feature_code == "ADM1" and p.country_code
    )


def astray(
    cand: Candidate,
    provinces: Collection[tuple[str, str]],
    *,
    local: bool,
    guesses_only: bool = False,
) -> bool:
    """Whether a village (or district) reading lies outside the provinces the report names in
    its country (`provinces`, from `named_provinces`), far from the report's places
    (`local`: held by the named container or near one of its places): a hamlet, or a town
    matched only by a spelling guess. `guesses_only`: only a spelling guess is astray (a
    report whose actors' lands are unknown may name a real town of another province: "a
    village of Kawuri in Borno state" is no Kari of Bauchi, but a town named by its own
    spelling stays)."""
    place = cand.place
    code = place.country_code or ""
    if local or not (place.feature_class == "P" or place.feature_code in LOCAL_AREAS):
        return False
    mine = [area for c, area in provinces if c == code]
    if not mine or (place.admin1 or "") in mine:
        return False
    guess = cand.match == "folded" or cand.kind == CLOSE
    return guess or (not guesses_only and place.population < TOWN_UNDER_OWN_NAME)
