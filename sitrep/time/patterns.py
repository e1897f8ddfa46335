"""Regex fragments and word tables for English dates, shared by time/ and read/dateline.

Month and weekday names are case-sensitive (capitalised) so that "march" and "may" as verbs
do not read as dates; relative words ("yesterday", "last week") are matched case-insensitively.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "hundred": 100, "a few": 3, "few": 3, "several": 3,
    "a couple of": 2, "a couple": 2,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip

MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
MONTH_ANY = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)"
NUMBER = (
    r"(?:\d{1,3}|a couple of|a couple|a few|an?|few|several|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)"
)
ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + ")"
UNIT = r"(?:hour|day|week|month|year)s?"

STARTS = r"(?=[A-Z\d])"  # a cheap first check that makes the date patterns fast
FULL_DATE = (
    rf"{STARTS}(?:{WEEKDAY},?\s+)?(?:{MONTH_ANY}\s+(?:the\s+)?{DAY}(?:,\s*|\s+){YEAR}"
    rf"|{DAY}\s+(?:of\s+)?{MONTH_ANY},?\s+{YEAR}|{YEAR}-[01]\d-[0-3]\d(?!\d))"
)
DAY_MONTH = (
    rf"{STARTS}(?:{WEEKDAY},?\s+)?(?:{MONTH_ANY}\s+(?:the\s+)?{DAY}|{DAY}\s+(?:of\s+)?{MONTH_ANY})"
)
MONTH_YEAR = rf"{STARTS}{MONTH_FULL},?\s+(?:of\s+)?{YEAR}"
ABSOLUTE = rf"(?:{FULL_DATE}|{MONTH_YEAR}|{DAY_MONTH})"

_NUMBER_IN = re.compile(r"\d+")
_WORD_IN = re.compile(r"[A-Za-z]+")
_YEAR_IN = re.compile(YEAR)
_MONTH_IN = re.compile(MONTH_ANY)
_ISO = re.compile(rf"({YEAR})-([01]\d)-([0-3]\d)")
_DAY_IN = re.compile(DAY)


def number_value(text: str) -> int:
    """The value of a count ("30", "two", "a few")."""
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else NUMBERS[text]


def ordinal_value(text: str) -> int:
    """The value of an ordinal ("sixth", "6th")."""
    text = text.strip().lower()
    digits = _NUMBER_IN.match(text)
    return int(digits.group()) if digits else ORDINALS[text]


def month_value(text: str) -> int:
    """The month number of a name or abbreviation ("Sept." -> 9)."""
    return MONTHS[text.rstrip(".").lower()]


def parse_date_parts(text: str) -> tuple[int | None, int, int | None]:
    """(year, month, day) of a date text ("9 September 2017", "March 3"); year/day may be None."""
    iso = _ISO.search(text)
    if iso:
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    month = _MONTH_IN.search(text)
    if month is None:
        raise ValueError(f"no month in {text!r}")
    rest = text[: month.start()] + " " + text[month.end() :]
    year = _YEAR_IN.search(rest)
    if year:
        rest = rest[: year.start()] + rest[year.end() :]
    day = _DAY_IN.search(rest)
    return (
        int(year.group()) if year else None,
        month_value(month.group()),
        int(_NUMBER_IN.findall(day.group())[0]) if day else None,
    )


def past_year(month: int, day: int, published: date) -> int:
    """The year that puts month/day on or before the publication date."""
    try:
        candidate = date(published.year, month, day)
    except ValueError:  # Feb 29 outside a leap year
        return published.year - 1
    return published.year if candidate <= published else published.year - 1


def parse_full_date(text: str) -> date | None:
    """A complete calendar date ("March 14, 2024", "14 March 2024", "2024-03-14") or None."""
    match = re.fullmatch(FULL_DATE, text.strip())
    if match is None:
        return None
    year, month, day = parse_date_parts(match.group())
    try:
        return date(year or 0, month, day or 0)
    except ValueError:
        return None
