"""Month arithmetic and precision codes."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.calendar import add_months, precision_for, shift


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2023, 12, 15), 1, date(2024, 1, 15)),
        (date(2024, 1, 15), -1, date(2023, 12, 15)),
        (date(2017, 9, 9), 6, date(2018, 3, 9)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_shift_units() -> None:
    day = date(2024, 3, 14)
    assert shift(day, -24, "hour") == date(2024, 3, 13)
    assert shift(day, -25, "hour") == date(2024, 3, 12)
    assert shift(day, -2, "week") == date(2024, 2, 29)
    assert shift(day, -1, "year") == date(2023, 3, 14)


def test_precision_by_length() -> None:
    day = date(2024, 3, 14)
    assert precision_for(day, day) == 1
    assert precision_for(date(2024, 3, 1), date(2024, 3, 15)) == 2
    assert precision_for(date(2024, 3, 1), date(2024, 3, 16)) == 3
