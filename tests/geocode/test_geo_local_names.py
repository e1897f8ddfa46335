"""Names in local news: a county or state leading an office's name, a road word of an agency,
a county before a county road, a dateline over a shorter tag, abbreviated own names, British
usage (places and texts made up for these tests)."""

import shutil
from pathlib import Path

from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.recognize import Mention, recognize
from sitrep.geocode.resolve import resolve_document
from sitrep.geocode.spelling import own_spelling, spelled_out
from sitrep.geocode.usage import gb_usage_lean, usage_lean
from sitrep.model import Place, Span


def _gazetteer(mini_path: Path, tmp_path: Path) -> Path:
    copy = Path(shutil.copy(mini_path, tmp_path / "gaz.sqlite"))
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place(
            "Brisco County",
            latitude=33.0,
            longitude=-95.0,
            country_code="US",
            admin1="Ohio",
            feature_class="A",
            feature_code="ADM2",
            population=3_000,
        )
        w.add_place(
            "Vandalia",
            latitude=36.0,
            longitude=-90.0,
            country_code="US",
            admin1="Vandalia",
            feature_class="A",
            feature_code="ADM1",
            population=4_000_000,
        )
        w.add_place(
            "Saint Oswin",
            latitude=58.0,
            longitude=30.0,
            country_code="SY",
            admin1="Capital",
            population=2_000_000,
            alternates=["St. Oswin"],
        )
        w.add_place(
            "St. Oswin",
            latitude=28.0,
            longitude=-82.0,
            country_code="US",
            admin1="Ohio",
            population=200_000,
        )
        w.add_place(
            "St. Marlow",
            latitude=45.0,
            longitude=-93.0,
            country_code="US",
            admin1="Ohio",
            population=20_000,
        )
        for cc, admin1, lat, pop in (
            ("US", "Ohio", 40.0, 120_000),
            ("GB", "England", 54.0, 50_000),
        ):
            w.add_place(
                "Lanford",
                latitude=lat,
                longitude=-2.0,
                country_code=cc,
                admin1=admin1,
                population=pop,
            )
    return copy


def _found(text: str, spans: list[Span], gaz: Gazetteer) -> list[str]:
    return [m.text for m in recognize(text, spans, gaz)]


def test_a_county_leading_an_office_name_is_the_place(mini_path: Path, tmp_path: Path) -> None:
    text = "She works in the Brisco County Clerk's office."
    spans = [Span(start=13, end=38, text="the Brisco County Clerk's", label="GPE")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, spans, gaz) == ["Brisco County"]


def test_a_road_word_of_an_agency_is_no_street(mini_path: Path, tmp_path: Path) -> None:
    text = "A Vandalia Highway Patrol trooper stopped him."
    spans = [Span(start=2, end=10, text="Vandalia", label="GPE")]
    road = "He drove down Vandalia Highway at night."
    road_spans = [Span(start=14, end=22, text="Vandalia", label="GPE")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, spans, gaz) == ["Vandalia"]
        assert _found(road, road_spans, gaz) == ["Vandalia Highway"]  # a street still


def test_a_county_before_its_county_road_is_named(mini_path: Path, tmp_path: Path) -> None:
    text = "The crash closed Brisco County Road 12 on Friday."
    spans = [Span(start=17, end=36, text="Brisco County Road", label="FAC")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, spans, gaz) == ["Brisco County"]


def test_a_dateline_replaces_a_shorter_tag_inside_it(mini_path: Path, tmp_path: Path) -> None:
    text = "Man held. ST. MARLOW -- A man was held on Monday."
    spans = [Span(start=10, end=12, text="ST", label="GPE")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, spans, gaz) == ["ST. MARLOW"]


def test_an_abbreviated_own_name_is_no_alias() -> None:
    assert spelled_out("St. Oswin") == spelled_out("Saint Oswin") == "saint oswin"
    assert spelled_out("Mt. Olive") == "mount olive"
    place = Place(geonameid=None, name="Saint Oswin", latitude=1.0, longitude=1.0)
    alias = Candidate(place=place, match="alias", kind="alternate", name="St. Oswin", place_id=1)
    assert own_spelling(alias, "St. Oswin").match == "exact"
    other = Candidate(place=place, match="alias", kind="alternate", name="Oswin", place_id=1)
    assert own_spelling(other, "Oswin") is other


def test_the_large_saint_city_wins_once_its_name_is_its_own(
    mini_path: Path, tmp_path: Path
) -> None:
    text = "Flights to St. Oswin resume in May."
    mention = Mention(start=11, end=20, text="St. Oswin")
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        (top,) = resolve_document(text, [mention], gaz)
        assert top.place is not None and top.place.name == "Saint Oswin"


def test_british_usage_leans_to_britain(mini_path: Path, tmp_path: Path) -> None:
    british = "Police in Lanford want to trace a man seen at 4.15am. Call 01524 633330."
    plain = "Police in Lanford want to trace a man seen early on Saturday."
    assert gb_usage_lean(british) == {"GB": 0.7}
    assert gb_usage_lean(plain) == {}
    assert usage_lean("Councilwoman Ann Lee left at 4pm.") == {"US": 0.7, "GB": 0.6}
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        for text, country in ((british, "GB"), (plain, "US")):
            mention = Mention(start=10, end=17, text="Lanford")
            (top,) = resolve_document(text, [mention], gaz)
            assert top.place is not None and top.place.country_code == country


def test_a_town_whose_name_ends_in_a_feature_word(mini_path: Path, tmp_path: Path) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place(
            "Heron Creek", latitude=33.0, longitude=-80.0, country_code="US", population=40_000
        )
        w.add_place("Otter Creek", latitude=33.0, longitude=-80.0, country_code="US")
    text = "A Heron Creek man swam in Otter Creek."
    spans = [
        Span(start=2, end=13, text="Heron Creek", label="GPE"),
        Span(start=26, end=37, text="Otter Creek", label="LOC"),
    ]
    with Gazetteer.open(copy) as gaz:
        found = [(m.text, m.hint) for m in recognize(text, spans, gaz)]
    assert found == [("Heron Creek", None), ("Otter Creek", "H")]  # a hamlet: the creek


def test_a_tagged_name_cut_short_is_completed(mini_path: Path, tmp_path: Path) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place("Gun Barrel City", latitude=32.3, longitude=-96.1, country_code="US")
    text = "She is of Gun Barrel City, the court said."
    spans = [Span(start=10, end=13, text="Gun", label="GPE")]
    with Gazetteer.open(copy) as gaz:
        assert _found(text, spans, gaz) == ["Gun Barrel City"]


def test_initials_are_no_lowercase_alternate_name(mini_path: Path, tmp_path: Path) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place(
            "Setter", latitude=43.4, longitude=3.7, country_code="SY", alternates=["st"],
            population=40_000,
        )  # fmt: skip
    with Gazetteer.open(copy) as gaz:
        (initials,) = resolve_document("ST said so.", [Mention(start=0, end=2, text="ST")], gaz)
        assert initials.place is None
        (word,) = resolve_document("In st today.", [Mention(start=3, end=5, text="st")], gaz)
        assert word.place is not None and word.place.name == "Setter"


def test_a_dateline_after_a_closing_quote(mini_path: Path, tmp_path: Path) -> None:
    text = 'He was "sorry." ST. MARLOW -- A man was held.'
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, [], gaz) == ["ST. MARLOW"]


def test_a_state_after_a_direction_in_an_institution_name(mini_path: Path, tmp_path: Path) -> None:
    text = "She studied at Northeast Vandalia Community College for two years."
    spans = [Span(start=15, end=51, text="Northeast Vandalia Community College", label="ORG")]
    plain = "She studied at Riverside Community College for two years."
    plain_spans = [Span(start=15, end=42, text="Riverside Community College", label="ORG")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, spans, gaz) == ["Vandalia"]
        assert _found(plain, plain_spans, gaz) == []


def test_an_abbreviated_compass_word_is_written_out(mini_path: Path, tmp_path: Path) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place("West Lanford", latitude=34.0, longitude=-81.0, country_code="US")
    text = "Two held in W. Lanford slaying."
    spans = [Span(start=12, end=22, text="W. Lanford", label="GPE")]
    with Gazetteer.open(copy) as gaz:
        (mention,) = recognize(text, spans, gaz)
        assert (mention.text, mention.key) == ("W. Lanford", "West Lanford")
        (top,) = resolve_document(text, [mention], gaz)
        assert top.place is not None and top.place.name == "West Lanford"


def test_a_demonym_styling_a_business_names_no_country(mini_path: Path, tmp_path: Path) -> None:
    text = "A fire hit the Syrian Oaks Apartments and a Syrian Grill. Syrian troops left."
    spans = [
        Span(start=11, end=21, text="the Syrian", label="ORG"),
        Span(start=42, end=56, text="a Syrian Grill", label="ORG"),
        Span(start=58, end=64, text="Syrian", label="NORP"),
    ]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        found = [(m.start, m.text) for m in recognize(text, spans, gaz)]
    assert found == [(58, "Syrian")]


def test_a_town_before_a_compass_word_is_the_town(mini_path: Path, tmp_path: Path) -> None:
    text = "The meet was held at Lanford East on Friday."
    spans = [Span(start=21, end=33, text="Lanford East", label="LOC")]
    with Gazetteer.open(_gazetteer(mini_path, tmp_path)) as gaz:
        assert _found(text, spans, gaz) == ["Lanford"]


def test_a_minor_place_in_an_institution_name_needs_a_neighbour(
    mini_path: Path, tmp_path: Path
) -> None:
    copy = _gazetteer(mini_path, tmp_path)
    with Gazetteer.open(copy, writable=True) as w:
        w.add_place("Belmoor", latitude=40.1, longitude=-2.1, country_code="US", population=3_000)
        w.add_place(
            "North Lanford", latitude=40.05, longitude=-2.0, country_code="US", population=900
        )
    near_text = "Lanford voters met. He taught at the Belmoor State School."
    span = Span(start=37, end=57, text="Belmoor State School", label="ORG")
    alone = "Voters met. He taught at the Belmoor State School."
    alone_span = Span(start=29, end=49, text="Belmoor State School", label="ORG")
    own_word = "Lanford voters met with the North Lanford Neighbors group."
    own_span = Span(start=28, end=51, text="North Lanford Neighbors", label="ORG")
    lanford = Span(start=0, end=7, text="Lanford", label="GPE")
    with Gazetteer.open(copy) as gaz:
        assert _found(near_text, [lanford, span], gaz) == ["Lanford", "Belmoor"]
        # a report that names no other place is placed by the institution's town, when
        # a single town bears that name (test_geo_unresolved_forms has the one-town case)
        assert _found(alone, [alone_span], gaz) == ["Belmoor"]
        assert _found(own_word, [lanford, own_span], gaz) == ["Lanford"]
