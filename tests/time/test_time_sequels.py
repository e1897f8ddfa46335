"""Days counted on from the day told last ("two days later", "the next day")."""

from __future__ import annotations

from datetime import date

from sitrep.time import find_time_expressions

PUBLISHED = date(2026, 3, 16)


def _days(text: str) -> list[tuple[str, date | None]]:
    found = find_time_expressions(text, published=PUBLISHED)
    return [(e.span.text, e.range.start if e.range else None) for e in found]


def test_counted_on_from_the_last_day_told() -> None:
    text = (
        "Burkina Faso: On 12 March, militants attacked a post. "
        "Mali: Two days later, gunmen killed three villagers. "
        "The next day, soldiers arrested ten men. A week later, the road reopened."
    )
    assert _days(text) == [
        ("12 March", date(2026, 3, 12)),
        ("Two days later", date(2026, 3, 14)),
        ("The next day", date(2026, 3, 15)),
        ("A week later", date(2026, 3, 22)),
    ]


def test_anchored_on_a_weekday_too() -> None:
    assert _days("On Friday, gunmen raided Kolo. The following morning, troops arrived.") == [
        ("Friday", date(2026, 3, 13)),
        ("The following morning", date(2026, 3, 14)),
    ]


def test_no_anchor_and_no_count_back() -> None:
    text = (
        "Two days later, the army returned. On 12 March, a man died of wounds he had "
        "received the day before; a week earlier, his brother was shot. "
        "A few days later, and the day after the attack, more troops came."
    )
    assert _days(text) == [("Two days later", None), ("12 March", date(2026, 3, 12))]
