"""Spatial support: places named together in a report tend to lie together.

For each candidate of a mention, count the other names of the document (distinct names,
not repeats) that have some candidate near it. A town whose namesakes are many ("Richmond",
"Mount Pleasant") is read as the one that other names in the report could be neighbours
of, even when none of them is resolved yet: "New London" and "Mount Pleasant" together
point to the two Iowa towns 30 km apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

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
    names: dict[str, list[tuple[float, float]]] = {}
    for key, cands in zip(keys, cands_by_mention, strict=True):
        names.setdefault(exact_key(key), _points(cands))
    cache: dict[str, dict[int, float]] = {}
    out = []
    for key, cands in zip(keys, cands_by_mention, strict=True):
        own = exact_key(key)
        if own not in cache:
            cache[own] = _counts(own, cands, names)
        out.append(cache[own])
    return out


def _counts(
    own: str, cands: Sequence[Candidate], names: dict[str, list[tuple[float, float]]]
) -> dict[int, float]:
    counts: dict[int, float] = {}
    for c in cands[:MAX_CANDIDATES]:
        p = c.place
        if p.latitude is None or p.longitude is None or p.feature_code.startswith(WIDE_CODES):
            continue
        point = (p.latitude, p.longitude)
        n = sum(
            sum(near(point, q) for q in pts) / len(pts)
            for name, pts in names.items()
            if name != own and pts
        )
        if n:
            counts[c.place_id] = n
    return counts
