"""The support grid counts exactly the points `near` counts, wherever they lie."""

from __future__ import annotations

import math

import pytest

from sitrep.geocode.support import Grid, near

POINTS = [
    (36.2, 37.1),  # one name's points: near each other
    (36.9, 37.9),
    (35.0, 38.5),
    (0.0, 179.9),  # across the antimeridian from (0.0, -179.9)
    (89.5, 10.0),  # near the pole every longitude is close
    (89.6, -170.0),
    (-33.9, 18.4),
    (math.nan, 3.0),
    (3.0, math.nan),
]
QUERIES = [(36.5, 37.5), (0.0, -179.9), (89.4, 100.0), (-33.0, 18.0), (10.0, 10.0)]


def brute(point: tuple[float, float], named: list[list[tuple[float, float]]]) -> dict[int, int]:
    out: dict[int, int] = {}
    for k, points in enumerate(named):
        n = sum(1 for q in points if near(point, q))
        if n:
            out[k] = n
    return out


def test_grid_counts_what_near_counts() -> None:
    named = [POINTS[:3], POINTS[3:6], POINTS[6:]]
    grid = Grid.of([(str(k), pts) for k, pts in enumerate(named)])
    for point in QUERIES:
        assert grid.counts_near(point) == brute(point, named)


def test_grid_exact_counts() -> None:
    grid = Grid.of([("a", POINTS[:3]), ("b", POINTS[3:6])])
    assert grid.counts_near((36.5, 37.5)) == {0: 2}
    assert grid.counts_near((0.0, -179.9)) == {1: 1}
    assert grid.counts_near((89.4, 100.0)) == {1: 2}
    assert grid.counts_near((10.0, 10.0)) == {}


def test_grid_nan_is_near_nothing() -> None:
    grid = Grid.of([("a", [(math.nan, 1.0), (1.0, 1.0)])])
    assert grid.counts_near((1.0, 1.0)) == {0: 1}
    assert grid.counts_near((math.nan, 1.0)) == {}
    assert grid.counts_near((1.0, math.nan)) == {}


def test_grid_other_radius() -> None:
    grid = Grid.of([("a", [(0.0, 0.0), (0.0, 3.0)])])
    assert grid.counts_near((0.0, 1.0), 120.0) == {0: 1}
    assert grid.counts_near((0.0, 1.0), 500.0) == {0: 2}


def test_square_km_is_what_near_compares() -> None:
    from sitrep.geocode.support import square_km

    pairs = [(p, q) for p in POINTS + QUERIES for q in POINTS + QUERIES]
    for km in (161.0, 500.0, 1.0):
        for p, q in pairs:
            assert (square_km(p, q, within=km) < km * km) == near(p, q, km), (p, q, km)
    assert square_km((0.0, 0.0), (10.0, 0.0), within=500.0) == math.inf
    assert square_km((0.0, 0.0), (1.0, 0.0), within=500.0) == pytest.approx(111.2**2)
