"""Rules of document context in resolution and recognition (texts written for these tests)."""

import math

from hypothesis import given
from hypothesis import strategies as st

from sitrep.geocode.gazetteer import Candidate, Gazetteer
from sitrep.geocode.names import is_major, person_names
from sitrep.geocode.recognize import Mention, compound_mentions, notable
from sitrep.geocode.resolve import (
    Context,
    choose,
    country_share,
    country_votes,
    listed,
    rival_penalty,
)
from sitrep.geocode.support import near, support_counts
from sitrep.model import Place, Span


def _place(name: str, cc: str, lat: float = 1.0, lon: float = 1.0, **kw: object) -> Place:
    return Place(geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc, **kw)  # type: ignore[arg-type]


def _cand(place: Place, match: str = "exact", kind: str = "name", pid: int = 1) -> Candidate:
    return Candidate(place=place, match=match, kind=kind, name=place.name, place_id=pid)


def test_hamlet_without_people_does_not_vote() -> None:
    hamlet = _cand(_place("Tindar", "AF", population=0))
    assert country_votes([hamlet]) == {}
    town = _cand(_place("Tindar", "AF", population=1200))
    assert country_votes([town]) == {"AF": 0.5}


def test_weak_votes_give_a_weak_country_share() -> None:
    assert country_share(Context(countries={"US": 0.25, "SY": 0.125}), "US") == 0.25
    assert country_share(Context(countries={"US": 4.0, "SY": 2.0}), "SY") == 0.5
    assert country_share(Context(), "US") == 0.0


def test_own_name_beats_an_alias() -> None:
    own = _cand(_place("Lakeview", "US", population=20_000))
    alias = _cand(
        _place("Millbrook", "US", population=60_000), match="alias", kind="alternate", pid=2
    )
    assert rival_penalty(alias, own_named=True) == 0.5
    assert rival_penalty(alias, own_named=False) == 0.0
    assert rival_penalty(own, own_named=True) == 0.0
    best, _ = choose([alias, own], context=Context())
    assert best is own


def test_a_list_of_towns_is_not_containment() -> None:
    text = "Rail links Ashby, Brampton, Carlow and Dunmore. She lives in Ashby, Kentshire."

    def m(name: str, start: int = 0) -> Mention:
        i = text.index(name, start)
        return Mention(start=i, end=i + len(name), text=name)

    assert listed(text, m("Ashby"), m("Brampton"))
    assert listed(text, m("Brampton"), m("Carlow"))
    assert not listed(text, m("Ashby", 40), m("Kentshire"))


def test_neighbours_support_each_other() -> None:
    assert near((41.0, -91.0), (41.2, -91.3))
    assert not near((41.0, -91.0), (35.0, -80.0))
    iowa = _cand(_place("Oakdale", "US", 41.0, -91.0, population=2000), pid=1)
    texas = _cand(_place("Oakdale", "US", 31.0, -97.0, population=3000), pid=2)
    pine_iowa = _cand(_place("Pine Bluff", "US", 41.1, -91.2, population=900), pid=3)
    counts = support_counts(["Oakdale", "Pine Bluff"], [[iowa, texas], [pine_iowa]])
    assert counts[0] == {1: 1.0}
    assert counts[1] == {3: 0.5}


def test_surname_with_final_s_is_a_person(gaz: Gazetteer) -> None:
    text = "Maria Flores said so. Flores' stepfather agreed."
    spans = [Span(start=0, end=11, label="PERSON", text="Maria Flores")]
    assert "Flores" in person_names(text, spans)


def test_masthead_is_not_two_places(gaz: Gazetteer) -> None:
    assert compound_mentions("(Photo: Springfield News-Leader)", gaz) == []


def test_notable_and_major_need_people(gaz: Gazetteer) -> None:
    assert notable(gaz, "Syria", 100_000)
    assert not notable(gaz, "Nowhere At All", 0)
    assert is_major(gaz, "Syria")


def _ner(text: str, name: str, label: str = "GPE") -> Span:
    start = text.index(name)
    return Span(start=start, end=start + len(name), label=label, text=name)


def test_unknown_names_need_a_place_frame(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import recognize

    text = "Bramwick officials said. Troops shelled Oskova and Tarnel near Kharkiv."
    spans = [_ner(text, n) for n in ("Bramwick", "Oskova", "Tarnel", "Kharkiv")]
    found = [m.text for m in recognize(text, spans, gaz)]
    assert found == ["Oskova", "Tarnel", "Kharkiv"]
    text = "Fighting reached Velmor, Syria. Quenby was calm."
    spans = [_ner(text, n) for n in ("Velmor", "Syria", "Quenby")]
    assert [m.text for m in recognize(text, spans, gaz)] == ["Velmor", "Syria"]


def test_place_inside_an_organisation_name_must_be_notable(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import recognize

    assert notable(gaz, "Kyiv", 100_000) and notable(gaz, "Hajin", 20_000)
    assert not notable(gaz, "Hajin", 100_000)
    text = "The Kyiv Heritage Society met."
    spans = [_ner(text, "Kyiv Heritage Society", "ORG")]
    assert [m.text for m in recognize(text, spans, gaz)] == ["Kyiv"]


def test_place_run_into_an_institution_name(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import recognize

    text = "An Ohio Highway Patrol trooper and the Syria Relief Fund of Kyiv."
    spans = [_ner(text, "Ohio Highway Patrol"), _ner(text, "Syria Relief Fund of Kyiv")]
    assert [m.text for m in recognize(text, spans, gaz)] == ["Ohio", "Kyiv"]
    text = "Visitors walked through Historic Springfield on Sunday."
    spans = [_ner(text, "Historic Springfield")]
    assert [m.text for m in recognize(text, spans, gaz)] == ["Springfield"]


def test_dotted_initials_keep_their_period(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import _trim

    text = "flew to L.A. and W. Va. today"
    s = text.index("L.A.")
    assert text[slice(*_trim(text, s, s + 4, gaz))] == "L.A."
    s = text.index("W. Va.")
    assert text[slice(*_trim(text, s, s + 6, gaz))] == "W. Va."
    assert "in Kyiv."[slice(*_trim("in Kyiv.", 3, 8, gaz))] == "Kyiv"


def test_city_council_names_the_city(gaz: Gazetteer) -> None:
    from sitrep.geocode.names import leading_place

    text = "the Springfield City Council met"
    s = text.index("Springfield")
    assert leading_place(text, s, s + len("Springfield City Council"), gaz) == s + 11


def test_formal_state_name_is_not_split(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import known_part

    text = "aid to the Democratic Republic of Syria arrived"
    s = text.index("Democratic")
    e = text.index(" arrived")
    whole = Mention(start=s, end=e, text=text[s:e])
    assert known_part(text, whole, gaz) == [whole]


def test_a_named_state_votes_for_itself_alone() -> None:
    from sitrep.geocode.resolve import admin1_votes, named_area

    state = _cand(
        _place(
            "Texas",
            "US",
            feature_class="A",
            feature_code="ADM1",
            admin1="Texas",
            population=25_000_000,
        )
    )
    hamlet = _cand(_place("Texas", "MX", admin1="Hidalgo", population=900), pid=2)
    assert named_area([state, hamlet]) is state
    assert admin1_votes([state, hamlet]) == {("US", "Texas"): 1.0}
    assert country_votes([state, hamlet]) == {"US": 1.0}
    capital = _cand(_place("Texas", "US", feature_code="PPLC", population=600_000), pid=3)
    assert named_area([state, capital]) is None


def test_a_district_only_one_state_holds_votes_for_that_state() -> None:
    from sitrep.geocode.resolve import admin1_votes, named_district

    def district(cc: str, admin1: str, pid: int) -> Candidate:
        area = _place("Orrin County", cc, feature_class="A", feature_code="ADM2", admin1=admin1)
        return _cand(area, pid=pid)

    only = district("US", "Ohio", 1)
    assert named_district([only]) is only
    assert country_votes([only]) == {"US": 1.0}
    assert admin1_votes([only]) == {("US", "Ohio"): 1.0}
    two_states = [only, district("US", "Texas", 2)]
    assert named_district(two_states) is None  # "Franklin County": many states have one
    assert admin1_votes(two_states) == {("US", "Ohio"): 0.25, ("US", "Texas"): 0.25}
    town = _cand(_place("Orrin County", "US", admin1="Ohio", population=300), pid=3)
    assert named_district([only, town]) is None  # a town of that name: not surely the area


def test_a_looser_spelling_loses_to_an_exact_name() -> None:
    exact = _cand(_place("Verano", "FR", population=900))
    folded = _cand(_place("Verana", "BR", population=300_000), match="folded", pid=2)
    assert rival_penalty(folded, own_named=True) == 1.0
    best, _ = choose([folded, exact], context=Context(countries={"BR": 1.0, "FR": 1.0}))
    assert best is exact


def test_listed_org_name_beside_places_is_a_place(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import in_place_list

    text = "Shelters opened in Kyiv, Springfield and Ohio."
    s = text.index("Springfield")
    assert in_place_list(text, s, s + 11, {"Kyiv"})
    assert not in_place_list(text, s, s + 11, {"Ohio City"})


def test_group_label_on_a_town_name(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import recognize

    text = "Springfield, Ohio offers parks. Syrian families arrived."
    spans = [_ner(text, "Springfield", "NORP"), _ner(text, "Ohio"), _ner(text, "Syrian", "NORP")]
    found = [(m.text, m.kind) for m in recognize(text, spans, gaz)]
    assert found == [("Springfield", "toponym"), ("Ohio", "toponym"), ("Syrian", "demonym")]


def test_person_span_led_by_a_town_and_an_institution(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import recognize

    text = "Springfield Fire Chief Ann Lee spoke. Springfield Morgan sang."
    spans = [
        _ner(text, "Springfield Fire Chief Ann Lee", "PERSON"),
        _ner(text, "Springfield Morgan", "PERSON"),
    ]
    assert [(m.start, m.text) for m in recognize(text, spans, gaz)] == [(0, "Springfield")]


def test_county_inside_an_organisation_name_counts() -> None:
    from sitrep.geocode.recognize import _named_by_notability

    county = Mention(start=4, end=17, text="Laurel County")
    assert _named_by_notability(None, county, 4, set())  # type: ignore[arg-type]


def test_a_name_with_an_age_is_a_person(gaz: Gazetteer) -> None:
    from sitrep.geocode.recognize import recognize

    text = "Her son, Springfield, 8, has a cold. Springfield, Ohio, is cold."
    first = text.index("Springfield")
    spans = [
        Span(start=first, end=first + 11, label="GPE", text="Springfield"),
        _ner(text[first + 11 :], "Springfield"),
    ]
    second = text.index("Springfield", first + 1)
    spans[1] = Span(start=second, end=second + 11, label="GPE", text="Springfield")
    assert [m.start for m in recognize(text, spans, gaz) if m.text == "Springfield"] == [second]


_LAT = st.floats(min_value=-90, max_value=90, allow_nan=False)
_LON = st.floats(min_value=-180, max_value=180, allow_nan=False)


@given(
    st.tuples(_LAT, _LON),
    st.lists(st.tuples(_LAT, _LON), max_size=30),
    st.sampled_from([5.0, 161.0, 500.0, 3000.0]),
)
def test_spread_counts_what_near_counts(
    point: tuple[float, float], points: list[tuple[float, float]], km: float
) -> None:
    from sitrep.geocode.support import Spread

    near_ones = [(point[0] + 0.5, point[1] - 0.5), point, *points]
    expected = sum(near(point, q, km) for q in near_ones)
    assert Spread.of(near_ones).count_near(point, km) == expected


def test_spread_skips_points_without_a_latitude() -> None:
    from sitrep.geocode.support import Spread

    spread = Spread.of([(math.nan, 1.0), (1.0, 1.0)])
    assert spread.count_near((1.0, 1.0)) == 1
