"""Places of short conflict reports (own texts, real gazetteer): venues of talks and visits,
the provinces an insurgency fights in, list members, names the tagger calls people after a
weapon's fire, a province's office, a district's seat and a group's province name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from sitrep.geocode.area_named import area_worded
from sitrep.geocode.frames import list_members
from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.geoparse import geoparse
from sitrep.geocode.theatres import THEATRES, actor_theatres
from sitrep.geocode.venues import venue_only

Read = tuple[str, str | None, str | None, str | None]  # mention, place name, country, admin1


@pytest.fixture(scope="module")
def real() -> Iterator[Gazetteer]:
    with Gazetteer.open(build_if_missing=True) as gaz:
        yield gaz


def _read(nlp, gaz: Gazetteer, text: str, **kwargs: Any) -> list[Read]:  # type: ignore[no-untyped-def]
    from sitrep.annotate import entity_spans

    tops = geoparse(text, entity_spans(nlp(text)), gaz, **kwargs)
    return [
        (t.text, t.place.name, t.place.country_code, t.place.admin1)
        if t.place
        else (t.text, None, None, None)
        for t in tops
    ]


def _venue(text: str, name: str) -> bool:
    start = text.index(name)
    return venue_only(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting went on as mediators met in Doha on Tuesday.", "Doha"),
        ("The clashes came as a delegation flew to Kigali for talks.", "Kigali"),
        ("Negotiators gathered in Cairo for ceasefire talks on Monday.", "Cairo"),
        ("The attack came while the president was on a visit to Nairobi.", "Nairobi"),
        ("Qatar hosted talks between the two sides last week.", "Qatar"),
        ("Peace talks between the army and the rebels in Jeddah stalled.", "Jeddah"),
    ],
)
def test_a_place_of_talks_or_visits_is_a_venue(text: str, name: str) -> None:
    assert _venue(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a community meeting in Baga on Tuesday.", "Baga"),
        ("A convoy travelling to Gao was ambushed on Monday.", "Gao"),
        ("At least ten people were killed in clashes near Rutshuru.", "Rutshuru"),
        ("Talks failed. On Monday, rebels shelled Goma.", "Goma"),
        ("Hundreds of protesters rallied outside the talks in Geneva.", "Geneva"),
    ],
)
def test_a_place_of_acts_is_no_venue(text: str, name: str) -> None:
    assert not _venue(text, name)


def test_the_event_reading_leaves_venues_out(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Mediators met in Doha on Tuesday as clashes went on near Rutshuru."
    rutshuru = ("Rutshuru", "Rutshuru", "CD", "Nord-Kivu")
    assert _read(nlp, real, text) == [("Doha", "Doha", "QA", "Doha"), rutshuru]
    assert _read(nlp, real, text, keep_venues=False) == [rutshuru]


def test_the_actors_theatre_picks_among_namesakes(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Maoists detonated an IED in Bijapur on Sunday, killing two policemen."
    maoists = actor_theatres([_Named("CPI (Maoist): Communist Party of India (Maoist)")])
    assert ("IN", "Chhattisgarh") in maoists
    assert _read(nlp, real, text, theatres=maoists) == [
        ("Bijapur", "Bījāpur", "IN", "Chhattisgarh")
    ]
    # no theatre: the larger namesake; a province the text names beats the theatre
    assert _read(nlp, real, text) == [("Bijapur", "Vijayapura", "IN", "Karnataka")]
    named = "Maoists detonated an IED in Bijapur, Karnataka on Sunday."
    assert _read(nlp, real, named, theatres=maoists)[0] == (
        "Bijapur",
        "Vijayapura",
        "IN",
        "Karnataka",
    )


def test_an_actor_without_a_theatre_lends_none() -> None:
    assert actor_theatres([_Named("Military Forces of India (2014-)")]) == frozenset()
    assert all(len(code) == 2 for areas in THEATRES.values() for code, _ in areas)


def test_the_forests_of_a_district_name_it(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Security forces killed four Naxalites in the forests of Bijapur on Thursday."
    assert _read(nlp, real, text, theatres={("IN", "Chhattisgarh")}) == [
        ("Bijapur", "Bījāpur", "IN", "Chhattisgarh")
    ]


def test_list_members_share_their_neighbours_kind(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked villagers in Ndiaye, Koro and Bankass on Saturday."
    assert _read(nlp, real, text) == [
        ("Ndiaye", None, None, None),
        ("Koro", "Koro", "ML", "Mopti"),
        ("Bankass", "Bankass", "ML", "Mopti"),
    ]
    # one known place beside one unknown name makes no list of places
    assert list_members("Soldiers were deployed in Kramatorsk and Petro Bereza.", real) == []


def test_a_list_after_a_conflict_noun(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Two civilians were killed in Russian attacks on Kostiantynivka and Druzhkivka."
    assert _read(nlp, real, text) == [
        ("Kostiantynivka", "Kostyantynivka", "UA", "Donetska"),
        ("Druzhkivka", "Druzhkivka", "UA", "Donetska"),
    ]


def test_a_place_struck_or_fired_at_whatever_the_tagger_says(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    fired = "Hezbollah fired a barrage of rockets at Kiryat Shmona on Friday."
    assert _read(nlp, real, fired) == [("Kiryat Shmona", "Qiryat Shmona", "IL", "Northern")]
    struck = "Russian troops struck Kostiantynivka with guided bombs on Saturday."
    assert _read(nlp, real, struck) == [("Kostiantynivka", "Kostyantynivka", "UA", "Donetska")]


def test_a_provinces_office_names_the_province(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Russian shelling wounded two men, Donetsk regional governor Ihor Marchenko said."
    assert _read(nlp, real, text, actor_countries={"RU"}) == [
        ("Donetsk", "Donetsk", "UA", "Donetska")
    ]
    airport = "Flights resumed at the Dayton regional airport."
    start = airport.index("Dayton")
    assert not area_worded(airport, start, start + len("Dayton"))


def test_a_district_seat_under_another_spelling(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Two militants were killed in an encounter in Kupwara on Wednesday, police said."
    assert _read(nlp, real, text) == [("Kupwara", "Kopawor", "IN", "Jammu and Kashmir")]


def test_a_groups_province_is_no_place(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic State Sahel militants attacked an army post in Tillaberi region on Monday."
    assert _read(nlp, real, text) == [("Tillaberi", "Tillabéri", "NE", "Tillabéri")]
    plain = "Militants attacked an army post in the Sahel region of Burkina Faso on Monday."
    assert [r[0] for r in _read(nlp, real, plain)] == ["Sahel", "Burkina Faso"]


class _Actor:
    def __init__(self, name: str) -> None:
        self.name = name


class _Named:
    def __init__(self, name: str) -> None:
        self.actor = _Actor(name)


def test_a_town_read_bare_is_its_districts_seat(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Militants hurled a grenade at a police party in Kupwara town on Friday."
    assert _read(nlp, real, text) == [("Kupwara", "Kopawor", "IN", "Jammu and Kashmir")]
    # a town that is its district's seat stays
    other = "Bandits attacked Kaura Namoda in Zamfara State on Saturday, killing 13 villagers."
    assert _read(nlp, real, other)[0] == ("Kaura Namoda", "Kaura Namoda", "NG", "Zamfara")


def test_the_head_noun_of_a_name_is_no_place(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Troops killed two infiltrators along the Line of Control in Kupwara on Sunday."
    assert [r[0] for r in _read(nlp, real, text)] == ["Kupwara"]


def test_a_building_stands_in_a_locality(nlp, real: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "An anti-tank missile fired from Lebanon hit a house in Avivim on Thursday."
    assert _read(nlp, real, text) == [
        ("Lebanon", "Lebanon", "LB", None),
        ("Avivim", None, None, None),
    ]
    # a month after the building is no locality
    month = "Two brothers were killed in their home in June, relatives said."
    assert _read(nlp, real, month) == []
