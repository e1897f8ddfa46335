"""An event placed only in a province or district named after its main town is coded at that
town, as ACLED codes a province-level report (reports written for the project; the registry
gazetteer)."""

from __future__ import annotations


def test_a_governorate_named_after_its_city_is_coded_at_the_city(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Regime forces shelled farmland in the northern countryside of Homs governorate."
    [event] = extract(text).events
    assert (event.location, event.geo_precision, event.admin1) == ("Homs", 3, "Homs")
    assert (round(event.latitude, 2), round(event.longitude, 2)) == (34.72, 36.73)


def test_a_county_named_after_its_town_is_coded_at_the_town(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Suspected al-Shabaab militants attacked a police camp in Wajir county on Tuesday."
    [event] = extract(text).events
    assert (event.location, event.country, event.geo_precision) == ("Wajir", "Kenya", 3)
    assert (round(event.latitude, 2), round(event.longitude, 2)) == (1.75, 40.06)


def test_a_province_with_another_capital_stays_the_province(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed three farmers in a village of Zamfara state on Sunday."
    [event] = extract(text).events
    assert (event.location, event.geo_precision, event.fatalities) == ("Zamfara", 3, 3)
