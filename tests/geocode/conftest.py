"""A mini gazetteer written for the tests (places and names made up or public knowledge)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.schema import create_empty


def _fill(gaz: Gazetteer) -> None:
    countries = [
        ("Syria", "SY", "SYR", 35.0, 38.0, 17_000_000, ["Syrian Arab Republic"], ["Syrian"]),
        ("Iraq", "IQ", "IRQ", 33.0, 44.0, 38_000_000, [], ["Iraqi"]),
        ("Bahrain", "BH", "BHR", 26.0, 50.55, 1_500_000, [], []),
        ("United States", "US", "USA", 39.76, -98.5, 327_000_000, ["America"], ["American"]),
    ]
    for name, cc, iso3, lat, lon, pop, alts, demonyms in countries:
        gaz.add_place(
            name,
            latitude=lat,
            longitude=lon,
            feature_class="A",
            feature_code="PCLI",
            population=pop,
            alternates=alts,
        )
        gaz._conn.execute(
            "UPDATE place SET country_code = ?, country = ?, iso3 = ? WHERE name = ?",
            (cc, name, iso3, name),
        )
        for d in demonyms:
            gaz.add_alias(d, same_as=name, kind="demonym")
    gaz.add_alias("U.S.", same_as="United States", kind="abbreviation")
    gaz.add_place(
        "Deir ez-Zor",
        latitude=35.27,
        longitude=40.24,
        country_code="SY",
        admin1="Deir ez-Zor",
        feature_class="A",
        feature_code="ADM1",
        population=450_000,
        alternates=["Dayr az Zawr"],
    )
    gaz.add_place(
        "Deir ez-Zor",
        latitude=35.336,
        longitude=40.14,
        country_code="SY",
        admin1="Deir ez-Zor",
        population=270_000,
    )
    gaz.add_place(
        "Hajīn",
        latitude=34.695,
        longitude=40.831,
        country_code="SY",
        admin1="Deir ez-Zor",
        population=29_000,
        geonameid=900001,
        alternates=["Hajin"],
    )
    gaz.add_place(
        "Al Qāmishlī",
        latitude=37.05,
        longitude=41.23,
        country_code="SY",
        admin1="Al-Hasakah",
        population=184_000,
        geonameid=900002,
    )
    gaz.add_place(
        "Hajin",
        latitude=10.0,
        longitude=10.0,
        country_code="US",
        admin1="Ohio",
        population=90_000,
        geonameid=900003,
    )
    gaz.add_place(
        "Ohio",
        latitude=40.2,
        longitude=-82.7,
        country_code="US",
        admin1="Ohio",
        feature_class="A",
        feature_code="ADM1",
        population=8_000_000,
    )
    gaz.add_place(
        "Springfield",
        latitude=39.92,
        longitude=-83.81,
        country_code="US",
        admin1="Ohio",
        population=58_000,
        geonameid=900004,
    )
    gaz.add_place(
        "Springfield",
        latitude=39.80,
        longitude=-89.64,
        country_code="US",
        admin1="Illinois",
        population=116_000,
        geonameid=900005,
    )
    gaz.add_place(
        "Kyiv",
        latitude=50.45,
        longitude=30.52,
        country_code="UA",
        feature_code="PPLC",
        population=2_900_000,
        geonameid=900006,
    )
    gaz._conn.commit()


@pytest.fixture(scope="session")
def mini_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = create_empty(tmp_path_factory.mktemp("gaz") / "mini.sqlite")
    with Gazetteer.open(path, writable=True) as gaz:
        _fill(gaz)
    return path


@pytest.fixture
def gaz(mini_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(mini_path) as g:
        yield g
