"""Events out: ACLED-compatible CSV, JSON Lines and GeoJSON (RFC 7946).

Writers take any iterable of events and a text stream (open files with newline="" for CSV),
stream as they go, and return what they wrote.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from sitrep import taxonomy
from sitrep.errors import InputError
from sitrep.model import Event, Evidence

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
SITREP_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "source_url",
    "date_start",
    "date_end",
    "iso3",
    "geonameid",
    "confidence",
    "claimed_by",
    "plover",
    "cameo",
    "evidence",
    "sources",
    "outlets",
)
# Columns a merged event fills; an export made before merging existed lacks them.
_OPTIONAL_COLUMNS = ("sources", "outlets")
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + SITREP_COLUMNS
TAG_SEPARATOR = "; "
CIVILIAN_TARGETING = "Civilian targeting"

# countrystatecity's UN-style sub-regions -> ACLED's regions; then the countries ACLED files
# elsewhere (checked against ACLED records where they exist).
_SUBREGION_TO_ACLED: dict[str, str] = {
    "Southern Asia": "South Asia",
    "South-Eastern Asia": "Southeast Asia",
    "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia",
    "Western Asia": "Middle East",
    "Northern Europe": "Europe",
    "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Eastern Europe": "Europe",
    "Northern Africa": "Northern Africa",
    "Western Africa": "Western Africa",
    "Middle Africa": "Middle Africa",
    "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa",
    "Caribbean": "Caribbean",
    "Central America": "Central America",
    "South America": "South America",
    "Northern America": "North America",
    "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
    "": "Antarctica",
}
_ACLED_REGION_EXCEPTIONS: dict[str, str] = {
    "AFG": "Caucasus and Central Asia",
    "ARM": "Caucasus and Central Asia",
    "AZE": "Caucasus and Central Asia",
    "GEO": "Caucasus and Central Asia",
    "IRN": "Middle East",
    "SSD": "Eastern Africa",
    "ZWE": "Southern Africa",
    "MOZ": "Southern Africa",
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """How many events a writer wrote, and how many it had to leave out."""

    written: int
    skipped: int = 0


def write_jsonl(events: Iterable[Event], out: TextIO) -> ExportResult:
    """One JSON object per line with exactly the contract's fields."""
    written = 0
    for event in events:
        out.write(json.dumps(event.to_dict(), ensure_ascii=False, allow_nan=False) + "\n")
        written += 1
    return ExportResult(written)


# CSV


# ACLED's spellings that neither pycountry nor countrystatecity use.
_ACLED_COUNTRY_NAMES: dict[str, str] = {
    "East Timor": "TLS",
    "Democratic Republic of Congo": "COD",
    "Republic of Congo": "COG",
    "Palestine": "PSE",
    "Vatican City": "VAT",
}


@dataclass(frozen=True, slots=True)
class CountryCodes:
    """ACLED regions, ISO numeric codes and country names, by ISO alpha-3; load once per export."""

    regions: dict[str, str] = field(default_factory=dict)
    numeric: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> CountryCodes:
        import countrystatecity_countries as csc
        import pycountry

        numeric = {c.alpha_3: str(int(c.numeric)) for c in pycountry.countries}
        names = {c.name: c.iso3 for c in csc.get_countries()}
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if hasattr(country, attr):
                    names.setdefault(getattr(country, attr), country.alpha_3)
        names.update(_ACLED_COUNTRY_NAMES)
        folded = {name.casefold(): iso3 for name, iso3 in names.items()}
        return cls(regions=acled_regions(), numeric=numeric, names=folded)

    def iso3(self, event: Event) -> str | None:
        """The event's alpha-3 code, looked up from its country name when missing."""
        if event.iso3 or not event.country:
            return event.iso3
        return self.names.get(event.country.casefold())


def acled_regions() -> dict[str, str]:
    """ACLED's region for every country, by ISO alpha-3 code."""
    import countrystatecity_countries as csc

    regions = {c.iso3: _SUBREGION_TO_ACLED.get(c.subregion or "", "") for c in csc.get_countries()}
    regions.update(_ACLED_REGION_EXCEPTIONS)
    return regions


def write_csv(
    events: Iterable[Event],
    out: TextIO,
    *,
    timestamp: int | None = None,
    codes: CountryCodes | None = None,
) -> ExportResult:
    """ACLED's columns in ACLED's order, then sitrep's own (CSV_COLUMNS).

    `timestamp` fills ACLED's timestamp column (Unix seconds), empty when None.
    """
    codes = codes or CountryCodes.load()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    written = 0
    for event in events:
        writer.writerow(csv_row(event, codes=codes, timestamp=timestamp))
        written += 1
    return ExportResult(written)


def csv_row(event: Event, *, codes: CountryCodes, timestamp: int | None = None) -> dict[str, str]:
    """One event as a CSV row: every value a string, "" for unknown."""
    iso3 = codes.iso3(event)
    row = {name: _cell(getattr(event, name, None)) for name in CSV_COLUMNS}
    row.update(
        event_id_cnty=f"{iso3 or ''}{event.event_id}",
        year=_year(event),
        disorder_type=_disorder_type(event.sub_event_type),
        inter1=_inter_cell(event.inter1, event.actor1),
        inter2=_inter_cell(event.inter2, event.actor2),
        interaction=_cell(_interaction(event)),
        civilian_targeting=CIVILIAN_TARGETING if _targets_civilians(event) else "",
        iso=codes.numeric.get(iso3 or "", ""),
        region=codes.regions.get(iso3 or "", ""),
        iso3=_cell(iso3),
        tags=TAG_SEPARATOR.join(event.tags),
        timestamp=_cell(timestamp),
        evidence=json.dumps([_evidence_cell(e) for e in event.evidence], ensure_ascii=False),
        sources=TAG_SEPARATOR.join(event.sources),
    )
    return row


def _evidence_cell(evidence: Evidence) -> dict[str, Any]:
    cell: dict[str, Any] = {
        "start": evidence.start,
        "end": evidence.end,
        "text": evidence.text,
        "role": evidence.role,
    }
    if evidence.doc_id is not None:
        cell["doc_id"] = evidence.doc_id
    return cell


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _inter_cell(inter: int | None, actor: str | None) -> str:
    """ACLED writes 0 for an absent actor."""
    if inter is None and actor is None:
        return "0"
    return _cell(inter)


def _year(event: Event) -> str:
    day = event.event_date
    if day is None and event.date_start and event.date_end:
        day = event.date_start if event.date_start[:4] == event.date_end[:4] else None
    year = (day or "")[:4]
    return year if year.isdigit() else ""


def _disorder_type(sub_event_type: str) -> str:
    try:
        return taxonomy.sub_type(sub_event_type).disorder_type
    except KeyError:
        return ""


def _interaction(event: Event) -> int | None:
    try:
        return taxonomy.interaction(event.inter1, event.inter2)
    except ValueError:
        return None


def _targets_civilians(event: Event) -> bool:
    try:
        return taxonomy.civilian_targeting(event.sub_event_type, inter2=event.inter2)
    except KeyError:
        return False


_INT_FIELDS = (
    "time_precision",
    "inter1",
    "inter2",
    "geonameid",
    "geo_precision",
    "fatalities",
    "outlets",
)
_FLOAT_FIELDS = ("latitude", "longitude", "confidence")
_TEXT_FIELDS = tuple(
    name
    for name in Event.__dataclass_fields__
    if name not in (*_INT_FIELDS, *_FLOAT_FIELDS, "evidence", "tags", "notes", "sources")
)


def read_csv(source: TextIO) -> Iterator[Event]:
    """Events back from a CSV written by write_csv (sitrep's columns must be present)."""
    reader = csv.DictReader(source)
    missing = [
        c
        for c in Event.__dataclass_fields__
        if c not in (reader.fieldnames or []) and c not in _OPTIONAL_COLUMNS
    ]
    if missing:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        raise InputError(
            f"not a sitrep CSV export (missing columns: {shown}): "
            "export it again with `sitrep export --format csv`"
        )
    for line, row in enumerate(reader, start=2):
        try:
            yield _event_from_row(row)
        except (ValueError, TypeError, KeyError) as exc:
            raise InputError(f"line {line}: {exc}: fix or remove this row") from exc


def _event_from_row(row: dict[str, str]) -> Event:
    values: dict[str, Any] = {name: row[name] or None for name in _TEXT_FIELDS}
    values.update({name: int(row[name]) if row.get(name) else None for name in _INT_FIELDS})
    values.update({name: float(row[name]) if row[name] else None for name in _FLOAT_FIELDS})
    for inter in ("inter1", "inter2"):
        values[inter] = values[inter] or None  # ACLED's 0 = no actor
    values["event_id"] = row["event_id"]
    values["doc_id"] = row["doc_id"]
    values["event_type"] = row["event_type"]
    values["sub_event_type"] = row["sub_event_type"]
    values["notes"] = row["notes"]
    values["confidence"] = float(row["confidence"]) if row["confidence"] else 0.5
    values["tags"] = tuple(row["tags"].split(TAG_SEPARATOR)) if row["tags"] else ()
    values["evidence"] = tuple(Evidence(**e) for e in json.loads(row["evidence"] or "[]"))
    sources = row.get("sources") or ""
    values["sources"] = tuple(sources.split(TAG_SEPARATOR)) if sources else ()
    return Event(**values)


# GeoJSON


def geojson_feature(event: Event) -> dict[str, Any] | None:
    """An RFC 7946 Point feature ([lon, lat]); None when the event has no valid coordinates."""
    lat, lon = event.latitude, event.longitude
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": event.to_dict(),
    }


def write_geojson(events: Iterable[Event], out: TextIO) -> ExportResult:
    """A FeatureCollection of the events with coordinates; `skipped` counts the others."""
    written = skipped = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        feature = geojson_feature(event)
        if feature is None:
            skipped += 1
            continue
        out.write(",\n" if written else "\n")
        out.write(json.dumps(feature, ensure_ascii=False, allow_nan=False))
        written += 1
    out.write("\n]}\n")
    return ExportResult(written, skipped)


# Table

TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("event_date", 10),
    ("sub_event_type", 26),
    ("actor1", 30),
    ("actor2", 30),
    ("location", 20),
    ("country", 14),
    ("fatalities", 4),
    ("event_id", 16),
)


def write_table(events: Iterable[Event], out: TextIO) -> ExportResult:
    """A fixed-width table for reading in a terminal; long cells are cut with '…'."""
    header = [name[:width] for name, width in TABLE_COLUMNS]
    out.write(_table_line(header) + "\n")
    written = 0
    for event in events:
        cells = [_table_cell(getattr(event, name), width) for name, width in TABLE_COLUMNS]
        out.write(_table_line(cells) + "\n")
        written += 1
    return ExportResult(written)


def _table_cell(value: object, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_line(cells: list[str]) -> str:
    padded = [cell.ljust(width) for cell, (_, width) in zip(cells, TABLE_COLUMNS, strict=True)]
    return "  ".join(padded).rstrip()
