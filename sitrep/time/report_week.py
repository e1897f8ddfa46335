"""The period a report's title says it covers: its weekdays fall in that week.

A weekly brief or situation report names its period in its title ("Security incidents, week
of 26 October", "Situation report No. 14 (1 - 7 March 2026)") and is often published days
after it ends. "On Monday" in its items is the Monday of that period, not the latest Monday
before the publication date. Only a plain weekday moves ("last Monday", "next Friday" keep
their reading), and only when the period ends before the report was published.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sitrep.time.absolute import resolve_date
from sitrep.time.calendar import latest_on_or_before
from sitrep.time.expression import Kind
from sitrep.time.found import Found
from sitrep.time.patterns import DAY_MONTH, WEEKDAYS, YEAR

# "week of 26 October", "week beginning 2 March 2026"
WEEK_OF = re.compile(
    rf"(?i:\bweek\s+(?:of|beginning|starting|from)\s+)(?P<date>{DAY_MONTH}(?:,?\s+{YEAR})?)"
)
PLAIN_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
PERIOD_DAYS = range(2, 11)  # a stated stretch this many days long is a reporting period
WEEK = timedelta(days=6)


def in_the_report_week(text: str, found: list[Found], published: date | None) -> list[Found]:
    """`found` with the plain weekdays after the title moved into the period the title
    states, when it ended before `published`."""
    title_end = text.find("\n")
    if published is None or title_end < 0:
        return found
    last = _period_end(text, title_end, found, published)
    if last is None or last >= published:
        return found
    return [_moved(text, f, last) if f.start > title_end else f for f in found]


def _period_end(text: str, title_end: int, found: list[Found], published: date) -> date | None:
    week = WEEK_OF.search(text, 0, title_end)
    if week is not None:
        start = resolve_date(week["date"], published)
        return start[0] + WEEK if start is not None else None
    for f in found:
        if f.end <= title_end and f.dates is not None and f.kind == Kind.ABSOLUTE:
            first, last = f.dates
            if (last - first).days + 1 in PERIOD_DAYS:
                return last
    return None


def _moved(text: str, found: Found, last: date) -> Found:
    if found.kind != Kind.RELATIVE or not PLAIN_WEEKDAY.fullmatch(text, found.start, found.end):
        return found
    day = latest_on_or_before(last, WEEKDAYS[text[found.start : found.end].lower()])
    return replace(found, dates=(day, day))
