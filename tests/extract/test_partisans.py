"""Partisans and saboteurs are an armed group, not a crowd: their arson is property
destruction by an unidentified armed group (actors.yaml, generic armed_group words)."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


def test_saboteurs_setting_fire_are_an_armed_group(coded: Coded) -> None:
    text = (
        "Saboteurs set fire to a railway relay box near the town of Liski in Russia's Voronezh "
        "region on Tuesday, police said."
    )
    assert coded(text) == [
        ("Looting/property destruction", "Unidentified Armed Group (Russia)", None)
    ]


def test_a_non_partisan_group_is_no_armed_group(coded: Coded) -> None:
    text = "A non-partisan group of lawyers rallied outside the court in Tbilisi on Tuesday."
    assert coded(text) == [("Peaceful protest", "Protesters (Georgia)", None)]
