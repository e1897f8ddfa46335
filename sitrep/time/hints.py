"""Entity hints (spaCy DATE/TIME spans) that no rule matched, parsed with dateparser.

dateparser reads durations as dates ("three days" -> three days ago, "the 1990s" -> seconds
ago), so a hint is kept only when it names a calendar date: a month name, or digits shaped
like a numeric date (14/02/2018), and the result is a day or a month on or before the
publication date. Without a publication date only hints with a four-digit year are read.
One parser is built per call, with the publication date as its relative base, so results do
not depend on the clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sitrep.model import Span
from sitrep.time.calendar import month_end
from sitrep.time.expression import Kind
from sitrep.time.found import Dates, Found
from sitrep.time.patterns import MONTH_ANY, YEAR

CALENDAR_LIKE = re.compile(rf"{MONTH_ANY}|\b\d{{1,4}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b")
HAS_YEAR = re.compile(YEAR)
FIXED_BASE = datetime(2000, 1, 1)


def parse_hints(
    text: str, hints: Sequence[Span], *, taken: Sequence[Found], published: date | None
) -> list[Found]:
    """Calendar dates from hints that overlap nothing already found."""
    todo = [h for h in hints if _usable(h, taken, published)]
    if not todo:
        return []
    parser = _parser(published)
    found = []
    for hint in todo:
        dates = _read(parser, text[hint.start : hint.end], published)
        if dates is not None:
            found.append(Found(start=hint.start, end=hint.end, kind=Kind.ABSOLUTE, dates=dates))
    return found


def _usable(hint: Span, taken: Sequence[Found], published: date | None) -> bool:
    if any(hint.start < f.end and f.start < hint.end for f in taken):
        return False
    if not CALENDAR_LIKE.search(hint.text):
        return False
    return published is not None or bool(HAS_YEAR.search(hint.text))


def _parser(published: date | None) -> Any:
    from dateparser.date import DateDataParser

    base = datetime.combine(published, datetime.min.time()) if published else FIXED_BASE
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY",
    }
    return DateDataParser(languages=["en"], settings=settings)


def _read(parser: Any, text: str, published: date | None) -> Dates | None:
    data = parser.get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month"):
        return None
    day = data.date_obj.date()
    if published is not None and day > published:
        return None
    if data.period == "month":
        return day.replace(day=1), month_end(day.year, day.month)
    return day, day
