"""GeoJSON (RFC 7946) and JSON Lines output."""

from __future__ import annotations

import io
import json
import math
from dataclasses import replace
from typing import Any

from sitrep.export import ExportResult, geojson_feature, write_geojson, write_jsonl
from sitrep.model import EVENT_FIELDS, Event


def _check_rfc7946(collection: dict[str, Any]) -> None:
    """The parts of RFC 7946 a FeatureCollection of points must satisfy."""
    assert collection["type"] == "FeatureCollection"
    assert isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["id"], str | int)
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert all(type(v) in (int, float) and math.isfinite(v) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_feature_collection(shelling: Event, undated_protest: Event) -> None:
    out = io.StringIO()
    result = write_geojson([shelling, undated_protest, shelling], out)
    assert result == ExportResult(written=2, skipped=1)
    collection = json.loads(out.getvalue())
    _check_rfc7946(collection)
    first = collection["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.6, 35.8125]}
    assert first["id"] == "a1b2c3"
    assert list(first["properties"]) == list(EVENT_FIELDS)
    assert first["properties"]["evidence"][0] == {
        "start": 0,
        "end": 8,
        "text": "Shelling",
        "role": "trigger",
    }
    assert Event.from_dict(first["properties"]) == shelling


def test_empty_collection_is_valid() -> None:
    out = io.StringIO()
    assert write_geojson([], out) == ExportResult(written=0, skipped=0)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_bad_coordinates_are_left_out(shelling: Event) -> None:
    for lat, lon in [(None, 36.6), (35.0, None), (math.nan, 1.0), (91.0, 0.0), (0.0, 180.5)]:
        assert geojson_feature(replace(shelling, latitude=lat, longitude=lon)) is None
    edge = geojson_feature(replace(shelling, latitude=-90.0, longitude=180.0))
    assert edge is not None and edge["geometry"]["coordinates"] == [180.0, -90.0]


def test_jsonl_round_trip(shelling: Event, undated_protest: Event) -> None:
    out = io.StringIO()
    assert write_jsonl([shelling, undated_protest], out) == ExportResult(written=2)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert list(json.loads(lines[0])) == list(EVENT_FIELDS)
    assert [Event.from_dict(json.loads(line)) for line in lines] == [shelling, undated_protest]


def test_jsonl_keeps_non_ascii(shelling: Event) -> None:
    out = io.StringIO()
    write_jsonl([replace(shelling, location="Ḥajīn")], out)
    assert '"location": "Ḥajīn"' in out.getvalue()
