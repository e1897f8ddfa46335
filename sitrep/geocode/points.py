"""Which point stands for a country or a province.

A country's or province's point is a convention: GeoNames puts the United States at
(39.76, -98.5), countrystatecity at (38, -97). The registry data ships countrystatecity's
points; these pure functions catch the two ways they go wrong (a province placed on its
namesake city, a country's point outside the country) and apply the few conventional points
sitrep knows (`lexicon.CONVENTIONAL_POINTS`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sitrep.geocode.fold import exact_key

Point = tuple[float, float]
NAMESAKE_KM = 15.0
BOX_MARGIN_DEG = 0.5


@dataclass(frozen=True, slots=True)
class Box:
    """The latitude/longitude extent of a set of points."""

    south: float
    north: float
    west: float
    east: float

    def holds(self, point: Point, *, margin: float = BOX_MARGIN_DEG) -> bool:
        lat, lon = point
        inside_lat = self.south - margin <= lat <= self.north + margin
        return inside_lat and self.west - margin <= lon <= self.east + margin


def box_of(points: Iterable[Point]) -> Box | None:
    pts = list(points)
    if not pts:
        return None
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    return Box(min(lats), max(lats), min(lons), max(lons))


def centroid(points: Sequence[Point]) -> Point | None:
    if not points:
        return None
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    return round(lat, 5), round(lon, 5)


def near(a: Point, b: Point, km: float) -> bool:
    from sitrep.geocode.resolve import haversine_km

    return haversine_km(a[0], a[1], b[0], b[1]) < km


def country_point(
    given: Point | None, towns: Sequence[Point], *, conventional: Point | None = None
) -> Point | None:
    """A conventional point if known; else the given point unless it lies outside the box of
    the country's towns (then the towns' centroid)."""
    if conventional is not None:
        return conventional
    box = box_of(towns)
    if given is not None and (box is None or box.holds(given)):
        return given
    return centroid(towns) or given


def namesake(area: str, town: str) -> bool:
    """A town named after the area, or the area's name plus "City" ("New York City")."""
    a, t = exact_key(area), exact_key(town)
    return t == a or t == f"{a} city"


def area_point(
    name: str,
    given: Point | None,
    members: Sequence[Point],
    namesakes: Iterable[tuple[str, Point]],
) -> Point | None:
    """A province's point: the given one unless it is its namesake city's point ("New York"
    state placed on New York City) or missing; then the centroid of its towns."""
    if given is None:
        return centroid(members)
    on_city = any(namesake(name, n) and near(given, p, NAMESAKE_KM) for n, p in namesakes)
    if on_city and members:
        return centroid(members)
    return given
