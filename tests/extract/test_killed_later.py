"""A killing told with its doer on a later day of its own is a second event, not more dead."""

from collections.abc import Callable
from datetime import date

from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2026, 7, 1)


def _told(published_on: PublishedOn, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.date_start, e.fatalities) for e in published_on(text, DAY)]


def test_a_killing_by_others_days_later_is_its_own_event(published_on):
    text = (
        "Gunmen killed three policemen at a checkpoint in the Bannu district of Khyber "
        "Pakhtunkhwa on Friday, police said. On Saturday, security forces killed four "
        "militants in an operation near the checkpoint, the military said."
    )
    assert _told(published_on, text) == [
        ("Armed clash", "2026-06-26", 3),
        ("Armed clash", "2026-06-27", 4),
    ]


def test_the_wounded_who_died_days_later_are_still_the_acts_dead(published_on):
    text = (
        "Gunmen killed three policemen at a checkpoint in the Bannu district of Khyber "
        "Pakhtunkhwa on Friday, police said. Two more policemen died of their wounds on "
        "Saturday."
    )
    assert [(t[0], t[1]) for t in _told(published_on, text)] == [("Armed clash", "2026-06-26")]
