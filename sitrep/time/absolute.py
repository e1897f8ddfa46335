"""Rules for calendar dates named in the text: days, day ranges, months, years, parts of them."""

from __future__ import annotations

import re
from datetime import date

from sitrep.time.calendar import month_end
from sitrep.time.expression import Kind
from sitrep.time.found import Dates, Found, Rule
from sitrep.time.patterns import (
    ABSOLUTE,
    DAY,
    DAY_MONTH,
    FULL_DATE,
    MONTH_ANY,
    MONTH_FULL,
    MONTH_YEAR,
    STARTS,
    YEAR,
    month_value,
    parse_date_parts,
    past_year,
)


def resolve_date(text: str, published: date | None, *, year: int | None = None) -> Dates | None:
    """The range a date text names: a day, or a whole month when no day is given."""
    found_year, month, day = parse_date_parts(text)
    found_year = found_year or year
    if found_year is None:
        if published is None:
            return None
        found_year = past_year(month, day or 1, published)
    try:
        if day is None:
            return date(found_year, month, 1), month_end(found_year, month)
        return date(found_year, month, day), date(found_year, month, day)
    except ValueError:
        return None


def _year_for(month: int, year: str | None, published: date | None) -> int | None:
    if year:
        return int(year)
    return past_year(month, 1, published) if published else None


def _absolute(match: re.Match[str], published: date | None) -> Found | None:
    text = match.group()
    dates = resolve_date(text, published)
    if dates is None and (published is not None or parse_date_parts(text)[0] is not None):
        return None  # an impossible date such as February 30
    return Found(start=match.start(), end=match.end(), kind=Kind.ABSOLUTE, dates=dates)


def _day_range(match: re.Match[str], published: date | None) -> Found | None:
    first, last = int(re.sub(r"\D", "", match["d1"])), int(re.sub(r"\D", "", match["d2"]))
    month = month_value(match["month"])
    year = _year_for(month, match["year"], published)
    dates = None
    if year is not None:
        try:
            dates = date(year, month, first), date(year, month, last)
        except ValueError:
            return None
        if dates[0] > dates[1]:
            return None
    return Found(start=match.start(), end=match.end(), kind=Kind.ABSOLUTE, dates=dates)


def _between(match: re.Match[str], published: date | None) -> Found | None:
    last = resolve_date(match["second"], published)
    year = parse_date_parts(match["second"])[0]
    first = resolve_date(match["first"], published, year=year)
    dates = (first[0], last[1]) if first and last and first[0] <= last[1] else None
    if first and last and dates is None:
        return None
    return Found(start=match.start(), end=match.end(), kind=Kind.ABSOLUTE, dates=dates)


def _numeric(match: re.Match[str], published: date | None) -> Found | None:
    """14/02/2018 or 14.02.2018: day first unless only month-first is possible (02/14/2018)."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
    day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        day_found = date(year, month, day)
    except ValueError:
        return None
    return Found(
        start=match.start(), end=match.end(), kind=Kind.ABSOLUTE, dates=(day_found, day_found)
    )


# Parts of a month as day ranges (31 = the month's last day) and of a year as month ranges.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "first half": (1, 15)}
MONTH_PARTS["second half"] = (16, 31)
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "first half": (1, 6)}
YEAR_PARTS["second half"] = (7, 12)
PART_NAMES = {
    "the beginning of": "early", "the start of": "early", "the middle of": "mid",
    "the end of": "late", "the first half of": "first half", "the second half of": "second half",
}  # fmt: skip


def _part_of(match: re.Match[str], published: date | None) -> Found | None:
    part = " ".join(match["part"].lower().split())
    part = PART_NAMES.get(part, part)
    what, dates = match["what"], None
    if re.fullmatch(YEAR, what):
        low, high = YEAR_PARTS[part]
        dates = date(int(what), low, 1), month_end(int(what), high)
    elif (whole := resolve_date(what, published)) is not None:
        low, high = MONTH_PARTS[part]
        dates = whole[0].replace(day=low), whole[1] if high == 31 else whole[0].replace(day=high)
    return Found(start=match.start(), end=match.end(), kind=Kind.ABSOLUTE, dates=dates)


def _month_alone(match: re.Match[str], published: date | None) -> Found | None:
    dates = None
    if published is not None:
        month = month_value(match["month"])
        year = past_year(month, 1, published)
        dates = date(year, month, 1), month_end(year, month)
    return Found(
        start=match.start("month"), end=match.end("month"), kind=Kind.ABSOLUTE, dates=dates
    )


def _year_alone(match: re.Match[str], published: date | None) -> Found | None:
    year = int(match["year"])
    dates = date(year, 1, 1), date(year, 12, 31)
    return Found(start=match.start("year"), end=match.end("year"), kind=Kind.ABSOLUTE, dates=dates)


_PREP = r"in|during|since|until|till|through|throughout|by|from|before|after"
_PART = (
    r"early|mid|late|the beginning of|the start of|the middle of|the end of"
    r"|the first half of|the second half of"
)
_YEAR_OPT = rf"(?:,?\s+(?P<year>{YEAR}))?"
DAYS_OF_MONTH = (
    rf"(?P<d1>{DAY})\s*(?:-|–|to)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<month>{MONTH_ANY}){_YEAR_OPT}"
)
MONTH_DAYS = rf"(?P<month>{MONTH_ANY})\s+(?P<d1>{DAY})\s*(?:-|–)\s*(?P<d2>{DAY}){_YEAR_OPT}"
_AND = r"\s+(?i:and|to|until|till|through)\s+"
BETWEEN_DAYS = (
    rf"\b(?i:between|from)\s+(?P<d1>{DAY}){_AND}(?P<d2>{DAY})\s+(?:of\s+)?(?P<month>{MONTH_ANY})"
    rf"{_YEAR_OPT}"
)
BETWEEN_MONTH_DAYS = (
    rf"\b(?i:between|from)\s+(?P<month>{MONTH_ANY})\s+(?P<d1>{DAY}){_AND}(?P<d2>{DAY}){_YEAR_OPT}"
)
NUMERIC = r"(?<![\d/.])(?P<a>[0-3]?\d)([/.])(?P<b>[01]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d|[/.]\d)"
BETWEEN = (
    rf"\b(?i:between|from)\s+(?P<first>{ABSOLUTE})"
    rf"\s+(?i:and|to|until|till|through)\s+(?P<second>{ABSOLUTE})"
)
PART_OF = rf"\b(?P<part>(?i:{_PART}))[\s-]+(?P<what>{MONTH_FULL}(?:,?\s+{YEAR})?|{YEAR})\b"
MONTH_ALONE = rf"\b(?i:{_PREP}|last|this|of)\s+(?P<month>{MONTH_FULL})\b(?!,?\s*(?:of\s+)?\d)"
YEAR_ALONE = rf"\b(?i:{_PREP})\s+(?P<year>{YEAR})\b"
ABSOLUTE_RULES: tuple[Rule, ...] = (
    Rule(re.compile(STARTS + DAYS_OF_MONTH), _day_range),
    Rule(re.compile(STARTS + MONTH_DAYS), _day_range),
    Rule(re.compile(BETWEEN_DAYS), _day_range, ("between", "from")),
    Rule(re.compile(BETWEEN_MONTH_DAYS), _day_range, ("between", "from")),
    Rule(re.compile(BETWEEN), _between, ("between", "from")),
    Rule(re.compile(STARTS + NUMERIC), _numeric, ("/", ".")),
    Rule(re.compile(FULL_DATE), _absolute),
    Rule(re.compile(MONTH_YEAR), _absolute),
    Rule(re.compile(DAY_MONTH), _absolute),
    Rule(re.compile(PART_OF), _part_of, ("early", "mid", "late", "the ", "half")),
    Rule(re.compile(MONTH_ALONE), _month_alone),
    Rule(re.compile(YEAR_ALONE), _year_alone),
)
