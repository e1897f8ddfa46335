"""Street names, compound and dateline mentions, and the points chosen for areas."""

from sitrep.geocode import points
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.recognize import compound_mentions, dateline_mentions, recognize
from sitrep.geocode.streets import find_streets
from sitrep.model import Span


def test_streets_and_numbered_roads() -> None:
    text = (
        "Crews closed North Main Street and Oak Ave. near Highway 19 East; "
        "the Highway Patrol and Pleasant Lane School said County Road 109 reopens."
    )
    assert [s.text for s in find_streets(text)] == [
        "North Main Street",
        "Oak Ave.",
        "Highway 19 East",
        "County Road 109",
    ]


def test_street_name_keeps_only_its_own_words() -> None:
    text = "Police went to Warden’s Memphis Street. At Main St. Lanier spoke."
    assert [s.text for s in find_streets(text)] == ["Memphis Street"]


def test_party_tag_and_hyphenated_places(gaz: Gazetteer) -> None:
    text = "Rep. Ann Lee, D-Springfield, flew Kyiv-Springfield on Monday-Thursday flights."
    found = [(m.text, m.source) for m in compound_mentions(text, gaz)]
    assert found == [("Springfield", "party"), ("Kyiv", "hyphen"), ("Springfield", "hyphen")]


def test_datelines_after_a_date_and_with_dashes(gaz: Gazetteer) -> None:
    text = "By A. Writer March 3, 2009 SPRINGFIELD -- Rain fell.\nOHIO: more rain."
    assert [m.text for m in dateline_mentions(text, [], gaz)] == ["SPRINGFIELD", "OHIO"]


def _org(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start=start, end=start + len(name), text=name, label="ORG")


def test_places_inside_organisation_names(gaz: Gazetteer) -> None:
    text = "The University of Springfield and the Syrian Foreign Ministry spoke."
    spans = [_org(text, "University of Springfield"), _org(text, "Syrian Foreign Ministry")]
    found = [(m.text, m.kind) for m in recognize(text, spans, gaz)]
    assert found == [("Springfield", "toponym"), ("Syrian", "demonym")]


def test_streets_win_over_the_places_inside_them(gaz: Gazetteer) -> None:
    text = "A crash on Springfield Road."
    spans = [Span(start=11, end=22, text="Springfield", label="GPE")]
    found = [(m.text, m.hint) for m in recognize(text, spans, gaz)]
    assert found == [("Springfield Road", "R")]


def test_conventional_country_point_wins() -> None:
    towns = [(30.0, -90.0), (45.0, -120.0)]
    assert points.country_point((38.0, -97.0), towns, conventional=(39.76, -98.5)) == (
        39.76,
        -98.5,
    )
    assert points.country_point((38.0, -97.0), towns) == (38.0, -97.0)


def test_country_point_outside_its_towns_falls_back_to_their_centroid() -> None:
    towns = [(29.0, 47.5), (29.5, 48.0)]
    assert points.country_point((29.5, 45.75), towns) == (29.25, 47.75)
    assert points.country_point(None, []) is None


def test_province_on_its_namesake_city_moves_to_its_towns() -> None:
    members = [(42.0, -76.0), (43.0, -75.0)]
    city = [("New York City", (40.71, -74.0))]
    assert points.area_point("New York", (40.712, -74.006), members, city) == (42.5, -75.5)
    assert points.area_point("Texas", (31.0, -99.0), members, city) == (31.0, -99.0)
    assert points.area_point("Texas", None, members, []) == (42.5, -75.5)
    assert points.namesake("New York", "New York City") and not points.namesake("York", "New York")
