"""Fighting told in general, then an act on a day of its own: the act stays its own event
(fighting_in_general.py), with its sides, day and dead."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """The pipeline's events for a text published on Friday 14 March 2025."""

    def run(text):
        return published_on(text, date(2025, 3, 14))

    return run


def _told(events):
    return [(e.sub_event_type, e.actor1, e.actor2, e.date_start, e.fatalities) for e in events]


AMBUSH = (
    "On Tuesday, soldiers ambushed an al-Shabaab convoy near Bulo Burde, killing nine militants."
)
AMBUSH_CODED = (
    "Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab", "2025-03-11", 9,
)  # fmt: skip


def test_an_act_on_a_day_of_its_own_does_not_complete_the_fighting_told_before(published):
    events = published("The militias wear sarongs into battle. " + AMBUSH)
    assert AMBUSH_CODED in _told(events)
    assert all(e.fatalities is None for e in events if e.date_start != "2025-03-11")


def test_fighting_told_for_months_is_not_the_act_told_on_tuesday(published):
    events = published("Clan militias have fought beside the army for months. " + AMBUSH)
    assert AMBUSH_CODED in _told(events)


def test_a_count_told_after_the_act_still_completes_it(published):
    """Not fired: the count names no day of its own ('Clashes there left 10 dead')."""
    events = published(
        "Rebels clashed with the army near Bulo Burde on Tuesday. Clashes there left ten "
        "people dead."
    )
    assert [(e.sub_event_type, e.date_start, e.fatalities) for e in events] == [
        ("Armed clash", "2025-03-11", 10)
    ]


SATURDAY = (
    "On Saturday, VDP militiamen killed at least seven Fulani civilians in the hamlet of "
    "Boulkessi-Peul, a community leader said."
)


def test_the_dead_of_a_past_year_are_not_the_act_s_and_no_event(published_on):
    events = published_on(
        SATURDAY + " In 2024, jihadists killed hundreds of people at Barsalogho.",
        date(2025, 5, 25),
    )
    assert [(e.actor1, e.date_start, e.fatalities) for e in events] == [
        ("VDP: Volunteers for the Defense of the Homeland", "2025-05-24", 7)
    ]


def test_bodies_found_the_next_day_are_still_the_act_s_dead(published_on):
    """Not fired: a count on a day after the act's."""
    events = published_on(
        "On 5 August, unidentified men set fire to a museum in Dhaka. Four charred bodies "
        "were recovered on 6 August.",
        date(2024, 8, 8),
    )
    assert [(e.date_start, e.fatalities) for e in events] == [("2024-08-05", 4)]


def test_an_act_told_in_full_then_with_its_day_is_one_act(extracted):
    text = (
        "ISWAP has claimed an attack on an army base in Borno State, Nigeria, in which it said "
        "15 soldiers were killed. In a statement on Monday, the group said its fighters stormed "
        "the base at Malam Fatori on Sunday night."
    )
    assert [e.sub_event_type for e in extracted(text)] == ["Armed clash"]
