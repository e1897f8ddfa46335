"""Writing the situation picture: a terminal table, JSON Lines, GeoJSON.

GeoJSON keeps places the gazetteer could not resolve as features with a null geometry (valid
GeoJSON; maps skip them, lists still show them), so no fact disappears from an export.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from sitrep.control.model import Period, PlaceRef, PlaceState, Timeline

COLUMNS = (
    ("place", 18),
    ("from", 10),
    ("until", 10),
    ("status", 10),
    ("controller", 36),
    ("besieger", 36),
    ("besieged", 36),
    ("contested_by", 36),
    ("src", 3),
    ("disputed", 8),
)


def write_states(states: Sequence[PlaceState], out: TextIO, *, fmt: str) -> None:
    """Places and their state on one day."""
    if fmt == "jsonl":
        _lines([s.to_dict() for s in states], out)
    elif fmt == "geojson":
        _geojson([(s.place, s.to_dict()) for s in states], out)
    else:
        _table([(s.place, s.period) for s in states], out)


def write_timelines(lines: Sequence[Timeline], out: TextIO, *, fmt: str) -> None:
    """Each place's periods: one row (or JSON object, or feature) per period."""
    rows = [(line.place, period) for line in lines for period in line.periods]
    if fmt == "jsonl":
        _lines([{**place.to_dict(), **period.to_dict()} for place, period in rows], out)
    elif fmt == "geojson":
        _geojson([(place, {**place.to_dict(), **period.to_dict()}) for place, period in rows], out)
    else:
        _table(rows, out)


def _lines(objects: list[dict[str, Any]], out: TextIO) -> None:
    for obj in objects:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _geojson(items: list[tuple[PlaceRef, dict[str, Any]]], out: TextIO) -> None:
    features = [
        {
            "type": "Feature",
            "geometry": (
                {"type": "Point", "coordinates": [place.longitude, place.latitude]}
                if place.resolved
                else None
            ),
            "properties": properties,
        }
        for place, properties in items
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


def _table(rows: list[tuple[PlaceRef, Period]], out: TextIO) -> None:
    out.write(_line([name for name, _ in COLUMNS]) + "\n")
    for place, period in rows:
        name = place.name if place.resolved else f"{place.name} (?)"
        cells = [
            name,
            period.start.isoformat() if period.start else "",
            period.end.isoformat() if period.end else "",
            period.status,
            period.controller or "",
            period.besieger or "",
            period.besieged or "",
            ", ".join(period.contested_by),
            str(period.sources),
            str(len(period.disputed)) if period.disputed else "",
        ]
        out.write(_line(cells) + "\n")


def _line(cells: list[str]) -> str:
    parts = []
    for cell, (_, width) in zip(cells, COLUMNS, strict=True):
        text = " ".join(cell.split())
        text = text if len(text) <= width else text[: width - 1] + "…"
        parts.append(text.ljust(width))
    return "  ".join(parts).rstrip()
