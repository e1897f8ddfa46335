"""A quarter of the town the report was filed from is coded at that town.

A reporter at a front names the quarters of the town they write from, not the town again:
'EL FASHER, Sudan - ... a drone struck the main market in the Al-Wehda neighbourhood',
'stormed the western district of Umm Dahariya', 'residents of Abu Shouk camp'. The gazetteer
rarely knows a quarter, and an unresolved name falls back to its province; but a name told as
a neighbourhood, quarter, suburb or camp, in a report whose dateline names a town, lies in
that town, and ACLED codes it there (precision 1). The name is kept in its
`unresolved_place:` tag. Villages ('the village of Kimoka') and a dateline-less report keep
the province.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.locate import Location
from sitrep.model import Toponym
from sitrep.read.dateline import place_dateline

QUARTER_AFTER = re.compile(r"^\W{0,2}\s*(?:neighbou?rhoods?|quarters?|suburbs?|camp)\b", re.I)
QUARTER_BEFORE = re.compile(
    r"\b(?:neighbou?rhoods?|quarters?|suburbs?|(?:northern|southern|eastern|western|central)"
    r" districts?) of (?:the )?$",
    re.IGNORECASE,
)


def in_filing_town(
    where: Location, text: str, in_sentence: Sequence[Toponym], places: Sequence[Toponym]
) -> Location:
    """The location, moved to the dateline's town when the event was placed only by a quarter
    the gazetteer does not know (and so at an area or nowhere)."""
    if not where.unresolved or (where.place is not None and where.precision != 3):
        return where
    quarters = [t for t in in_sentence if not t.resolved and quarter(text, t)]
    if not quarters:
        return where
    town = filed_from(text, places)
    if town is None or town.place is None:
        return where
    if where.place is not None and where.place.country_code != town.place.country_code:
        return where
    return replace(where, place=town.place, precision=1, mention=town)


def quarter(text: str, mention: Toponym) -> bool:
    """'the Al-Wehda neighbourhood', 'Abu Shouk camp', 'the western district of Umm Dahariya'."""
    after = text[mention.end : mention.end + 20]
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(QUARTER_AFTER.match(after) or QUARTER_BEFORE.search(before))


def filed_from(text: str, places: Sequence[Toponym]) -> Toponym | None:
    """The town a place-only dateline opening the report names, when the gazetteer knows it."""
    found = place_dateline(text)
    if found is None:
        return None
    start, end = found[1].start, found[1].end
    towns = [
        t for t in places
        if start <= t.start < end and t.resolved and t.place and not t.place.is_area
    ]  # fmt: skip
    return towns[0] if towns else None
