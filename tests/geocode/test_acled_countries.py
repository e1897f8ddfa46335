"""Places carry ACLED's country names where GeoNames spells them otherwise, and those names
find their country."""

from pathlib import Path

import pytest

from sitrep.geocode.acled_countries import acled_country
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.schema import create_empty


@pytest.mark.parametrize(
    ("code", "geonames", "acled"),
    [
        ("PS", "Palestinian Territory", "Palestine"),
        ("CD", "Democratic Republic of the Congo", "Democratic Republic of Congo"),
        ("CZ", "Czechia", "Czech Republic"),
        ("SZ", "Eswatini", "eSwatini"),
        ("TL", "Timor Leste", "East Timor"),
        ("KE", "Kenya", "Kenya"),
    ],
)
def test_acled_names_replace_geonames_spellings(code, geonames, acled):
    assert acled_country(code, geonames) == acled


def test_a_place_carries_acled_s_country_name_and_the_name_finds_it(tmp_path: Path):
    path = create_empty(tmp_path / "g.sqlite")
    with Gazetteer.open(path, writable=True) as gaz:
        gaz.add_place(
            "Palestinian Territory",
            latitude=31.9,
            longitude=35.2,
            feature_class="A",
            feature_code="PCLI",
            population=5_000_000,
        )
        gaz._conn.execute(
            "UPDATE place SET country_code = 'PS', country = 'Palestinian Territory', iso3 = 'PSE'"
        )
        found = gaz.country("Palestine")
    assert found is not None and (found.country, found.country_code) == ("Palestine", "PS")


def test_the_geo_scorer_takes_acled_and_geonames_spellings_for_one_country():
    from sitrep.evaluate.geo import same_country

    assert same_country("Palestine", "Palestinian Territory")
    assert same_country("Democratic Republic of Congo", "Democratic Republic of the Congo")
    assert not same_country("Palestine", "Israel")
