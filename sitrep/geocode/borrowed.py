"""Minor places that institutions' names borrow ("Belchertown State School"): kept only when
a town of that name lies near a reading of another name of the report, for local
institutions bear local names, while "Lincoln Dinner" names no town; in a report that names
no other place, a name only one town bears is kept ("Maseno University")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.support import near

# the source of a mention borrowed from an institution's name and not yet vouched for
BORROWED = "borrowed"
# how near a neighbour named elsewhere in the report must lie, and how few namesakes the
# borrowed name may have, for the neighbour to vouch for it
NEIGHBOUR_KM = 50.0
MAX_BORROWED_NAMESAKES = 3
# a name with more namesakes than this lies near almost anything: it vouches for nothing
MAX_VOUCHER_NAMESAKES = 10
# a report's only place, borrowed from an institution's name, must be a town with people
MIN_POPULATION_SOLE = 1_000
MAX_WORD_LETTERS = 3  # "the Red Mill": a name this short is more often a word
Point = tuple[float | None, float | None]


class Named(Protocol):
    """What this module reads of a mention."""

    @property
    def text(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str: ...


M = TypeVar("M", bound=Named)


def vouched(mentions: Sequence[M], gazetteer: Gazetteer) -> list[M]:
    """The mentions, borrowed ones kept only when a town of that name lies within
    NEIGHBOUR_KM of a reading of another name of the report ("Belchertown State School" in
    a report on Amherst, Massachusetts)."""
    if not any(m.source == BORROWED for m in mentions):
        return list(mentions)
    others = [m for m in mentions if m.source != BORROWED and m.kind == "toponym"]
    if not others:
        return [m for m in mentions if m.source != BORROWED or _sole_town(m, gazetteer)]
    return [
        m
        for m in mentions
        if m.source != BORROWED or _neighboured(m, _points(others, m, gazetteer), gazetteer)
    ]


def _sole_town(mention: Named, gazetteer: Gazetteer) -> bool:
    """A report that names no place but an institution's ("students of Maseno University
    rioted") is placed by it when a single town in the world bears that name as its own
    ("Lincoln Dinner" names one of many Lincolns, so it places nothing)."""
    towns = [
        c
        for c in gazetteer.exact(mention.text)
        if c.match == "exact" and c.kind == "name" and c.place.feature_class == "P"
    ]
    return (
        len(towns) == 1
        and len(mention.text) > MAX_WORD_LETTERS
        and towns[0].name == mention.text
        and towns[0].place.population >= MIN_POPULATION_SOLE
    )


def _points(others: Sequence[Named], borrowed: Named, gazetteer: Gazetteer) -> set[Point]:
    """Where the report's other names may lie, but for names sharing a word with the
    borrowed one ("Arlington" cannot vouch for "North Arlington")."""
    words = set(borrowed.text.split())
    points: set[Point] = set()
    for m in others:
        if words & set(m.key.split()):
            continue
        found = [
            (c.place.latitude, c.place.longitude)
            for c in gazetteer.exact(m.key)
            if c.match == "exact" and c.place.latitude is not None
        ]
        if len(found) <= MAX_VOUCHER_NAMESAKES:
            points.update(found)
    return points


def _neighboured(mention: Named, points: set[Point], gazetteer: Gazetteer) -> bool:
    towns = [
        (c.place.latitude, c.place.longitude)
        for c in gazetteer.exact(mention.text)
        if c.match == "exact" and c.kind == "name" and c.place.feature_class == "P"
    ]
    if not 0 < len(towns) <= MAX_BORROWED_NAMESAKES:
        return False
    return any(
        near((lat, lon), (p_lat, p_lon), NEIGHBOUR_KM)
        for lat, lon in towns
        for p_lat, p_lon in points
        if lat is not None and lon is not None and p_lat is not None and p_lon is not None
    )
