"""Calendar arithmetic: months that clamp at their end, weeks that start on Monday."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Shift by whole months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` units (hour, day, week, month, year); hours round up to days."""
    if unit == "month":
        return add_months(day, amount)
    if unit == "year":
        return add_months(day, 12 * amount)
    if unit == "hour":
        sign = 1 if amount >= 0 else -1
        return day + timedelta(days=sign * -(-abs(amount) // 24))
    return day + timedelta(days=amount * UNIT_DAYS[unit])


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def precision_for(start: date, end: date) -> int:
    """ACLED time precision from a range's length: 1 day, up to 15 days, longer."""
    days = (end - start).days + 1
    if days <= 1:
        return 1
    return 2 if days <= 15 else 3


def latest_on_or_before(day: date, weekday: int) -> date:
    """The most recent `weekday` (0 = Monday) on or before `day`."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)
