"""Police who detained people at a demonstration are its other side, not the people detained
(police_response.py, RESPONSE)."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


def test_police_who_detained_people_intervened(coded: Coded) -> None:
    text = (
        "Police detained 20 people as thousands of protesters marched through central Tbilisi "
        "on Monday against a new law."
    )
    assert coded(text) == [
        ("Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia")
    ]


def test_police_who_only_report_are_no_side(coded: Coded) -> None:
    text = (
        "Thousands of protesters marched through central Tbilisi on Monday against a new law, "
        "police said."
    )
    assert coded(text) == [("Peaceful protest", "Protesters (Georgia)", None)]
