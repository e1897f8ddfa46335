"""The gazetteer build marks one capital per country, not every town of the capital's name."""

from __future__ import annotations

from sitrep.geocode.build import _Data, capital_ids


def city(geonameid: int, name: str, country: str, population: int) -> dict[str, object]:
    return {"geonameid": geonameid, "name": name, "countrycode": country, "population": population}


def test_only_the_largest_town_of_the_capital_name_is_the_capital() -> None:
    towns = [
        city(1, "Washington", "US", 689_545),
        city(2, "Washington", "US", 4_134),  # one of many small namesakes
        city(3, "Damascus", "SY", 1_569_394),
        city(4, "Damascus", "US", 11_000),  # abroad: not the US capital's name
        city(5, "Paris", "FR", 2_138_551),
    ]
    data = _Data(
        countries={}, subdivisions={}, city_areas={}, admin1_by_gn={}, admin1_names={},
        states={}, cities={str(t["geonameid"]): t for t in towns},
    )  # fmt: skip
    assert capital_ids(data) == {1, 3, 5}
