"""Readings abroad in a report clearly about one country: pure-function tests, and one report
through the real geoparser."""

from __future__ import annotations

import pytest

from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.geoparse import geoparse
from sitrep.geocode.home import Home
from sitrep.geocode.strangers import home_country, stranger
from sitrep.model import Place


def candidate(
    country: str, *, code: str = "PPL", population: int = 800, match: str = "exact"
) -> Candidate:
    place = Place(
        geonameid=1, name="Arbin", latitude=1.0, longitude=2.0, country_code=country,
        feature_class="A" if code.startswith(("ADM", "PCL")) else "P", feature_code=code,
        population=population,
    )  # fmt: skip
    return Candidate(place=place, match=match, kind="name", name="Arbin", place_id=1)


def test_a_country_named_outright_is_the_home() -> None:
    assert home_country(Home(), {"SY"}) == "SY"
    assert home_country(Home(countries={"US": 0.9}), {"SY"}) == "SY"


def test_a_report_naming_several_countries_has_no_one_home() -> None:
    assert home_country(Home(countries={"US": 0.9}), {"SY", "IQ"}) is None


def test_the_lean_of_other_places_makes_a_clear_home() -> None:
    assert home_country(Home(countries={"US": 0.6}), set()) == "US"
    assert home_country(Home(countries={"US": 0.4}), set()) is None


def test_a_lean_shared_by_several_countries_is_no_clear_home() -> None:
    assert home_country(Home(countries={"US": 0.6, "CA": 0.6}), set()) is None
    assert home_country(Home(countries={"US": 0.8, "CA": 0.6}), set()) == "US"


def test_no_home_no_stranger() -> None:
    assert home_country(Home(), set()) is None
    assert not stranger(candidate("FR"), home=None, votes={})


def test_a_hamlet_abroad_is_a_stranger() -> None:
    assert stranger(candidate("FR"), home="SY", votes={"SY": 1.0})


def test_a_city_abroad_matched_by_another_name_is_a_stranger() -> None:
    bonn = candidate("DE", population=330_000, match="alias")
    assert stranger(bonn, home="ML", votes={"ML": 1.0})


@pytest.mark.parametrize(
    ("cand", "votes"),
    [
        (candidate("SY"), {"SY": 1.0}),  # at home
        (candidate("FR"), {"SY": 1.0, "FR": 0.4}),  # its country is named in the report
        (candidate("FR", code="PPLC", population=2_000_000), {"SY": 1.0}),  # a capital
        (candidate("FR", code="ADM1", population=0), {"SY": 1.0}),  # a province
        (candidate("DE", population=330_000), {"SY": 1.0}),  # known abroad by its own name
    ],
)
def test_these_readings_are_kept(cand: Candidate, votes: dict[str, float]) -> None:
    assert not stranger(cand, home="SY", votes=votes)


def test_a_village_the_gazetteer_lacks_stays_unresolved(nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.annotate import entity_spans

    text = "BAMAKO, Mali - Militants ambushed an army convoy near Boni in the Mopti region."
    with Gazetteer.open(build_if_missing=True) as real:
        assert real.lookup("Boni")[0].place.name == "Bonn"  # an alternate name of Bonn
        found = {t.text: t.place for t in geoparse(text, entity_spans(nlp(text)), real)}
    assert found["Boni"] is None
    mopti = found["Mopti"]
    assert mopti is not None and mopti.country_code == "ML"


def test_the_source_country_names_the_home(nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.annotate import entity_spans

    text = "Militants ambushed an army convoy near Boni on Sunday."
    spans = entity_spans(nlp(text))
    with Gazetteer.open(build_if_missing=True) as real:
        alone = {t.text: t.place for t in geoparse(text, spans, real)}
        from_mali = {t.text: t.place for t in geoparse(text, spans, real, source_country="ML")}
    bonn = alone["Boni"]
    assert bonn is not None and bonn.country_code == "DE"
    assert from_mali["Boni"] is None
