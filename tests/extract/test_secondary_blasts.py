"""Blasts a strike set off are no series of acts (secondary_blasts.py)."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Event

Extracted = Callable[[str], list[Event]]


def test_explosions_a_strike_triggered_are_no_aggregate(extracted: Extracted) -> None:
    text = (
        "Ukrainian drones attacked an ammunition depot near the town of Toropets in Russia's "
        "Tver region on Sunday, triggering a series of explosions."
    )
    assert [("aggregate" in e.tags) for e in extracted(text)] == [False]


def test_a_series_of_strikes_is_still_an_aggregate(extracted: Extracted) -> None:
    text = "Russian forces carried out a series of strikes on the town of Kupiansk on Sunday."
    assert [("aggregate" in e.tags) for e in extracted(text)] == [True]
