"""A strike told, then the striking side's account of it and another source's toll: one
event with the whole toll; strikes told by how often they recur are no event (own texts,
the whole pipeline)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2025, 3, 11)
Row = tuple[str, str | None, str | None, int | None]


def _rows(published_on: PublishedOn, text: str) -> list[Row]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in published_on(text, DAY)]


STRIKE = (
    "An Israeli drone strike on a motorbike near the village of Aitaroun killed a Hezbollah "
    "fighter on Monday."
)


def test_the_strikers_account_is_the_strike(published_on: PublishedOn) -> None:
    text = STRIKE + " The Israeli army said it had eliminated a Hezbollah operative in the area."
    assert _rows(published_on, text) == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Hezbollah", 1)
    ]


def test_a_count_of_people_after_named_dead_is_the_whole_toll(published_on: PublishedOn) -> None:
    text = STRIKE + " Lebanon's health ministry said two people were killed."
    assert _rows(published_on, text) == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Hezbollah", 2)
    ]


def test_people_killed_by_a_second_strike_are_its_own(published_on: PublishedOn) -> None:
    text = STRIKE + " Two people were also killed when a second drone hit the road."
    assert [r[3] for r in _rows(published_on, text)] == [1, 2]


def test_strikes_told_by_how_often_they_recur_are_no_event(published_on: PublishedOn) -> None:
    text = (
        STRIKE + " Israel has kept up near-daily strikes in southern Lebanon despite the ceasefire."
    )
    assert [r[0] for r in _rows(published_on, text)] == ["Air/drone strike"]


def test_coordinated_sources_are_all_credited(published_on: PublishedOn) -> None:
    text = (
        "An Israeli drone strike killed a Hezbollah fighter near Aitaroun on Monday, the group "
        "and Lebanese security sources said."
    )
    (event,) = published_on(text, DAY)
    assert event.claimed_by == "the group and Lebanese security sources"


def test_a_source_with_a_title_keeps_it(published_on: PublishedOn) -> None:
    text = (
        "Gunmen killed four farmers near Gwoza on Monday, a spokesman for the Borno State "
        "Police Command said."
    )
    (event,) = published_on(text, DAY)
    assert event.claimed_by == "a spokesman for the Borno State Police Command"
