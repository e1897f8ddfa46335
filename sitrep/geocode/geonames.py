"""Import GeoNames dumps into a gazetteer, streaming: `allCountries.zip`, a country file
(`SY.zip`, `SY.txt`), `cities500.zip` and the like, and `alternateNamesV2.zip`.

Rows whose GeoNames id the gazetteer already holds are skipped (their alternate names still
import from alternateNamesV2). Memory stays bounded: rows go in batches, duplicates are checked
per batch against the file's indexes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sitrep.errors import GazetteerError, InputError
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.writer import Batch, admin_names
from sitrep.model import Place

Progress = Callable[[str], None]
GEONAME_COLUMNS = 19
ALTERNATE_COLUMNS = (8, 10)
DEFAULT_CLASSES = frozenset("PAHTL")
# alternateNames "languages" that are codes or links, not names
SKIP_LANGUAGES = frozenset(
    {"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "fr_1793", "phon", "piny"}
)
BATCH = 5_000
REPORT_EVERY = 200_000


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import read and added."""

    source: str
    rows: int
    places: int
    names: int
    skipped: int

    def line(self) -> str:
        return (
            f"{self.source}: {self.rows:,} rows read, {self.places:,} places and"
            f" {self.names:,} names added, {self.skipped:,} skipped"
        )


@contextmanager
def open_dump(path: str | Path) -> Iterator[IO[str]]:
    """The text stream of a GeoNames dump, from a .zip (its main .txt member) or a .txt."""
    file = Path(path)
    if not file.exists():
        raise InputError(f"{file}: no such file; give a GeoNames .zip or .txt dump")
    if file.suffix.lower() != ".zip":
        with file.open(encoding="utf-8", newline="") as fh:
            yield fh
        return
    try:
        with zipfile.ZipFile(file) as archive:
            member = _main_member(archive, file.stem)
            with archive.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    except zipfile.BadZipFile as exc:
        raise InputError(f"{file}: not a zip file ({exc}); download it again") from exc


def _main_member(archive: zipfile.ZipFile, stem: str) -> str:
    names = [n for n in archive.namelist() if n.endswith(".txt")]
    for name in names:
        if Path(name).stem == stem:
            return name
    data = [n for n in names if not n.lower().startswith(("readme", "iso-languagecodes"))]
    if not data:
        raise InputError(f"{archive.filename}: holds no GeoNames .txt file")
    return data[0]


def _rows(stream: IO[str]) -> Iterator[list[str]]:
    for line in stream:
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\r\n").split("\t")


def import_dump(
    gazetteer: Gazetteer,
    path: str | Path,
    *,
    feature_classes: frozenset[str] = DEFAULT_CLASSES,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a GeoNames dump of either kind (place rows or alternate names), by its columns."""
    with open_dump(path) as stream:
        rows = _rows(stream)
        first = next(rows, None)
        if first is None:
            raise InputError(f"{path}: empty file; nothing to import")
        source = Path(path).name
        chained = _chain(first, rows)
        if len(first) == GEONAME_COLUMNS:
            return import_geoname_rows(
                gazetteer,
                chained,
                source=source,
                feature_classes=feature_classes,
                progress=progress,
            )
        if len(first) in ALTERNATE_COLUMNS:
            return import_alternate_rows(gazetteer, chained, source=source, progress=progress)
    raise InputError(
        f"{path}: {len(first)} tab-separated columns; expected a GeoNames dump"
        f" ({GEONAME_COLUMNS} columns) or alternateNames ({ALTERNATE_COLUMNS[1]} columns)"
    )


def _chain(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest


def _int(text: str) -> int:
    return int(text) if text.strip().lstrip("-").isdigit() else 0


def geoname_place(row: list[str], areas: dict[str, str], countries: dict[str, Place]) -> Place:
    """A Place from one GeoNames row (admin codes turned into names through `areas`)."""
    cc = row[8]
    country = countries.get(cc)
    admin1 = areas.get(f"{cc}.{row[10]}")
    if row[7] == "ADM1":
        admin1 = areas.get(f"{cc}.{row[10]}", row[1])
    return Place(
        geonameid=int(row[0]),
        name=row[1],
        latitude=round(float(row[4]), 5),
        longitude=round(float(row[5]), 5),
        country_code=cc or None,
        country=country.name if country else None,
        iso3=country.iso3 if country else None,
        admin1=admin1,
        admin2=areas.get(f"{cc}.{row[10]}.{row[11]}"),
        feature_class=row[6],
        feature_code=row[7],
        population=_int(row[14]),
    )


def _geoname_names(row: list[str]) -> list[tuple[str, str]]:
    names = [(row[1], "name"), (row[2], "alternate")]
    return names + [(a, "alternate") for a in row[3].split(",") if a.strip()]


def import_geoname_rows(
    gazetteer: Gazetteer,
    rows: Iterator[list[str]],
    *,
    source: str,
    feature_classes: frozenset[str] = DEFAULT_CLASSES,
    progress: Progress | None = None,
) -> ImportReport:
    """Add GeoNames place rows the gazetteer lacks."""
    say = progress or (lambda _m: None)
    areas = admin_names(gazetteer)
    countries: dict[str, Place] = {}
    batch = Batch(gazetteer, source="geonames")
    read = skipped = 0
    pending: list[list[str]] = []
    for row in rows:
        read += 1
        if len(row) == GEONAME_COLUMNS and row[6] in feature_classes:
            _note_country(gazetteer, countries, row[8])
            pending.append(row)
        else:
            skipped += 1
        if len(pending) >= BATCH:
            skipped += _flush_geonames(batch, pending, areas, countries)
        if read % REPORT_EVERY == 0:
            say(f"{source}: {read:,} rows read, {batch.places:,} places added")
    skipped += _flush_geonames(batch, pending, areas, countries)
    batch.finish(source, read)
    return ImportReport(source, read, batch.places, batch.names, skipped)


def _note_country(gazetteer: Gazetteer, countries: dict[str, Place], cc: str) -> None:
    if cc and cc not in countries:
        found = gazetteer.country(cc)
        if found is not None:
            countries[cc] = found


def _flush_geonames(
    batch: Batch, pending: list[list[str]], areas: dict[str, str], countries: dict[str, Place]
) -> int:
    known = batch.known_geonameids(int(r[0]) for r in pending)
    skipped = 0
    for row in pending:
        try:
            place = geoname_place(row, areas, countries)
        except ValueError:
            skipped += 1
            continue
        if place.geonameid in known:
            skipped += 1
            continue
        known.add(place.geonameid or 0)
        if place.feature_code == "ADM1" and place.country_code:
            areas.setdefault(f"{place.country_code}.{row[10]}", place.name)
        batch.add(place, _geoname_names(row))
    pending.clear()
    batch.flush()
    return skipped


def import_alternate_rows(
    gazetteer: Gazetteer,
    rows: Iterator[list[str]],
    *,
    source: str,
    progress: Progress | None = None,
) -> ImportReport:
    """Add alternateNames rows as names of the places the gazetteer holds (by GeoNames id)."""
    say = progress or (lambda _m: None)
    batch = Batch(gazetteer, source="geonames")
    read = skipped = 0
    pending: list[tuple[int, str, str]] = []
    for row in rows:
        read += 1
        parsed = alternate_name(row)
        if parsed is None:
            skipped += 1
        else:
            pending.append(parsed)
        if len(pending) >= BATCH:
            skipped += batch.add_names(pending)
        if read % REPORT_EVERY == 0:
            say(f"{source}: {read:,} rows read, {batch.names:,} names added")
    skipped += batch.add_names(pending)
    batch.finish(source, read)
    return ImportReport(source, read, 0, batch.names, skipped)


def alternate_name(row: list[str]) -> tuple[int, str, str] | None:
    """(geonameid, name, kind) from an alternateNames row, or None for codes and links."""
    if len(row) < 4 or not row[1].isdigit() or not row[3].strip():
        return None
    language = row[2].strip().lower()
    if language in SKIP_LANGUAGES:
        return None
    kind = "abbreviation" if language == "abbr" else "alternate"
    return int(row[1]), row[3].strip(), kind


def check_classes(text: str) -> frozenset[str]:
    """Feature classes from a string such as "PAH" (GeoNames' A H L P R S T U V)."""
    classes = frozenset(text.upper())
    bad = classes - frozenset("AHLPRSTUV")
    if bad:
        raise GazetteerError(
            f"unknown feature class {''.join(sorted(bad))}; use letters of AHLPRSTUV"
        )
    return classes
