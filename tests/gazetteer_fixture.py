"""A mini gazetteer for end-to-end tests: a few real towns, their admin-1 areas and countries.

Coordinates are public knowledge (rounded). Build it with `build_mini_gazetteer(path)`; it
takes a fraction of a second, so command tests never need the full registry build.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sitrep.geocode.gazetteer import Gazetteer, insert_names, insert_place
from sitrep.geocode.schema import create_empty
from sitrep.model import Place

# name, ISO2, ISO3, lat, lon, population, demonym
COUNTRIES = (
    ("Syria", "SY", "SYR", 35.0, 38.0, 22_000_000, "Syrian"),
    ("Sudan", "SD", "SDN", 15.5, 30.0, 45_000_000, "Sudanese"),
    ("Kenya", "KE", "KEN", 1.0, 38.0, 53_000_000, "Kenyan"),
    ("Nigeria", "NG", "NGA", 10.0, 8.0, 210_000_000, "Nigerian"),
    ("Ukraine", "UA", "UKR", 49.0, 32.0, 38_000_000, "Ukrainian"),
    ("Russia", "RU", "RUS", 60.0, 100.0, 144_000_000, "Russian"),
)

# name, ISO2, lat, lon, population, alternates
ADMIN1 = (
    ("Idlib", "SY", 35.83, 36.63, 1_500_000, ("Idlib Governorate",)),
    ("Aleppo", "SY", 36.2, 37.5, 4_800_000, ("Aleppo Governorate",)),
    ("Al Jazirah", "SD", 14.4, 33.5, 5_000_000, ("Gezira", "Al Jazirah State")),
    ("Khartoum", "SD", 15.6, 32.6, 8_000_000, ("Khartoum State",)),
    ("Mombasa", "KE", -4.03, 39.62, 1_200_000, ("Mombasa County",)),
    ("Nairobi City", "KE", -1.28, 36.82, 4_400_000, ("Nairobi County",)),
    ("Kaduna", "NG", 10.5, 7.4, 8_000_000, ("Kaduna State",)),
    ("Kharkivska", "UA", 49.5, 36.5, 2_600_000, ("Kharkiv Oblast",)),
)

# name, ISO2, admin1, lat, lon, population, feature code, alternates
TOWNS = (
    ("Idlib", "SY", "Idlib", 35.930, 36.634, 165_000, "PPLA", ()),
    ("Sarmin", "SY", "Idlib", 35.904, 36.725, 15_000, "PPL", ()),
    ("Aleppo", "SY", "Aleppo", 36.202, 37.159, 1_800_000, "PPLA", ("Halab",)),
    ("Wad Madani", "SD", "Al Jazirah", 14.402, 33.519, 330_000, "PPLA", ("Wad Medani",)),
    ("Khartoum", "SD", "Khartoum", 15.552, 32.532, 1_900_000, "PPLC", ()),
    ("Mombasa", "KE", "Mombasa", -4.055, 39.664, 1_200_000, "PPLA", ()),
    ("Nairobi", "KE", "Nairobi City", -1.286, 36.817, 4_400_000, "PPLC", ()),
    ("Zaria", "NG", "Kaduna", 11.085, 7.720, 700_000, "PPL", ()),
    ("Kaduna", "NG", "Kaduna", 10.523, 7.438, 1_600_000, "PPLA", ()),
    ("Kharkiv", "UA", "Kharkivska", 49.994, 36.231, 1_400_000, "PPLA", ("Kharkov",)),
    ("Kyiv", "UA", "Kyiv City", 50.450, 30.524, 2_900_000, "PPLC", ("Kiev",)),
)

FIRST_ID = 910_000


def build_mini_gazetteer(path: str | Path) -> Path:
    """Write the mini gazetteer to `path` (replacing any file there) and return the path."""
    target = create_empty(path, meta={"source": "sitrep test fixture"})
    conn = sqlite3.connect(target)
    try:
        _add_countries(conn)
        conn.commit()
    finally:
        conn.close()
    with Gazetteer.open(target, writable=True) as gaz:
        for name, demonym in ((c[0], c[6]) for c in COUNTRIES):
            gaz.add_alias(demonym, same_as=name, kind="demonym")
        _add_admin1(gaz)
        _add_towns(gaz)
    return target


def _add_countries(conn: sqlite3.Connection) -> None:
    for i, (name, iso2, iso3, lat, lon, population, _demonym) in enumerate(COUNTRIES):
        place = Place(
            geonameid=FIRST_ID + i,
            name=name,
            latitude=lat,
            longitude=lon,
            country_code=iso2,
            country=name,
            iso3=iso3,
            feature_class="A",
            feature_code="PCLI",
            population=population,
        )
        insert_names(conn, insert_place(conn, place), [(name, "name")])


def _add_admin1(gaz: Gazetteer) -> None:
    for i, (name, iso2, lat, lon, population, alternates) in enumerate(ADMIN1):
        gaz.add_place(
            name,
            latitude=lat,
            longitude=lon,
            country_code=iso2,
            admin1=name,
            feature_class="A",
            feature_code="ADM1",
            population=population,
            geonameid=FIRST_ID + 100 + i,
            alternates=alternates,
        )


def _add_towns(gaz: Gazetteer) -> None:
    for i, (name, iso2, admin1, lat, lon, population, code, alternates) in enumerate(TOWNS):
        gaz.add_place(
            name,
            latitude=lat,
            longitude=lon,
            country_code=iso2,
            admin1=admin1,
            feature_code=code,
            population=population,
            geonameid=FIRST_ID + 200 + i,
            alternates=alternates,
        )


def geonameid_of(name: str) -> int:
    """The fixture's GeoNames id for a town name (for exact assertions)."""
    for i, town in enumerate(TOWNS):
        if town[0] == name:
            return FIRST_ID + 200 + i
    raise KeyError(name)
