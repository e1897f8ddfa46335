"""Spatial support: places named together in a report tend to lie together.

For each candidate of a mention, count the other names of the document (distinct names,
not repeats) that have some candidate near it. A town whose namesakes are many ("Richmond",
"Mount Pleasant") is read as the one that other names in the report could be neighbours
of, even when none of them is resolved yet: "New London" and "Mount Pleasant" together
point to the two Iowa towns 30 km apart.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Candidate

SUPPORT_KM = 161.0
MAX_CANDIDATES = 25
# areas too large for nearness to mean anything
WIDE_CODES = ("PCL", "CONT", "ADM1", "RGN")
_KM_PER_DEGREE = 111.2


def _points(cands: Sequence[Candidate]) -> list[tuple[float, float]]:
    out = []
    for c in cands[:MAX_CANDIDATES]:
        p = c.place
        if c.match == "folded" or p.latitude is None or p.longitude is None:
            continue
        if p.feature_code.startswith(WIDE_CODES):
            continue
        out.append((p.latitude, p.longitude))
    return out


def near(a: tuple[float, float], b: tuple[float, float], km: float = SUPPORT_KM) -> bool:
    """Whether two points are within `km` (equirectangular: exact enough at this range)."""
    dlat = (a[0] - b[0]) * _KM_PER_DEGREE
    if abs(dlat) >= km:
        return False
    dlon = (a[1] - b[1] + 180.0) % 360.0 - 180.0
    dx = dlon * _KM_PER_DEGREE * math.cos(math.radians((a[0] + b[0]) / 2))
    return dlat * dlat + dx * dx < km * km


def support_counts(
    keys: Sequence[str], cands_by_mention: Sequence[Sequence[Candidate]]
) -> list[dict[int, float]]:
    """Per mention, {candidate place_id: number of other distinct names with a candidate
    within SUPPORT_KM}. `keys` are the mentions' lookup names."""
    owners = [exact_key(key) for key in keys]
    names: dict[str, list[tuple[float, float]]] = {}
    for own, cands in zip(owners, cands_by_mention, strict=True):
        names.setdefault(own, _points(cands))
    spreads = {name: (Spread.of(pts), len(pts)) for name, pts in names.items() if pts}
    cache: dict[str, dict[int, float]] = {}
    out = []
    for own, cands in zip(owners, cands_by_mention, strict=True):
        if own not in cache:
            cache[own] = _counts(own, cands, spreads)
        out.append(cache[own])
    return out


@dataclass(frozen=True, slots=True)
class Spread:
    """Points sorted by latitude, to count those near a point without testing far ones."""

    latitudes: list[float]
    points: list[tuple[float, float]]

    @classmethod
    def of(cls, points: Sequence[tuple[float, float]]) -> Spread:
        ordered = sorted(p for p in points if not math.isnan(p[0]))  # NaN is near nothing
        return cls([p[0] for p in ordered], ordered)

    def count_near(self, point: tuple[float, float], km: float = SUPPORT_KM) -> int:
        """How many points `near` counts within `km` (the same test, on a latitude band
        wider than any it accepts)."""
        reach = km / _KM_PER_DEGREE + 1.0
        lo = bisect_left(self.latitudes, point[0] - reach)
        hi = bisect_right(self.latitudes, point[0] + reach, lo=lo)
        return sum(1 for q in self.points[lo:hi] if near(point, q, km))


def _counts(
    own: str, cands: Sequence[Candidate], spreads: dict[str, tuple[Spread, int]]
) -> dict[int, float]:
    counts: dict[int, float] = {}
    for c in cands[:MAX_CANDIDATES]:
        p = c.place
        if p.latitude is None or p.longitude is None or p.feature_code.startswith(WIDE_CODES):
            continue
        point = (p.latitude, p.longitude)
        n = sum(
            spread.count_near(point) / size
            for name, (spread, size) in spreads.items()
            if name != own
        )
        if n:
            counts[c.place_id] = n
    return counts
