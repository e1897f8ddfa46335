"""News of protests and crackdowns, as agencies write them: a day carried through the paragraph
that gave it, counts of the hurt and the detained that complete an event told before, a
sayer's name that holds a country, weapons seized, plain-clothes agents, road blockades and
whom a protest supports, and a toll given aside by one source and lower by another."""

from collections.abc import Callable

import pytest

from sitrep.model import Document, Event
from sitrep.pipeline import Extractor, Result, run_extraction

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def published() -> Callable[[str, str], list[Event]]:
    extractor = Extractor.load()

    def run(text: str, day: str) -> list[Event]:
        from datetime import date

        document = Document(doc_id="t", text=text, published=date.fromisoformat(day))
        (result,) = list(run_extraction(extractor, [document]))
        assert isinstance(result, Result)
        return list(result.events)

    return run


def _dated(events: list[Event]) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.event_date, e.time_precision) for e in events]


def test_a_paragraph_goes_on_with_the_day_it_gave(published: Callable) -> None:
    text = (
        "On 4 April 2025, gunmen attacked a bus near Lantana, killing two passengers. "
        "Soldiers later arrested three suspects in the town.\n\n"
        "Unidentified gunmen killed a shopkeeper in Marrow."
    )
    assert _dated(published(text, "2025-04-06")) == [
        ("Attack", "2025-04-04", 1),
        ("Arrests", "2025-04-04", 1),
        ("Attack", None, 2),  # a new paragraph dates nothing: the report's week
    ]


def test_the_day_a_paragraph_opens_with_dates_its_first_act(published: Callable) -> None:
    text = (
        "On 2 June 2024, soldiers began a search operation in the Ferrol district. "
        "A gunfight broke out and three suspected militants were killed."
    )
    assert _dated(published(text, "2024-06-05")) == [("Armed clash", "2024-06-02", 1)]


def test_a_statement_day_does_not_date_the_act(published: Callable) -> None:
    text = (
        "The army said on Monday that it was reinforcing its bases. "
        "Gunmen killed two farmers near Tessil."
    )
    (event,) = published(text, "2025-01-15")
    assert (event.event_date, event.time_precision) == (None, 2)


def test_a_background_day_does_not_carry_past_the_act_before(published: Callable) -> None:
    text = (
        "On 12 March 2022, students gathered in Vorlan against the war, which began on "
        "February 24. Police broke up the rally and detained 15 of them."
    )
    assert _dated(published(text, "2022-03-12")) == [("Protest with intervention", "2022-03-12", 1)]


def test_a_country_in_the_sayers_name_places_no_new_event(extracted: Extracted) -> None:
    events = extracted(
        "Police fired live rounds at protesters in Nairobi on Tuesday. At least four people "
        "were shot dead, the Kenya National Commission on Human Rights said."
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Excessive force against protesters", "Nairobi", 4)
    ]


def test_the_hurt_and_the_detained_counted_complete_the_riot(coded: Coded) -> None:
    assert coded(
        "Protesters hurled rocks at police in Tbilisi. The ministry said 40 officers had been "
        "injured over three nights and 90 people had been detained."
    ) == [("Violent demonstration", "Rioters (Georgia)", "Police Forces of Georgia")]


def test_the_hurt_counted_alone_is_still_an_event(coded: Coded) -> None:
    assert coded("Three police officers were injured in Tbilisi on Sunday.") != []


def test_seized_artillery_is_disrupted_weapons_use(coded: Coded) -> None:
    assert coded("Police seized two mortars and rocket launchers in a raid in Kaduna.")[0][0] == (
        "Disrupted weapons use"
    )
    assert coded("Troops found a stockpile of rockets in a cave near Gwoza.") == [
        ("Disrupted weapons use", "Military Forces of Nigeria (2023-)", None)
    ]
    assert coded("Militants fired rockets at the army base in Gwoza.")[0][0] == (
        "Shelling/artillery/missile attack"
    )


def test_plain_clothes_agents_are_police(coded: Coded) -> None:
    assert coded("Plain-clothes agents beat protesters in Mashhad.") == [
        ("Protest with intervention", "Protesters (Iran)", "Police Forces of Iran (1989-)")
    ]


def test_a_crowd_blocking_a_road_demonstrates(coded: Coded) -> None:
    assert coded("Villagers blocked the highway near Nis with tractors for two hours.") == [
        ("Violent demonstration", "Rioters (Serbia)", None)
    ]


def test_whom_a_protest_supports_is_no_side(coded: Coded) -> None:
    assert coded(
        "Farmers blocked the road near Nis with tractors in support of the striking teachers."
    ) == [("Violent demonstration", "Rioters (Serbia)", None)]


def test_a_lower_toll_given_beside_a_source_told_aside(extracted: Extracted) -> None:
    (event,) = extracted(
        "Security forces killed at least 40 people in Iranshahr, a rights group said, while "
        "officials put the toll at 12."
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 12)


def test_striking_workers_are_on_strike(coded: Coded) -> None:
    assert coded(
        "On 3 May 2023, striking public transport workers gathered outside the town hall in "
        "Catania to demand higher wages."
    ) == [("Peaceful protest", "Protesters (Italy)", None)]


def test_a_year_less_dateline_is_not_the_acts_day(published: Callable) -> None:
    text = (
        "JOS, May 11 (AFP) - Gunmen abducted 40 worshippers from a church near Jos on "
        "Thursday night, police said."
    )
    assert _dated(published(text, "2024-05-11")) == [
        ("Abduction/forced disappearance", "2024-05-09", 1)
    ]


def test_the_dead_of_a_strike_the_parser_hung_on_the_sayers(extracted: Extracted) -> None:
    (event,) = extracted(
        "A military airstrike on a village in Myanmar's Magway region killed at least 12 "
        "people, including three children, residents and a local resistance group said."
    )
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 12)
