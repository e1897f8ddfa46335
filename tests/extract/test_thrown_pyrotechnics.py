"""Fireworks or bottles thrown at police make a demonstration violent, as stones do; fireworks
set off to celebrate do not (lexicon.yaml, riot cues)."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


def test_fireworks_thrown_at_police_are_a_riot(coded: Coded) -> None:
    text = (
        "Protesters gathered outside parliament in Tbilisi for a third night on Monday, "
        "throwing fireworks at police, who responded with tear gas."
    )
    assert coded(text) == [
        ("Violent demonstration", "Rioters (Georgia)", "Police Forces of Georgia")
    ]


def test_fireworks_set_off_to_celebrate_are_no_riot(coded: Coded) -> None:
    text = "Protesters in Tbilisi set off fireworks to celebrate outside parliament on Monday."
    assert coded(text) == [("Peaceful protest", "Protesters (Georgia)", None)]
