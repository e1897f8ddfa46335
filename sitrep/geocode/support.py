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


def square_km(a: tuple[float, float], b: tuple[float, float], *, within: float) -> float:
    """The squared distance `near` compares (inf when the latitudes alone are `within` km
    apart or more): `near(a, b, km)` is `square_km(a, b, within=km) < km * km`."""
    dlat = (a[0] - b[0]) * _KM_PER_DEGREE
    if abs(dlat) >= within:
        return math.inf
    dlon = (a[1] - b[1] + 180.0) % 360.0 - 180.0
    dx = dlon * _KM_PER_DEGREE * math.cos(math.radians((a[0] + b[0]) / 2))
    return dlat * dlat + dx * dx


def support_counts(
    keys: Sequence[str], cands_by_mention: Sequence[Sequence[Candidate]]
) -> list[dict[int, float]]:
    """Per mention, {candidate place_id: number of other distinct names with a candidate
    within SUPPORT_KM}. `keys` are the mentions' lookup names."""
    owners = [exact_key(key) for key in keys]
    names: dict[str, list[tuple[float, float]]] = {}
    for own, cands in zip(owners, cands_by_mention, strict=True):
        names.setdefault(own, _points(cands))
    spread = [(name, pts) for name, pts in names.items() if pts]
    grid = Grid.of(spread)
    sizes = [len(pts) for _, pts in spread]
    rank = {name: k for k, (name, _) in enumerate(spread)}
    near_counts: dict[tuple[float, float], dict[int, int]] = {}
    cache: dict[str, dict[int, float]] = {}
    out = []
    for own, cands in zip(owners, cands_by_mention, strict=True):
        if own not in cache:
            cache[own] = _counts(rank.get(own, -1), cands, grid, sizes, near_counts)
        out.append(cache[own])
    return out


_CELL_DEGREES = 1.5
_LON_CELLS = 240  # 360 / _CELL_DEGREES


@dataclass(frozen=True, slots=True)
class Grid:
    """Points of several names bucketed by coarse latitude-longitude cells, so that the
    names with a point `near` a place are counted without testing far points. The cells
    only narrow the search: every point kept is still tested with `near`."""

    cells: dict[tuple[int, int], list[tuple[float, float, int]]]

    @classmethod
    def of(cls, named: Sequence[tuple[str, Sequence[tuple[float, float]]]]) -> Grid:
        """A grid of the points of each name, tagged with the name's position in `named`."""
        cells: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
        for k, (_, points) in enumerate(named):
            for lat, lon in points:
                if math.isnan(lat) or math.isnan(lon):  # NaN is near nothing
                    continue
                cell = (math.floor(lat / _CELL_DEGREES), _lon_cell(lon))
                cells.setdefault(cell, []).append((lat, lon, k))
        return cls(cells)

    def counts_near(self, point: tuple[float, float], km: float = SUPPORT_KM) -> dict[int, int]:
        """{name position: how many of its points `near` counts within `km`}."""
        lat, lon = point
        found: dict[int, int] = {}
        if math.isnan(lat) or math.isnan(lon):
            return found
        for cell in _cells_around(lat, lon, km):
            for q_lat, q_lon, k in self.cells.get(cell, ()):
                if near(point, (q_lat, q_lon), km):
                    found[k] = found.get(k, 0) + 1
        return found


def _lon_cell(lon: float) -> int:
    return math.floor(lon / _CELL_DEGREES) % _LON_CELLS


def _cells_around(lat: float, lon: float, km: float) -> list[tuple[int, int]]:
    """The cells that may hold a point within `km` of (lat, lon), with a margin."""
    reach = km / _KM_PER_DEGREE + 0.01
    rows = range(
        math.floor((lat - reach) / _CELL_DEGREES), math.floor((lat + reach) / _CELL_DEGREES) + 1
    )
    widest = abs(lat) + reach
    if widest >= 89.0:
        columns: Sequence[int] = range(_LON_CELLS)
    else:
        width = km / (_KM_PER_DEGREE * math.cos(math.radians(widest))) + 0.01
        first = math.floor((lon - width) / _CELL_DEGREES)
        last = math.floor((lon + width) / _CELL_DEGREES)
        if last - first + 1 >= _LON_CELLS:
            columns = range(_LON_CELLS)
        else:
            columns = [c % _LON_CELLS for c in range(first, last + 1)]
    return [(row, column) for row in rows for column in columns]


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
    own: int,
    cands: Sequence[Candidate],
    grid: Grid,
    sizes: Sequence[int],
    near_counts: dict[tuple[float, float], dict[int, int]],
) -> dict[int, float]:
    counts: dict[int, float] = {}
    for c in cands[:MAX_CANDIDATES]:
        p = c.place
        if p.latitude is None or p.longitude is None or p.feature_code.startswith(WIDE_CODES):
            continue
        point = (p.latitude, p.longitude)
        found = near_counts.get(point)
        if found is None:
            found = near_counts[point] = grid.counts_near(point)
        # names in their first-mention order, as the sum always ran; zero terms add nothing
        n = sum(found[k] / sizes[k] for k in sorted(found) if k != own)
        if n:
            counts[c.place_id] = n
    return counts
