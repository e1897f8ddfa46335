"""Places a short report is sure of: a name the text calls an area, a common village name
abroad, a romanised alternate name, a dateline's country, a great city before
"neighbourhood", and a hamlet outside the provinces the report names (real gazetteer,
own texts)."""

from __future__ import annotations

from collections.abc import Collection, Iterator

import pytest

from sitrep.geocode.area_named import area_readings, area_worded
from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.generic_names import generic_in, romanised_rivals
from sitrep.geocode.geoparse import geoparse
from sitrep.geocode.reach import quarters_holder
from sitrep.geocode.recognize import dateline_at
from sitrep.geocode.strangers import minor_or_misspelled
from sitrep.geocode.stray_hamlets import astray, named_provinces
from sitrep.model import Place

Read = tuple[str, str | None, str | None]  # mention, country code, first-level area


@pytest.fixture(scope="module")
def real() -> Iterator[Gazetteer]:
    with Gazetteer.open(build_if_missing=True) as gaz:
        yield gaz


def _read(nlp, gaz: Gazetteer, text: str, actors: Collection[str] = ()) -> list[Read]:  # type: ignore[no-untyped-def]
    from sitrep.annotate import entity_spans

    tops = geoparse(text, entity_spans(nlp(text)), gaz, actor_countries=actors)
    return [
        (t.text, t.place.country_code, t.place.admin1) if t.place else (t.text, None, None)
        for t in tops
    ]


def test_a_name_called_a_region_is_the_region_not_a_town_abroad(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "A Russian drone attack in the Donetsk region killed a woman on Monday."
    assert _read(nlp, real, text)[0] == ("Donetsk", "UA", "Donetska")
    bare = "A Russian drone attack in Donetsk killed a woman on Monday."
    assert _read(nlp, real, bare)[0] == ("Donetsk", "RU", "Rostov")  # no area word: no change


def test_a_common_village_name_abroad_stays_unresolved(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "DHAKA - Two men were stabbed to death in Rampura on Monday night, police said."
    assert _read(nlp, real, text) == [("DHAKA", "BD", "Dhaka"), ("Rampura", None, None)]
    # in a report on India the Punjab town is still read
    india = "Indian police said three farmers were shot dead in Rampura village on Sunday."
    assert _read(nlp, real, india)[0] == ("Rampura", "IN", "Punjab")


def test_a_romanised_alternate_is_no_reading_beside_an_own_name(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Chhatra League activists attacked a rally in Rampura on Monday, police said."
    assert _read(nlp, real, text, actors={"BD"}) == [("Rampura", None, None)]  # not Rangpur


def test_a_great_city_before_neighbourhood_is_the_city(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen shot dead a shopkeeper in Rampura on Saturday night, police said. "
        "Residents of the Dhaka neighbourhood later blocked a road to protest."
    )
    assert _read(nlp, real, text) == [("Rampura", None, None), ("Dhaka", "BD", "Dhaka")]


def test_a_dateline_names_the_reports_country(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "GUAYAQUIL - Six inmates were killed in a riot at the Litoral Penitentiary on Monday."
    assert _read(nlp, real, text) == [("GUAYAQUIL", "EC", "Guayas"), ("Litoral", None, None)]
    # with no dateline nothing tells where the report is
    inside = "Six inmates were killed in a riot at the Litoral Penitentiary on Monday."
    assert _read(nlp, real, inside) == [("Litoral", "GQ", "Río Muni")]


def test_a_dateline_town_without_a_rival_leans_to_its_province(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "RAIPUR - Maoists triggered an IED blast in Bijapur on Sunday, killing two jawans."
    assert _read(nlp, real, text)[1] == ("Bijapur", "IN", "Chhattisgarh")
    bare = "Maoists triggered an IED blast in Bijapur on Sunday, killing two jawans."
    assert _read(nlp, real, bare)[0] == ("Bijapur", "IN", "Karnataka")  # nothing says which


def test_a_hamlet_outside_the_named_province_stays_unresolved(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Resistance fighters ambushed a convoy near Kani township in Sagaing Region on "
        "Sunday. Junta jets later bombed the village of Nyaung Pin Thar, killing four."
    )
    assert _read(nlp, real, text, actors={"MM"})[-1] == ("Nyaung Pin Thar", None, None)
    alone = "Junta jets bombed the village of Nyaung Pin Thar on Sunday, killing four."
    assert _read(nlp, real, alone, actors={"MM"}) == [("Nyaung Pin Thar", "MM", "Yangon")]


def _cand(
    name: str,
    country: str,
    admin1: str,
    *,
    code: str = "PPL",
    population: int = 800,
    match: str = "exact",
    kind: str = "name",
    matched: str | None = None,
) -> Candidate:
    place = Place(
        geonameid=1, name=name, latitude=1.0, longitude=2.0, country_code=country,
        admin1=admin1, feature_class="A" if code.startswith(("ADM", "PCL")) else "P",
        feature_code=code, population=population,
    )  # fmt: skip
    return Candidate(place=place, match=match, kind=kind, name=matched or name, place_id=1)


def test_area_worded_needs_an_area_word() -> None:
    text = "in the Donetsk region, in Kherson Oblast, in the province of Idlib, in southern Gaza"
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Donetsk", "Kherson", "Idlib")]
    assert all(area_worded(text, s, e) for s, e in spans)
    gaza = text.index("Gaza")
    assert not area_worded(text, gaza, gaza + 4)
    court = "filed in Ramsey District Court, the Donetsk Region Council said"
    for name in ("Ramsey", "Donetsk"):  # a court's, a council's name
        at = court.index(name)
        assert not area_worded(court, at, at + len(name))


def test_area_readings_keep_areas_and_their_seats() -> None:
    area = _cand(
        "Donetska",
        "UA",
        "Donetska",
        code="ADM1",
        population=6_700_000,
        match="alias",
        kind="alternate",
    )
    seat = _cand("Donetsk", "UA", "Donetska", population=900_000)
    other = _cand("Donetsk", "RU", "Rostov", population=50_000)

    def namesake(town: Place, place: Place) -> bool:
        return town.country_code == place.country_code and town.admin1 == place.admin1

    assert area_readings([seat, other, area], namesake) == [0, 2]
    assert area_readings([seat, other], namesake) == [0, 1]  # no area reading: all stay
    parish = _cand("Charlotte", "VC", "Charlotte", code="ADM1", population=7_705)
    city = _cand("Charlotte", "US", "North Carolina", population=900_000)
    assert area_readings([city, parish], namesake) == [0, 1]  # the city's region


def test_generic_in_counts_own_names_per_country() -> None:
    towns = [_cand("Rāmpura", "IN", a, matched="Rāmpura") for a in ("Punjab", "Haryana", "UP")]
    assert generic_in(towns) == {"IN"}
    assert generic_in(towns[:2]) == frozenset()  # two towns ("Valence") are no common name
    big = _cand("Rāmpura", "IN", "Punjab", population=45_000)
    assert minor_or_misspelled(big, generic=True)
    assert not minor_or_misspelled(big)


def test_romanised_rivals_drop_lower_case_alternates_beside_an_own_name() -> None:
    own = _cand("Rāmpura", "IN", "Punjab")
    romanised = _cand(
        "Rangpur", "BD", "Rangpur", match="alias", kind="alternate", matched="rampura"
    )
    assert romanised_rivals([own, romanised]) == [own]
    assert romanised_rivals([romanised]) == [romanised]  # the only reading stays


def test_dateline_at_needs_capitals_at_a_line_start() -> None:
    text = "DHAKA - Police said. Later, DHAKA was calm."
    assert dateline_at(text, 0, 5)
    assert not dateline_at(text, 27, 32)


def test_quarters_holder_is_a_capital_or_a_great_city() -> None:
    assert quarters_holder(_cand("Dhaka", "BD", "Dhaka", code="PPLC", population=10**7).place)
    assert not quarters_holder(_cand("Askari", "IR", "Tehran", population=5_000).place)


def test_astray_spares_the_named_province_near_places_and_towns() -> None:
    provinces = named_provinces(
        [_cand("Sagaing", "MM", "Sagaing", code="ADM1").place, None], ["sagaing", "x"], "x"
    )
    hamlet = _cand("Nyaung Pin Thar", "MM", "Yangon", population=2_684)
    assert astray(hamlet, provinces, local=False)
    assert not astray(hamlet, provinces, local=True)
    assert not astray(_cand("Monywa", "MM", "Sagaing"), provinces, local=False)
    assert not astray(_cand("Bago", "MM", "Bago", population=250_000), provinces, local=False)
    assert not astray(_cand("Tessa", "TH", "Tak"), provinces, local=False)  # no province named


def test_filed_bonus_only_in_the_filed_province() -> None:
    from sitrep.geocode.resolve import FILED_BONUS, filed_bonus

    town = _cand("Bījāpur", "IN", "Chhattisgarh").place
    assert filed_bonus(town, ("IN", "Chhattisgarh")) == FILED_BONUS
    assert filed_bonus(town, ("IN", "Karnataka")) == 0.0
    assert filed_bonus(town, None) == 0.0
