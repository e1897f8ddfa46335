"""A place told inside a local unit ("X upazila of Y", "X town of Y district") is read within
its reach: a reading abroad, or far from the named district, is no reading."""

from sitrep.geocode.reach import within_reach
from sitrep.geocode.resolve import contains, haversine_km
from sitrep.model import Place


def _place(name: str, cc: str, lat: float, lon: float, **kw: object) -> Place:
    return Place(geonameid=None, name=name, latitude=lat, longitude=lon, country_code=cc, **kw)  # type: ignore[arg-type]


def _km(a: Place, b: Place) -> float:
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


DISTRICT_BD = _place(
    "Kalihati", "BD", 24.38, 90.0, admin1="Dhaka", feature_class="A", feature_code="ADM2"
)
TOWN_ABROAD = _place("Sonapur", "IN", 21.2, 81.6, admin1="Chhattisgarh", population=90000)
DISTRICT_IN = _place(
    "Gondpur", "IN", 27.5, 81.5, admin1="Uttar Pradesh", feature_class="A", feature_code="ADM2"
)
NAMESAKE_FAR = _place("Dharauli", "IN", 26.3, 85.1, admin1="Bihar", population=5000)
TOWN_NEAR = _place("Dharauli", "IN", 27.6, 81.6, admin1="Uttar Pradesh", population=5000)


def test_a_town_in_an_upazila_is_not_read_abroad() -> None:
    text = "Two men were hurt in Sonapur upazila of Kalihati on Friday."
    out = within_reach(
        text, _spans(text, "Sonapur", "Kalihati"), [TOWN_ABROAD, DISTRICT_BD], contains, _km
    )
    assert out == [None, DISTRICT_BD]


def test_a_town_of_a_district_is_not_a_namesake_far_away() -> None:
    text = "Clashes broke out in Dharauli town of Gondpur district on Sunday."
    spans = _spans(text, "Dharauli", "Gondpur")
    assert within_reach(text, spans, [NAMESAKE_FAR, DISTRICT_IN], contains, _km) == [
        None,
        DISTRICT_IN,
    ]
    # the reading near the district stands
    assert within_reach(text, spans, [TOWN_NEAR, DISTRICT_IN], contains, _km) == [
        TOWN_NEAR,
        DISTRICT_IN,
    ]


def test_a_list_of_names_is_no_unit() -> None:
    text = "Sonapur and Kalihati were quiet."
    spans = _spans(text, "Sonapur", "Kalihati")
    assert within_reach(text, spans, [TOWN_ABROAD, DISTRICT_BD], contains, _km) == [
        TOWN_ABROAD,
        DISTRICT_BD,
    ]
