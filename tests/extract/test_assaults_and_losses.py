"""A bomb that opens a storming is the assault's means, and the dead a side "lost" are
dead (own texts, the whole pipeline)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2026, 9, 12)


def _typed(published_on: PublishedOn, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.actor1, e.fatalities) for e in published_on(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters stormed an army base near Balcad on Thursday after setting off a "
        "car bomb at its gate.",
        "Al-Shabaab fighters attacked an army base near Balcad on Thursday, detonating a car "
        "bomb at the gate before storming the compound.",
    ],
)
def test_a_bomb_that_opens_a_storming_is_a_clash(published_on: PublishedOn, text: str) -> None:
    assert _typed(published_on, text) == [("Armed clash", "Al Shabaab", None)]


def test_a_bomb_alone_stays_a_bombing(published_on: PublishedOn) -> None:
    text = "Al-Shabaab fighters set off a car bomb at the gate of an army base near Balcad."
    assert _typed(published_on, text) == [("Remote explosive/landmine/IED", "Al Shabaab", None)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Six soldiers lost their lives when militants attacked a checkpoint near Balcad.", 6),
        (
            "Militants attacked a checkpoint near Balcad on Thursday. The army said 11 "
            "attackers were killed and it lost three soldiers.",
            14,
        ),
        ("Militants attacked a checkpoint near Balcad and the army lost two vehicles.", None),
        ("Militants attacked a checkpoint near Balcad and police lost contact with it.", None),
    ],
)
def test_lives_and_men_lost_are_dead(published_on: PublishedOn, text: str, dead: int) -> None:
    assert [e.fatalities for e in published_on(text, DAY)] == [dead]
