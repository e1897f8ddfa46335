"""Coders' notes (written for these tests): a figure stated for the record in a sentence that
tells an act of its own is the lead event's; a stated figure of further dead adds to it, when
its share reaches the lead's place; allocation tables told beside their places; a split read
from the words when the parse loses the list; a riot takes in the dead of the fight told after
it there and then."""

from datetime import date

import pytest

from sitrep.extract.allocations import allocated_share, share_reaches, split_ways
from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def told():
    extractor = Extractor.load()

    def run(text: str) -> list[tuple[str, int | None]]:
        doc = Document(doc_id="t", text=text, published=date(2018, 3, 5))
        (result,) = list(run_extraction(extractor, [doc]))
        assert isinstance(result, Result)
        return [(e.sub_event_type, e.fatalities) for e in result.events]

    yield run
    extractor.close()


def test_a_figure_coded_with_an_act_of_its_own_is_the_lead_events(told):
    text = (
        "Hayat Tahrir al-Sham fighters captured the town of Saraqib from regime forces. "
        "An average of 30 fighters have been killed each day since the offensive began. "
        "9 fatalities each coded to fighting at Saraqib, Sarmin and Taftanaz."
    )
    events = told(text)
    assert events[0] == ("Non-state actor overtakes territory", 9)
    assert all(f is None for _, f in events[1:])


def test_further_dead_shared_out_add_to_the_lead(told):
    text = (
        "Regime forces shelled Saraqib in Idlib, killing 4 civilians. Shelling on Saraqib, "
        "Sarmin and Taftanaz killed 3 more civilians, with 1 additional fatality allocated to "
        "each location."
    )
    assert told(text)[0] == ("Shelling/artillery/missile attack", 5)


def test_further_dead_shared_out_elsewhere_leave_the_lead_alone(told):
    text = (
        "Regime forces shelled Saraqib in Idlib, killing 4 civilians. Shelling on Saraqib, "
        "Sarmin and Taftanaz killed 2 more civilians, with fatalities split, 1 each, between "
        "Sarmin and Taftanaz."
    )
    assert told(text)[0] == ("Shelling/artillery/missile attack", 4)


def test_a_riot_takes_in_the_dead_of_its_clashes_told_after_it(told):
    text = (
        "On 3 March 2018, students clashed with police in Rajshahi city, demanding the "
        "release of their leader. 3 persons were killed in clashes in the market area."
    )
    assert told(text) == [("Violent demonstration", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fatalities spread across the events with 4 at Ayla, Bora and Cana and 3 at Dara.", 4),
        ("Coded fatalities to 20 with 6 at Ayla, 4 at Bora (Cana), 6 at Dara, and 6 at Eda.", 6),
        ("Distributed fatalities over the activities in Ayla (6), Bora (7) and Cana (6).", 6),
        ("Ayla 4, Bora 3, and Cana al Kurdi 3.", 3),
        ("Fatalities split as follows: 2 Ayla, 2 Bora Sharqi, 2 Cana, and 1 Dara.", 2),
        ("Fatalities spread evenly across the four events, tallying 8 per event.", 8),
    ],
)
def test_shares_told_beside_their_places(text, expected):  # type: ignore[no-untyped-def]
    assert allocated_share(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2020, fighters killed 2 Hezbollah fighters and 3 Iranian soldiers.",
        "Clashes on 3 March and 4 April left fatalities at Ayla.",
        "4 at Ayla.",
    ],
)
def test_no_table_beside_places(text):  # type: ignore[no-untyped-def]
    assert allocated_share(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fatalities coded as 10 and split evenly between Ayla and Bora areas.", 2),
        ("Unknown fatalities coded as ten and split between Ayla, Bora, and Cana al Kurdi.", 3),
        ("10 coded and distributed between activities in Ayla and in Bora and its outskirts.", 2),
        ("Fatalities split across the 3 locations.", 3),
        ("Fatalities split between both events.", 2),
        ("Fatalities coded as 10.", 1),
    ],
)
def test_split_ways_read_from_the_words(text, expected):  # type: ignore[no-untyped-def]
    assert split_ways(text) == expected


def test_a_share_reaches_the_places_its_clause_names():  # type: ignore[no-untyped-def]
    text = "Strikes killed 2 more, with fatalities split, 1 each, between Ayla and Bora."
    assert share_reaches(text, "Ayla") and not share_reaches(text, "Cana")
    assert share_reaches("Strikes killed 3 more, with 1 allocated to each location.", "Cana")


def test_the_same_act_told_again_with_further_dead_adds_them(told):
    text = (
        "A regime soldier was killed in clashes with rebel factions near Saraqib in Idlib. As "
        "many as 3 additional regime soldiers were killed in clashes."
    )
    assert told(text)[0] == ("Armed clash", 4)


@pytest.mark.parametrize(
    ("place", "expected"),
    [("Ayla", 3), ("Bora", 2), ("Dara", 1), ("Zed", None)],
)
def test_the_share_a_table_gives_a_named_place(place, expected):  # type: ignore[no-untyped-def]
    from sitrep.extract.allocations import share_for

    text = (
        "Shelling killed 9 people, with 3 allocated to Ayla, 2 each allocated to Bora and "
        "Cana, and 1 each allocated to Dara and Eda."
    )
    assert share_for(text, place) == expected


def test_the_lead_events_place_takes_its_own_share(told):
    text = (
        "Regime forces shelled Saraqib in Idlib. Shelling on Saraqib, Sarmin, Binnish and "
        "Taftanaz killed 9 civilians. 9 fatalities split between the 4 locations with Saraqib "
        "allocated 3 fatalities and all other locations allocated 2 each."
    )
    assert told(text)[0] == ("Shelling/artillery/missile attack", 3)


def test_a_victim_named_again_by_a_pronoun_is_not_counted_twice(told):
    text = (
        "On 3 March 2018, gunmen shot dead a local councillor in Kisumu. His wife said the "
        "gunmen dragged him out of the house and killed him."
    )
    assert [f for _, f in told(text)][:1] == [1]


def test_a_toll_told_over_several_days_is_shared_out_per_day(told):
    text = (
        "Fifteen people have died in fighting between Pokot and Turkana herders near Lokori. "
        "The fighting has gone on sporadically over the course of five days."
    )
    assert [f for _, f in told(text)][:1] == [3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fighting has gone on over the course of ten days.", 10),
        ("Raids across 3 days left the village empty.", 3),
        ("Clashes over the past two days.", 2),
        ("The attack came two days after the raid.", 1),
        ("Fighting over 90 days.", 1),
    ],
)
def test_days_a_toll_is_told_over(text, expected):  # type: ignore[no-untyped-def]
    from sitrep.extract.tallies import days_told

    assert days_told(text) == expected
