"""Rules for expressions anchored on the publication date, and durations ending at it.

Decisions (ACLED-style coding of a report published on day D):
- "on Wednesday" is the most recent Wednesday on or before D: wire copy says "on Wednesday"
  for the publication day itself, and would give a date for a day a week back;
  "last Wednesday" is strictly before D.
- "last night" and a bare "overnight" are D - 1, the day the night started;
  "overnight into Thursday" is the Wednesday, "Wednesday night" the Wednesday.
- "last week/month/year" are the previous calendar week (Monday-Sunday), month, year;
  "this week" runs from Monday to D, "earlier this week" from Monday to D - 1.
- "N days ago" is one day; "N weeks ago" the seven days centred on D - 7N (never after D);
  "N months ago" that calendar month; "N years ago" that calendar year.
- "the past N days", "for (more than) N days" are [D - N days, D].
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.time.calendar import add_months, latest_on_or_before, month_end, shift, week_start
from sitrep.time.expression import Kind
from sitrep.time.found import Dates, Found, Rule
from sitrep.time.patterns import (
    NUMBER,
    ORDINAL,
    UNIT,
    WEEKDAY,
    WEEKDAYS,
    number_value,
    ordinal_value,
)

DAY = timedelta(days=1)


def _found(match: re.Match[str], dates: Dates | None, kind: Kind = Kind.RELATIVE) -> Found:
    return Found(start=match.start(), end=match.end(), kind=kind, dates=dates)


def _unit(text: str) -> str:
    return text.lower().removesuffix("s")


def _days_back(match: re.Match[str], published: date | None) -> Found:
    text = match.group().lower()
    back = 2 if "before yesterday" in text else 0 if _SAME_DAY.search(text) else 1
    return _found(match, (published - back * DAY,) * 2 if published else None)


def _weekday(match: re.Match[str], published: date | None) -> Found:
    if published is None:
        return _found(match, None)
    weekday = WEEKDAYS[match["day"].lower()]
    which = (match["which"] or "").lower()
    day = latest_on_or_before(published, weekday)
    if which in ("last", "past", "previous") and day == published:
        day -= 7 * DAY
    elif which == "next":
        day = published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if (match.groupdict().get("into") or "").lower() == "into":
        day -= DAY
    return _found(match, (day, day))


def _ago(match: re.Match[str], published: date | None) -> Found:
    if published is None:
        return _found(match, None)
    count, unit = number_value(match["n"]), _unit(match["unit"])
    day = shift(published, -count, unit)
    if unit == "week":
        return _found(match, (day - 3 * DAY, min(day + 3 * DAY, published)))
    if unit == "month":
        return _found(match, (day.replace(day=1), month_end(day.year, day.month)))
    if unit == "year":
        return _found(match, (date(day.year, 1, 1), date(day.year, 12, 31)))
    return _found(match, (day, day))


def _calendar(match: re.Match[str], published: date | None) -> Found | None:
    if published is None:
        return _found(match, None)
    which = re.sub(r"\s+", " ", match["which"].lower())
    unit = match["unit"].lower()
    if unit == "weekend":
        return _found(match, recent_weekend(published))
    if which in ("last", "previous"):
        return _found(match, _previous(unit, published))
    first = _current_start(unit, published)
    if which == "earlier this":
        return _found(match, (first, max(first, published - DAY)))
    return _found(match, (first, published))


def _current_start(unit: str, published: date) -> date:
    if unit == "week":
        return week_start(published)
    if unit == "month":
        return published.replace(day=1)
    return date(published.year, 1, 1)


def _previous(unit: str, published: date) -> Dates:
    if unit == "week":
        monday = week_start(published) - 7 * DAY
        return monday, monday + 6 * DAY
    if unit == "month":
        day = add_months(published, -1)
        return day.replace(day=1), month_end(day.year, day.month)
    return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)


def recent_weekend(published: date) -> Dates:
    """The Saturday-Sunday on or before the publication day (clipped to it)."""
    saturday = latest_on_or_before(published, 5)
    return saturday, min(saturday + DAY, published)


def _weekend(match: re.Match[str], published: date | None) -> Found:
    return _found(match, recent_weekend(published) if published else None)


def _past(match: re.Match[str], published: date | None) -> Found:
    count = number_value(match["n"]) if match["n"] else 1
    dates = (shift(published, -count, _unit(match["unit"])), published) if published else None
    return _found(match, dates, Kind.DURATION)


RECENT = {"days": (7, "day"), "weeks": (1, "month"), "months": (6, "month")}


def _recent(match: re.Match[str], published: date | None) -> Found:
    count, unit = RECENT[match["unit"].lower()]
    return _found(match, (shift(published, -count, unit), published) if published else None)


def _ordinal(match: re.Match[str], published: date | None) -> Found:
    unit = _unit(match["unit"])
    running = bool(match["running"]) or (match["prep"] or "").lower() == "for"
    dates = (shift(published, -1, unit), published) if published else None
    return Found(
        start=match.start(), end=match.end(), kind=Kind.DURATION, dates=dates,
        ordinal=(ordinal_value(match["ord"]), unit), standalone=running,
    )  # fmt: skip


_SAME_DAY = re.compile(r"today|tonight|this")
_PART = r"(?:\s+(?i:morning|afternoon|evening|night|overnight))?"
_FOR = r"more than|over|nearly|almost|about|around|at least|some|roughly|close to|the past|the last"
TODAY = r"(?i)\b(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))\b"
YESTERDAY = (
    r"(?i)\b(?:the day before yesterday|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\b"
)
LAST_NIGHT = r"(?i)\b(?:late |early )?(?:last night|overnight)\b"
ON_WEEKDAY = (
    rf"\b(?:(?i:(?P<which>last|this|next|past|previous))\s+)?(?P<day>{WEEKDAY})(?:'s)?{_PART}\b"
)
OVERNIGHT_WEEKDAY = rf"(?i:\bovernight\s+(?:(?P<into>on|into)\s+)?)(?P<which>)(?P<day>{WEEKDAY})\b"
AGO = rf"(?i)\b(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+ago\b"
CALENDAR = (
    r"(?i)\b(?P<which>earlier\s+this|this|last|previous)\s+(?P<unit>week|weekend|month|year)\b"
)
WEEKEND = r"(?i)\b(?:over|on|at|during)\s+the\s+weekend\b"
THE_PAST = (
    r"(?i)\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+(?:past|last|previous)|past)"
    rf"\s+(?:(?P<n>{NUMBER})\s+)?(?P<unit>{UNIT})\b"
)
LAST_N = rf"(?i)\b(?:last|previous)\s+(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\b"
FOR_N = rf"(?i)\bfor\s+(?:(?:{_FOR})\s+)?(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\b"
RECENT_UNITS = r"(?i)\bin\s+recent\s+(?P<unit>days|weeks|months)\b"
NTH_UNIT = (
    rf"(?i)\b(?:(?P<prep>for|in|into|on)\s+)?the\s+(?P<ord>{ORDINAL})\s+"
    rf"(?:(?:straight|consecutive)\s+)?(?P<unit>{UNIT})"
    r"(?P<running>\s+(?:in a row|running|straight))?\b"
)
UNITS = ("hour", "day", "week", "month", "year")
RELATIVE_RULES: tuple[Rule, ...] = (
    Rule(re.compile(TODAY), _days_back, ("today", "tonight", "this ")),
    Rule(re.compile(YESTERDAY), _days_back, ("yesterday",)),
    Rule(re.compile(LAST_NIGHT), _days_back, ("last night", "overnight")),
    Rule(re.compile(ON_WEEKDAY), _weekday, ("day",)),
    Rule(re.compile(OVERNIGHT_WEEKDAY), _weekday, ("overnight",)),
    Rule(re.compile(AGO), _ago, ("ago",)),
    Rule(re.compile(CALENDAR), _calendar, ("week", "month", "year")),
    Rule(re.compile(WEEKEND), _weekend, ("weekend",)),
    Rule(re.compile(THE_PAST), _past, ("past", "last", "previous")),
    Rule(re.compile(LAST_N), _past, ("last", "previous")),
    Rule(re.compile(FOR_N), _past, ("for",)),
    Rule(re.compile(RECENT_UNITS), _recent, ("recent",)),
    Rule(re.compile(NTH_UNIT), _ordinal, UNITS),
)
