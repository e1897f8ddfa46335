"""A report's weekdays fall in the week its title states (`sitrep.time.report_week`)."""

from __future__ import annotations

from datetime import date

from sitrep.time import find_time_expressions

PUBLISHED = date(2026, 11, 2)  # a Monday, a week after the week told


def _days(text: str) -> list[tuple[str, date | None]]:
    found = find_time_expressions(text, published=PUBLISHED)
    return [(e.span.text, e.range.start if e.range else None) for e in found if e.range]


def test_weekdays_of_the_week_the_title_names() -> None:
    text = (
        "Security incidents, week of 26 October\n\n"
        "On Monday, separatists abducted a teacher. A rally is called for next Friday."
    )
    assert _days(text)[1:] == [("Monday", date(2026, 10, 26)), ("next Friday", date(2026, 11, 6))]


def test_a_period_in_the_title_frames_them_too() -> None:
    text = "Situation report (22 - 28 October 2026)\n\nOn Friday, gunmen raided a market."
    assert _days(text)[1:] == [("Friday", date(2026, 10, 23))]


def test_no_title_no_move() -> None:
    text = "Week of 26 October: on Monday, separatists abducted a teacher."
    assert _days(text)[-1] == ("Monday", PUBLISHED)
