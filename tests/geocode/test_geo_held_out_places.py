"""Places of short conflict reports that give no country or only an actor: a looser spelling,
a reading in none of the report's countries, a reading outside the province the text names
(real gazetteer, own texts)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace

import pytest

from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.geoparse import geoparse
from sitrep.geocode.resolve import loose_abroad
from sitrep.geocode.strangers import beyond_reach, stranger_to_all
from sitrep.model import Place

Read = tuple[str, str | None, str | None]  # mention, country code, first-level area


@pytest.fixture(scope="module")
def real() -> Iterator[Gazetteer]:
    with Gazetteer.open(build_if_missing=True) as gaz:
        yield gaz


def _read(  # type: ignore[no-untyped-def]
    nlp,
    gaz: Gazetteer,
    text: str,
    actors: Collection[str] = (),
    acting: Collection[str] | None = None,
) -> list[Read]:
    from sitrep.annotate import entity_spans

    spans = entity_spans(nlp(text))
    tops = geoparse(
        text, spans, gaz, actor_countries={*actors, *(acting or ())}, acting_countries=acting
    )
    return [
        (t.text, t.place.country_code, t.place.admin1) if t.place else (t.text, None, None)
        for t in tops
    ]


def test_a_recorded_spelling_beats_a_looser_one_abroad(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli aircraft hit a house in Nuseirat late on Tuesday, killing four people."
    assert _read(nlp, real, text) == [("Nuseirat", "PS", "Deir El Balah")]


def test_a_looser_spelling_among_the_reports_places_still_wins(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Indian and Pakistani troops traded fire near Naushera in Rajouri district on Tuesday."
    assert _read(nlp, real, text) == [
        ("Naushera", "IN", "Jammu and Kashmir"),
        ("Rajouri", "IN", "Jammu and Kashmir"),
    ]


def test_a_reading_in_none_of_the_reports_countries_is_dropped(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Regime forces shelled A'rima on Monday as Turkish-backed factions returned fire."
    assert _read(nlp, real, text, actors={"SY"}) == [("A'rima", "SY", "Aleppo")]
    assert _read(nlp, real, text)[0][1] == "TT"  # no actors: nothing says where it is


def test_a_town_far_beyond_the_actors_lands_stays_unresolved(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers burned houses in Kani on Monday after clashes with resistance fighters."
    assert _read(nlp, real, text, actors={"MM"}) == [("Kani", None, None)]
    assert _read(nlp, real, text) == [("Kani", "JP", "Gifu")]
    # a lean that is no acting party's land (an outlet's, civilians' nation) bounds nothing
    assert _read(nlp, real, text, actors={"MM"}, acting=()) == [("Kani", "JP", "Gifu")]


def test_a_reading_outside_the_province_the_text_names_is_dropped(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Shells hit the village of Orlivka in Donetsk region overnight, Ukraine's army said."
    assert _read(nlp, real, text)[:2] == [("Orlivka", None, None), ("Donetsk", "UA", "Donetska")]
    inside = "Shells hit the village of Orlivka in Odesa region overnight, Ukraine's army said."
    assert _read(nlp, real, inside)[0] == ("Orlivka", "UA", "Odeska")


def test_a_looser_spelling_where_no_other_place_lies_is_dropped(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Russian jets pounded the town of Tamanaah on Monday, a day after strikes on Ariha."
    assert _read(nlp, real, text, actors={"SY"}) == [
        ("Tamanaah", "SY", "Idlib"),  # not Tyumen, whose consonants fold alike
        ("Ariha", "SY", "Idlib"),
    ]


def test_loose_abroad_spares_a_guess_near_home_held_or_alone() -> None:
    guess = replace(_candidate("RU"), match="folded")
    assert loose_abroad(guess, held=False, near=False, others={"SY"})
    assert not loose_abroad(guess, held=False, near=False, others={"SY", "RU"})
    assert not loose_abroad(guess, held=True, near=False, others={"SY"})
    assert not loose_abroad(guess, held=False, near=True, others={"SY"})
    assert not loose_abroad(guess, held=False, near=False, others=())  # no other place
    assert not loose_abroad(_candidate("RU"), held=False, near=False, others={"SY"})  # exact


def _candidate(country: str, *, code: str = "PPL", population: int = 800) -> Candidate:
    place = Place(
        geonameid=1, name="Tessa", latitude=1.0, longitude=2.0, country_code=country,
        feature_class="A" if code.startswith(("ADM", "PCL")) else "P", feature_code=code,
        population=population,
    )  # fmt: skip
    return Candidate(place=place, match="exact", kind="name", name="Tessa", place_id=1)


def test_a_minor_reading_in_none_of_several_homes_is_a_stranger_to_all() -> None:
    assert stranger_to_all(_candidate("TT"), homes={"SY", "TR"}, votes={"SY": 1.0, "TR": 1.0})
    assert not stranger_to_all(_candidate("TR"), homes={"SY", "TR"}, votes={"SY": 1.0})
    assert not stranger_to_all(_candidate("TT"), homes=(), votes={})


def test_beyond_reach_spares_what_is_known_the_world_over_and_what_is_near() -> None:
    far = {"MM": 4300.0}.get
    near = {"MM": 900.0}.get
    town = _candidate("JP", population=100_000)
    assert beyond_reach(town, homes={"MM"}, distance_km=far, votes={})
    assert not beyond_reach(town, homes={"MM"}, distance_km=near, votes={})
    assert not beyond_reach(town, homes={"MM"}, distance_km=far, votes={"JP": 0.5})
    capital = _candidate("JP", code="PPLC", population=8_000_000)
    assert not beyond_reach(capital, homes={"MM"}, distance_km=far, votes={})
