"""Places an analyst adds: one by name and coordinates, an alias of a known place, a CSV of
such rows, or the distinct locations of a coded event dataset (ACLED's CSV or sitrep's own).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError
from sitrep.geocode.fold import exact_key
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.geonames import ImportReport
from sitrep.geocode.resolve import haversine_km
from sitrep.geocode.writer import Batch
from sitrep.model import Place

Progress = Callable[[str], None]
SAME_PLACE_KM = 5.0
EVENT_COLUMNS = frozenset({"location", "latitude", "longitude"})


def country_code(gazetteer: Gazetteer, text: str | None) -> str | None:
    """ISO alpha-2 for an alpha-2, alpha-3, ISO numeric code or a country name."""
    if not text or not text.strip():
        return None
    value = text.strip()
    if value.isdigit():
        import pycountry

        found = pycountry.countries.get(numeric=f"{int(value):03d}")
        return found.alpha_2 if found else _unknown_country(value)
    place = gazetteer.country(value)
    return place.country_code if place else _unknown_country(value)


def _unknown_country(value: str) -> str:
    raise InputError(
        f"unknown country {value!r}; give a country name or an ISO code such as SY or SYR"
    )


def check_point(latitude: float, longitude: float) -> None:
    if not -90.0 <= latitude <= 90.0 or not -180.0 <= longitude <= 180.0:
        raise InputError(
            f"({latitude}, {longitude}) is not a point; latitude is -90..90, longitude -180..180"
        )


def add_place(
    gazetteer: Gazetteer,
    name: str,
    *,
    latitude: float,
    longitude: float,
    country: str | None = None,
    admin1: str | None = None,
    admin2: str | None = None,
    feature_code: str = "PPL",
    source: str = "user",
) -> Place:
    """Add a named place (a village, a local spelling) at a point."""
    if not name.strip():
        raise InputError("a place needs a name")
    check_point(latitude, longitude)
    return gazetteer.add_place(
        name.strip(),
        latitude=latitude,
        longitude=longitude,
        country_code=country_code(gazetteer, country),
        admin1=admin1 or None,
        admin2=admin2 or None,
        feature_class="A" if feature_code.startswith("ADM") else "P",
        feature_code=feature_code,
        source=source,
    )


def add_alias(
    gazetteer: Gazetteer, name: str, *, same_as: str, country: str | None = None
) -> Place:
    """Make `name` another name of a known place: a GeoNames id, or a name that (within
    `country`, if given) picks out one place."""
    if not name.strip():
        raise InputError("an alias needs a name")
    if same_as.strip().isdigit():
        return gazetteer.add_alias(name.strip(), same_as=int(same_as))
    place_id, place = _one_place(gazetteer, same_as.strip(), country_code(gazetteer, country))
    gazetteer.add_name(place_id, name.strip())
    return place


def _one_place(gazetteer: Gazetteer, ref: str, country: str | None) -> tuple[int, Place]:
    found = [
        c
        for c in gazetteer.lookup(ref)
        if c.match != "folded" and (country is None or c.place.country_code == country)
    ]
    exact = [c for c in found if exact_key(c.name) == exact_key(ref)] or found
    if not exact:
        where = f" in {country}" if country else ""
        raise InputError(f"no place named {ref!r}{where}; add it with coordinates first")
    if len({c.place_id for c in exact}) > 1:
        options = "; ".join(
            f"{c.place.geonameid or '-'} {c.place.name}, {c.place.country_code}" for c in exact[:5]
        )
        raise InputError(
            f"{ref!r} names {len(exact)} places ({options}); give a GeoNames id or a country"
        )
    return exact[0].place_id, exact[0].place


def _read_csv(path: str | Path) -> Iterator[dict[str, str]]:
    file = Path(path)
    try:
        with file.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                yield {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read ({exc}); give a UTF-8 CSV file") from exc


PLACE_COLUMNS = (
    "name", "latitude", "longitude", "lat", "lon", "country", "admin1", "admin2", "same_as",
)  # fmt: skip


def _check_place_columns(path: str | Path, row: dict[str, str]) -> None:
    unknown = [key for key in row if key not in PLACE_COLUMNS]
    if unknown:
        raise InputError(
            f"{path}: unknown column {unknown[0]!r}; a places CSV has the columns "
            f"{', '.join(PLACE_COLUMNS)} (rename or remove it; nothing was imported)"
        )


def _float(row: dict[str, str], *keys: str) -> float:
    for key in keys:
        if row.get(key):
            try:
                return float(row[key])
            except ValueError:
                break
    raise InputError(f"needs a number in column {keys[0]!r}")


def import_places_csv(
    gazetteer: Gazetteer, path: str | Path, *, progress: Progress | None = None
) -> ImportReport:
    """Rows `name, latitude, longitude[, country, admin1, admin2]` or `name, same_as`; a
    column the importer does not know stops the import before anything is written."""
    say = progress or (lambda _m: None)
    places = names = skipped = read = 0
    for number, row in enumerate(_read_csv(path), 2):
        if read == 0:
            _check_place_columns(path, row)
        read += 1
        try:
            if row.get("same_as"):
                add_alias(
                    gazetteer,
                    row.get("name", ""),
                    same_as=row["same_as"],
                    country=row.get("country"),
                )
                names += 1
            else:
                add_place(
                    gazetteer,
                    row.get("name", ""),
                    latitude=_float(row, "latitude", "lat"),
                    longitude=_float(row, "longitude", "lon"),
                    country=row.get("country"),
                    admin1=row.get("admin1"),
                    admin2=row.get("admin2"),
                )
                places += 1
        except InputError as exc:
            skipped += 1
            say(f"{path}:{number}: skipped, {exc}")
    return ImportReport(Path(path).name, read, places, names, skipped)


@dataclass(slots=True)
class _Location:
    """One distinct named location of an event dataset, with its events' points."""

    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    points: list[tuple[float, float]] = field(default_factory=list)

    def place(self, gazetteer: Gazetteer) -> Place:
        lat = sum(p[0] for p in self.points) / len(self.points)
        lon = sum(p[1] for p in self.points) / len(self.points)
        country = gazetteer.country(self.country) if self.country else None
        return Place(
            geonameid=None,
            name=self.name,
            latitude=round(lat, 5),
            longitude=round(lon, 5),
            country_code=self.country,
            country=country.name if country else None,
            iso3=country.iso3 if country else None,
            admin1=self.admin1,
            admin2=self.admin2,
        )


def event_locations(
    gazetteer: Gazetteer, path: str | Path, *, progress: Progress | None = None
) -> tuple[list[_Location], int, int]:
    """Distinct (location, country, admin1, admin2) of an event CSV; rows read and skipped."""
    say = progress or (lambda _m: None)
    found: dict[tuple[str, str | None, str | None, str | None], _Location] = {}
    codes: dict[str, str | None] = {}
    read = skipped = 0
    for number, row in enumerate(_read_csv(path), 2):
        read += 1
        if read == 1 and not row.keys() >= EVENT_COLUMNS:
            raise InputError(f"{path}: needs columns {', '.join(sorted(EVENT_COLUMNS))}")
        try:
            point = (_float(row, "latitude"), _float(row, "longitude"))
            check_point(*point)
            ref = row.get("iso3") or row.get("iso") or row.get("country") or ""
            if ref not in codes:
                codes[ref] = country_code(gazetteer, ref)
        except InputError as exc:
            skipped += 1
            say(f"{path}:{number}: skipped, {exc}")
            continue
        key = (row["location"], codes[ref], row.get("admin1") or None, row.get("admin2") or None)
        if not key[0]:
            skipped += 1
            continue
        found.setdefault(key, _Location(*key)).points.append(point)
    return list(found.values()), read, skipped


def _already_known(gazetteer: Gazetteer, place: Place) -> bool:
    """The gazetteer has this name in this country within a few kilometres."""
    for cand in gazetteer.lookup(place.name):
        p = cand.place
        if cand.match == "folded" or p.country_code != place.country_code:
            continue
        if p.latitude is None or p.longitude is None:
            continue
        km = haversine_km(p.latitude, p.longitude, place.latitude or 0, place.longitude or 0)
        if km < SAME_PLACE_KM:
            return True
    return False


def import_events_csv(
    gazetteer: Gazetteer, path: str | Path, *, progress: Progress | None = None
) -> ImportReport:
    """Each distinct named location of an ACLED-format (or sitrep) event CSV becomes a place,
    unless the gazetteer already has it."""
    locations, read, skipped = event_locations(gazetteer, path, progress=progress)
    batch = Batch(gazetteer, source="events")
    for location in locations:
        place = location.place(gazetteer)
        if _already_known(gazetteer, place):
            skipped += 1
            continue
        batch.add(place, [(place.name, "name")])
    batch.finish(Path(path).name, read)
    return ImportReport(Path(path).name, read, batch.places, batch.names, skipped)


def is_event_csv(path: str | Path) -> bool:
    """Whether a CSV's header has an event dataset's location columns."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc}); give a UTF-8 CSV file") from exc
    return {h.strip().lower() for h in header} >= EVENT_COLUMNS
