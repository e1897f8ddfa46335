"""A list of places under one act is one event per place (ACLED: one event per location and
day), with the act's type, sides and day; a toll over the list is divided between them, the
remainder to the lead, and a toll told per place goes to its place. Lists that are no scene
(origins, destinations, routes, a place and its area, parts of one town) stay one event."""

from dataclasses import replace
from datetime import date

import pytest

from sitrep.extract.place_lists import split_place_lists
from sitrep.model import Event, Evidence, Place, Toponym

Row = tuple[str, str | None, str | None, str | None, str | None, int | None, bool]


@pytest.fixture(scope="module")
def told(published_on):
    """(sub-type, actor1, actor2, location, day, fatalities, aggregate) per event."""

    def run(text: str, day: date) -> list[Row]:
        return [
            (
                e.sub_event_type,
                e.actor1,
                e.actor2,
                e.location,
                e.event_date,
                e.fatalities,
                "aggregate" in e.tags,
            )
            for e in published_on(text, day)
        ]

    return run


RUSSIA = "Military Forces of Russia (2000-)"
SHELLING = "Shelling/artillery/missile attack"
KENYA_PROTESTERS = "Protesters (Kenya)"
GUNMEN_NG = "Unidentified Armed Group (Nigeria)"
CIVILIANS_NG = "Civilians (Nigeria)"


def test_shelling_of_several_towns_is_one_event_per_town(told):
    text = (
        "Russian forces shelled Nikopol and Marhanets overnight, the regional governor said "
        "on Tuesday."
    )
    assert told(text, date(2024, 3, 12)) == [
        (SHELLING, RUSSIA, None, "Nikopol", "2024-03-11", None, False),
        (SHELLING, RUSSIA, None, "Marhanets", "2024-03-11", None, False),
    ]


def test_a_protest_wave_is_one_protest_per_town(told):
    text = (
        "Thousands of teachers marched in Nakuru, Eldoret and Kisumu on Friday to demand the "
        "payment of salary arrears, their union said."
    )
    rows = [(r[0], r[1], r[3], r[4]) for r in told(text, date(2023, 7, 8))]
    assert rows == [
        ("Peaceful protest", KENYA_PROTESTERS, "Nakuru", "2023-07-07"),
        ("Peaceful protest", KENYA_PROTESTERS, "Eldoret", "2023-07-07"),
        ("Peaceful protest", KENYA_PROTESTERS, "Kisumu", "2023-07-07"),
    ]


def test_a_toll_over_the_villages_is_divided_with_the_remainder_to_the_lead(told):
    text = (
        "Gunmen raided the villages of Maru and Bukkuyum in Zamfara State on Sunday night, "
        "killing 11 people and abducting dozens more."
    )
    assert told(text, date(2021, 9, 14)) == [
        ("Attack", GUNMEN_NG, CIVILIANS_NG, "Maru", "2021-09-12", 6, True),
        ("Attack", GUNMEN_NG, CIVILIANS_NG, "Bukkuyum", "2021-09-12", 5, True),
    ]


def test_a_toll_told_per_place_goes_to_each_place(told):
    text = (
        "Russian artillery struck Kherson and Beryslav on Monday, killing two people in "
        "Kherson and one in Beryslav."
    )
    rows = [(r[3], r[5], r[6]) for r in told(text, date(2024, 3, 12))]
    assert rows == [("Kherson", 2, False), ("Beryslav", 1, False)]


def test_a_toll_told_out_over_the_places_gives_each_its_figure(told):
    text = (
        "Russian shelling killed five civilians on Monday, three in Nikopol and two in "
        "Marhanets, the governor said."
    )
    rows = [(r[3], r[5], r[6]) for r in told(text, date(2024, 3, 12))]
    assert rows == [("Nikopol", 3, False), ("Marhanets", 2, False)]
    other = (
        "Clashes among rival party supporters on Friday left two people dead, one in Nakuru "
        "and the other in Eldoret."
    )
    assert [(r[3], r[5]) for r in told(other, date(2023, 7, 8))] == [
        ("Nakuru", 1),
        ("Eldoret", 1),
    ]
    some = (
        "Russian shelling killed seven civilians on Monday, including two in Nikopol and one "
        "in Marhanets, the governor said."
    )
    assert [(r[3], r[5]) for r in told(some, date(2024, 3, 12))] == [("Nikopol", 7)]


def test_villages_captured_in_a_fight_are_a_territory_change_each(told):
    text = (
        "Bandits seized the villages of Maru and Bukkuyum in Zamfara State on Saturday after "
        "a gunfight with soldiers."
    )
    rows = [(r[0], r[3], r[4]) for r in told(text, date(2022, 6, 7))]
    assert rows == [
        ("Non-state actor overtakes territory", "Maru", "2022-06-04"),
        ("Non-state actor overtakes territory", "Bukkuyum", "2022-06-04"),
    ]


def test_election_day_violence_in_several_cities(told):
    text = (
        "Thugs attacked voters at polling units in Kano, Ibadan and Benin City on Saturday. "
        "Elsewhere, police said two people were killed in clashes in Enugu."
    )
    rows = [(r[3], r[4], r[5]) for r in told(text, date(2023, 2, 26))]
    assert rows == [
        ("Kano", "2023-02-25", None),
        ("Ibadan", "2023-02-25", None),
        ("Benin City", "2023-02-25", None),
        ("Enugu", "2023-02-25", 2),
    ]


def test_a_nationwide_toll_stays_whole_on_one_event(told):
    text = "Across the country, 23 people were killed in clashes on Saturday, police said."
    assert [(r[5], r[6]) for r in told(text, date(2023, 2, 26))] == [(23, True)]
    including = (
        "Across the country, 23 people were killed in election-day clashes on Saturday, "
        "police said, including in Kano and Ibadan."
    )
    assert [(r[3], r[5], r[6]) for r in told(including, date(2023, 2, 26))] == [("Kano", 23, True)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesters from Nakuru and Eldoret marched in Nairobi on Friday.", None),
        (
            "Ukrainian and Russian troops clashed on the road between Kupiansk and Svatove "
            "on Monday.",
            "Kupyansk",
        ),
        ("Russian forces shelled Kupiansk and Kharkiv Oblast overnight, officials said.", None),
        ("Protests against rising fuel prices were held in Nairobi and Kampala on Friday.", None),
        (
            "Police fired tear gas at protesters in the Kibera and Mathare neighbourhoods of "
            "Nairobi on Friday.",
            "Nairobi",
        ),
        ("A drone struck a car in Kherson or Beryslav on Monday, killing one man.", "Kherson"),
        (
            "Gunmen killed five residents of Nikopol and Marhanets in an attack on a bus in "
            "Zaporizhzhia on Saturday.",
            None,
        ),
        ("Gunmen ambushed a convoy on the road from Jos to Bokkos on Saturday.", None),
        (
            "Truck drivers blocked the highway connecting Nakuru and Eldoret on Friday to "
            "protest new fuel taxes.",
            None,
        ),
        (
            "Bandits attacked Anka on Saturday, and hundreds of residents fled to Gusau and "
            "Kaura Namoda.",
            None,
        ),
    ],
)
def test_lists_that_are_no_scene_stay_one_event(told, text, place):
    rows = told(text, date(2024, 3, 12))
    assert len(rows) == 1
    if place is not None:
        assert rows[0][3] == place


def test_an_unknown_listed_village_is_one_event_at_the_named_province(told):
    text = (
        "Regime forces shelled Kafr Nabl and Tal Hawash in southern Idlib on Sunday, killing "
        "four civilians."
    )
    rows = [(r[3], r[5], r[6]) for r in told(text, date(2019, 5, 20))]
    assert rows == [("Kafranbel", 2, True), ("Idlib", 2, True)]


def _town(name: str, geonameid: int) -> Place:
    return Place(
        geonameid=geonameid,
        name=name,
        latitude=35.0 + geonameid / 100,
        longitude=36.0,
        country_code="SY",
        country="Syria",
        admin1="Idlib",
    )


def _listed(text: str, names: list[str]) -> list[Toponym]:
    return [
        Toponym(start=text.index(n), end=text.index(n) + len(n), text=n, place=_town(n, i + 1))
        for i, n in enumerate(names)
    ]


def _event(text: str, where: Toponym, fatalities: int | None) -> Event:
    place = where.place
    assert place is not None
    at = text.index("hit")
    return Event(
        event_id="e",
        doc_id="t",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        country="Syria",
        location=place.name,
        geonameid=place.geonameid,
        geo_precision=1,
        fatalities=fatalities,
        evidence=(
            Evidence(start=at, end=at + 3, text="hit", role="trigger"),
            Evidence(start=where.start, end=where.end, text=where.text, role="location"),
        ),
    )


def test_eleven_dead_over_five_towns_are_three_at_the_lead_and_two_at_each_other() -> None:
    text = "Air strikes hit Ayla, Bora, Cana, Dara and Ena on Sunday, killing 11 civilians."
    places = _listed(text, ["Ayla", "Bora", "Cana", "Dara", "Ena"])
    events = split_place_lists(
        [_event(text, places[0], 11)],
        text,
        places,
        province_of=lambda _: None,
        namesake=lambda _: None,
    )
    assert [(e.location, e.fatalities, "aggregate" in e.tags) for e in events] == [
        ("Ayla", 3, True),
        ("Bora", 2, True),
        ("Cana", 2, True),
        ("Dara", 2, True),
        ("Ena", 2, True),
    ]
    assert len({e.event_id for e in events}) == 5


def test_a_list_another_telling_brought_does_not_split_the_event() -> None:
    text = "Air strikes hit Ayla and Bora on Sunday."
    places = _listed(text, ["Ayla", "Bora"])
    elsewhere = replace(_event(text, places[0], None), geonameid=99, location="Zora")
    events = split_place_lists(
        [elsewhere], text, places, province_of=lambda _: None, namesake=lambda _: None
    )
    assert [e.location for e in events] == ["Zora"]
