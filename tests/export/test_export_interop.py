"""The exports as other tools read them: pandas reads ACLED's columns from the CSV, and the
GeoJSON validates against the RFC 7946 models of geojson-pydantic."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pandas as pd
from geojson_pydantic import FeatureCollection

from sitrep.export import ACLED_COLUMNS, CountryCodes, write_csv, write_geojson
from sitrep.model import Event, Evidence


def test_pandas_reads_acled_columns_in_acleds_order(
    shelling: Event, undated_protest: Event
) -> None:
    out = io.StringIO(newline="")
    write_csv([shelling, undated_protest], out, codes=CountryCodes.load(), timestamp=1710000000)
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns[: len(ACLED_COLUMNS)]) == list(ACLED_COLUMNS)
    assert len(frame) == 2
    first = frame.iloc[0]
    assert (first["event_id_cnty"], first["country"], first["iso"]) == ("SYRa1b2c3", "Syria", 760)
    assert (first["latitude"], first["longitude"], first["fatalities"]) == (35.8125, 36.6, 2)
    assert pd.to_datetime(frame["event_date"]).iloc[0] == pd.Timestamp("2024-03-04")
    assert frame["inter2"].tolist() == [7, 0]  # ACLED writes 0 for an absent actor
    assert frame["notes"].iloc[1] == "Teachers marched,\nthen went home."


def test_geojson_validates_as_an_rfc7946_feature_collection(shelling: Event) -> None:
    merged = replace(
        shelling,
        event_id="m1",
        sources=("report-7", "report-9"),
        outlets=2,
        evidence=(Evidence(start=0, end=5, text="Shell", role="trigger", doc_id="report-9"),),
    )
    antimeridian = replace(shelling, event_id="edge", latitude=-16.5, longitude=180.0)
    out = io.StringIO()
    write_geojson([shelling, merged, antimeridian], out)
    collection = FeatureCollection.model_validate(json.loads(out.getvalue()))
    assert [f.id for f in collection.features] == ["a1b2c3", "m1", "edge"]
    assert collection.features[1].properties is not None
    assert collection.features[1].properties["sources"] == ["report-7", "report-9"]
