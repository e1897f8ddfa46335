"""Places of conflict reports: towns the NER mislabels after a locative frame, names with a
lowercase article, names put inside a town, and the lean to the actors' home countries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitrep.geocode.actorlean import actor_countries
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.geoparse import geoparse
from sitrep.geocode.recognize import recognize
from sitrep.geocode.schema import create_empty
from sitrep.model import Span

COUNTRIES = [
    ("Syria", "SY", "SYR", 35.0, 38.0),
    ("Romania", "RO", "ROU", 46.0, 25.0),
    ("Brazil", "BR", "BRA", -10.0, -55.0),
    ("France", "FR", "FRA", 46.0, 2.0),
    ("United States", "US", "USA", 39.76, -98.5),
]
TOWNS = [
    # name, country, lat, lon, population, alternates
    ("Zărnești", "RO", 45.56, 25.31, 22_000, []),
    ("Ar Rastan", "SY", 34.92, 36.73, 53_000, []),
    ("Damascus", "SY", 33.51, 36.29, 1_700_000, []),
    ("Old City", "US", 40.0, -80.0, 6_000, []),
    ("Lyon", "FR", 45.75, 4.85, 500_000, []),
    ("Sarmada", "BR", -8.0, -35.0, 30_000, []),
    ("Sarmada", "SY", 36.18, 36.72, 2_000, []),
    ("Tell Qarqur", "SY", 36.3, 36.32, 0, []),
    ("Topeka", "US", 39.05, -95.68, 125_000, ["Google"]),
]


@pytest.fixture(scope="module")
def conflict_gaz_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = create_empty(tmp_path_factory.mktemp("conflict") / "gaz.sqlite")
    with Gazetteer.open(path, writable=True) as gaz:
        for name, cc, iso3, lat, lon in COUNTRIES:
            gaz.add_place(
                name,
                latitude=lat,
                longitude=lon,
                feature_class="A",
                feature_code="PCLI",
                population=10_000_000,
            )
            gaz._conn.execute(
                "UPDATE place SET country_code = ?, country = ?, iso3 = ? WHERE name = ?",
                (cc, name, iso3, name),
            )
        for name, cc, lat, lon, pop, alts in TOWNS:
            code = "PPLC" if name == "Damascus" else "PPL"
            gaz.add_place(
                name,
                latitude=lat,
                longitude=lon,
                country_code=cc,
                feature_code=code,
                population=pop,
                alternates=alts,
            )
        gaz.add_alias("American", same_as="United States", kind="demonym")
        gaz.add_place(
            "Valdora",
            latitude=-31.0,
            longitude=-64.0,
            country_code="BR",
            admin1="Valdora",
            feature_class="A",
            feature_code="ADM1",
            population=3_000_000,
        )
        gaz.add_place(
            "Valdora", latitude=-31.4, longitude=-64.2, country_code="BR", population=1_500_000
        )
        gaz._conn.commit()
    return path


@pytest.fixture
def cgaz(conflict_gaz_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(conflict_gaz_path) as g:
        yield g


def _span(text: str, name: str, label: str) -> Span:
    start = text.index(name)
    return Span(start=start, end=start + len(name), text=name, label=label)


def _read(text: str, spans: list[Span], gaz: Gazetteer, **kw: object) -> list[tuple]:
    return [
        (t.text, t.place.name if t.place else None, t.place.country_code if t.place else None)
        for t in geoparse(text, spans, gaz, **kw)  # type: ignore[arg-type]
    ]


def test_town_the_ner_calls_an_organisation_after_a_locative_frame(cgaz: Gazetteer) -> None:
    text = "Workers protested in Zarnesti over unpaid wages."
    spans = [_span(text, "Zarnesti", "ORG")]
    assert _read(text, spans, cgaz) == [("Zarnesti", "Zărnești", "RO")]


def test_alternate_name_the_ner_calls_an_organisation_stays_out(cgaz: Gazetteer) -> None:
    text = "Engineers gathered at Google on Monday."
    spans = [_span(text, "Google", "ORG")]
    assert recognize(text, spans, cgaz) == []


def test_name_with_a_lowercase_article(cgaz: Gazetteer) -> None:
    framed = "Clashes took place in the town of ar-Rastan."
    assert _read(framed, [_span(framed, "ar-Rastan", "GPE")], cgaz) == [
        ("ar-Rastan", "Ar Rastan", "SY")
    ]
    bare = "Protesters gathered in ar-Rastan on Friday."
    assert _read(bare, [], cgaz) == [("ar-Rastan", "Ar Rastan", "SY")]


def test_generic_name_inside_a_town_is_not_read_abroad(cgaz: Gazetteer) -> None:
    text = "Gunmen attacked a checkpoint in the Old City in Damascus."
    spans = [_span(text, "the Old City", "LOC"), _span(text, "Damascus", "GPE")]
    assert _read(text, spans, cgaz) == [("Old City", None, None), ("Damascus", "Damascus", "SY")]
    of_text = "A bomb exploded in the Old City of Damascus."
    spans = [_span(of_text, "the Old City of Damascus", "GPE")]
    assert _read(of_text, spans, cgaz)[-1] == ("Damascus", "Damascus", "SY")


def test_likeness_of_a_country_keeps_its_town(cgaz: Gazetteer) -> None:
    text = "Boosters say the port could become the Lyon of Syria."
    spans = [_span(text, "Lyon", "GPE"), _span(text, "Syria", "GPE")]
    assert _read(text, spans, cgaz) == [("Lyon", "Lyon", "FR"), ("Syria", "Syria", "SY")]


def test_actor_home_country_leans_the_reading(cgaz: Gazetteer) -> None:
    text = "Fighters shelled the town of Sarmada overnight."
    assert _read(text, [], cgaz) == [("Sarmada", "Sarmada", "BR")]
    assert _read(text, [], cgaz, actor_countries={"SY"}) == [("Sarmada", "Sarmada", "SY")]


def test_actor_lean_never_leaves_a_name_without_a_reading(cgaz: Gazetteer) -> None:
    text = "Militants fired mortars at a base in Zărnești overnight."
    spans = [_span(text, "Zărnești", "GPE")]
    assert _read(text, spans, cgaz, actor_countries={"SY"}) == [("Zărnești", "Zărnești", "RO")]


def test_actor_lean_lets_a_minor_village_resolve(cgaz: Gazetteer) -> None:
    text = "Regime forces shelled the village of Tell Qarqur."
    assert _read(text, [], cgaz, actor_countries={"SY"}) == [("Tell Qarqur", "Tell Qarqur", "SY")]


@dataclass(frozen=True)
class _Actor:
    country: str | None


@dataclass(frozen=True)
class _Mention:
    actor: _Actor
    kind: str
    generic: bool


def test_actor_countries(cgaz: Gazetteer) -> None:
    mentions = [
        _Mention(_Actor("Syria"), "armed_group", False),
        _Mention(_Actor("Syria"), "military", True),  # "regime forces"
        _Mention(_Actor("France"), "military", False),  # "French troops": fight abroad
        _Mention(_Actor("Atlantis"), "armed_group", False),
        _Mention(_Actor(None), "protesters", True),
    ]
    assert actor_countries(mentions, cgaz) == frozenset({"SY"})
    assert actor_countries([], cgaz) == frozenset()


def test_town_before_its_namesake_province_in_parentheses(cgaz: Gazetteer) -> None:
    text = "On 3 May, in Valdora (Valdora), nurses marched."
    spans = [Span(start=13, end=20, text="Valdora", label="GPE")]
    assert [
        (t.text, t.place.feature_code if t.place else None) for t in geoparse(text, spans, cgaz)
    ] == [
        ("Valdora", "PPL"),
        ("Valdora", "ADM1"),
    ]


def test_town_dash_district(cgaz: Gazetteer) -> None:
    text = "Residents marched in Valdora - Norte Zone (Valdora) on Friday."
    spans = [_span(text, "Valdora - Norte Zone", "GPE")]
    found = [
        (t.text, t.place.feature_code if t.place else None) for t in geoparse(text, spans, cgaz)
    ]
    assert found[0] == ("Valdora", "PPL")  # the district, unknown and unframed, is dropped
    assert [t.text for t in geoparse(text, spans, cgaz)] == ["Valdora", "Valdora"]


def test_conflict_verb_takes_a_known_town_the_ner_mislabels(cgaz: Gazetteer) -> None:
    text = "Regime forces shelled Zarnesti overnight."
    spans = [_span(text, "Zarnesti", "WORK_OF_ART")]
    assert _read(text, spans, cgaz) == [("Zarnesti", "Zărnești", "RO")]
    raids = "Warplanes carried out raids on Zarnesti."
    assert _read(raids, [_span(raids, "Zarnesti", "PERSON")], cgaz) == [
        ("Zarnesti", "Zărnești", "RO")
    ]


def test_quarter_lies_in_the_country_of_the_reports_towns(cgaz: Gazetteer) -> None:
    text = "Shells fell on the Topeka neighbourhood of Damascus."
    spans = [_span(text, "Topeka", "GPE"), _span(text, "Damascus", "GPE")]
    assert _read(text, spans, cgaz) == [("Topeka", None, None), ("Damascus", "Damascus", "SY")]


def test_a_town_abroad_not_called_a_quarter_keeps_its_reading(cgaz: Gazetteer) -> None:
    text = "Officials from Topeka visited Damascus."
    spans = [_span(text, "Topeka", "GPE"), _span(text, "Damascus", "GPE")]
    assert _read(text, spans, cgaz) == [
        ("Topeka", "Topeka", "US"),
        ("Damascus", "Damascus", "SY"),
    ]


def test_known_word_opening_another_name_is_no_place(cgaz: Gazetteer) -> None:
    text = "Teachers gathered in the Zarnesti Square on Friday."
    assert recognize(text, [], cgaz) == []
    city = "Teachers gathered in Zarnesti City on Friday."
    assert [m.text for m in recognize(city, [], cgaz)] == ["Zarnesti"]


def test_town_under_its_own_name_in_a_report_naming_another_country(cgaz: Gazetteer) -> None:
    text = "Around 60 people demonstrated in Zărnești against the invasion of Syria."
    spans = [_span(text, "Zărnești", "GPE"), _span(text, "Syria", "GPE")]
    assert _read(text, spans, cgaz) == [("Zărnești", "Zărnești", "RO"), ("Syria", "Syria", "SY")]


def test_union_acronym_leading_an_organisation_is_no_place(cgaz: Gazetteer) -> None:
    text = "Members of LYON Education marched in Zarnesti."
    spans = [_span(text, "LYON Education", "ORG"), _span(text, "Zarnesti", "GPE")]
    assert [m.text for m in recognize(text, spans, cgaz)] == ["Zarnesti"]


def test_name_holding_only_an_unknown_site_is_the_town(cgaz: Gazetteer) -> None:
    text = "Nurses protested at Harmony Park in Valdora on Monday."
    spans = [_span(text, "Harmony Park", "FAC"), _span(text, "Valdora", "GPE")]
    found = [
        (t.text, t.place.feature_code if t.place else None) for t in geoparse(text, spans, cgaz)
    ]
    assert found[-1] == ("Valdora", "PPL")


def test_one_span_town_comma_country(cgaz: Gazetteer) -> None:
    text = "Citizens protested in Zarnesti, Romania, against the government."
    spans = [_span(text, "Zarnesti, Romania", "GPE")]
    assert _read(text, spans, cgaz) == [
        ("Zarnesti", "Zărnești", "RO"),
        ("Romania", "Romania", "RO"),
    ]


def test_village_in_a_town_is_not_read_far_away_in_that_country(cgaz: Gazetteer) -> None:
    text = "A mob lynched a suspect in Tell Qarqur village in Damascus."
    spans = [_span(text, "Tell Qarqur", "GPE"), _span(text, "Damascus", "GPE")]
    assert _read(text, spans, cgaz) == [("Tell Qarqur", None, None), ("Damascus", "Damascus", "SY")]


def test_a_demonyms_country_is_not_the_quarters_country(cgaz: Gazetteer) -> None:
    text = (
        "Shells fell on the Topeka neighbourhood by the American hospital, Damascus residents said."
    )
    spans = [
        _span(text, "Topeka", "GPE"),
        _span(text, "American", "NORP"),
        _span(text, "Damascus", "GPE"),
    ]
    found = [(t.text, t.place.name if t.place else None) for t in geoparse(text, spans, cgaz)]
    assert found == [("Topeka", None), ("Damascus", "Damascus")]
