"""Datelines at the start of a report: "KHARKIV, Ukraine, March 14, 2024 -",
"Khartoum, 3 June 2023 (Reuters) -", "May 5, 2024 —".

A pure function: give it a document's text, get the date and the dateline's span (place,
date, agency and dash) or None. A dateline may follow a title line. A dateline without a
year ("KYIV, March 14 (Reuters) -") is read only with a `reference` date: the most recent
such day on or before it.
"""

from __future__ import annotations

import re
from datetime import date

from sitrep.model import Span
from sitrep.read.title import split_title
from sitrep.time.patterns import DAY_MONTH, FULL_DATE, parse_date_parts, past_year

WORD = r"(?:[A-Z][\w.'’-]*|[a-z]{1,4}(?:-[A-Z][\w'’-]*)?)"
PLACE = rf"[A-Z][\w.'’-]*(?:[^\S\n]+{WORD}){{0,4}}"
DATELINE = re.compile(
    rf"[^\S\n]*(?:{PLACE}(?:,[^\S\n]*{PLACE}){{0,2}},[^\S\n]*)?"
    rf"(?P<date>{FULL_DATE}|{DAY_MONTH})[^\S\n]*"
    r"(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:--|[-–—:])"
)


# "EL FASHER, Sudan - ", "KHAN YOUNIS, Gaza Strip — ", "PORT-AU-PRINCE (Reuters) - ": a
# dateline that names only a place (in capitals), perhaps with its country and the agency.
CAPS = r"[A-Z][A-Z'’.-]+(?:[^\S\n]+[A-Z][A-Z'’.-]+){0,3}"
PLACE_DATELINE = re.compile(
    rf"[^\S\n]*(?P<town>{CAPS})(?:,[^\S\n]*[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){{0,3}})?"
    r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:--|[-–—])[^\S\n]"
)


def place_dateline(text: str) -> tuple[Span, Span] | None:
    """A dateline that names only the place the report was filed from: its whole span (label
    "DATELINE") and its town's, or None."""
    body = split_title(text)[1]
    match = PLACE_DATELINE.match(text, body)
    if match is None:
        return None
    begin, town_end = match.start("town"), match.end("town")
    whole = Span(start=begin, end=match.end(), text=text[begin : match.end()], label="DATELINE")
    return whole, Span(start=begin, end=town_end, text=text[begin:town_end], label="GPE")


def dateline_end(text: str) -> int:
    """Where a dateline opening the story ends ("QUITO, Mar 12 - ", "ISLAMABAD - "), dated
    or not; 0 when the story opens with none."""
    for start in sorted({0, split_title(text)[1]}):
        dated = DATELINE.match(text, start)
        if dated is not None and parse_date_parts(dated["date"])[2] is not None:
            return dated.end()
        placed = PLACE_DATELINE.match(text, start)
        if placed is not None:
            return placed.end()
    return 0


def parse_dateline(text: str, *, reference: date | None = None) -> tuple[date, Span] | None:
    """The dateline's date and span (label "DATELINE"), or None when the text has none."""
    starts = {0, split_title(text)[1]}
    for start in sorted(starts):
        found = _dateline_at(text, start, reference)
        if found is not None:
            return found
    return None


def _dateline_at(text: str, start: int, reference: date | None) -> tuple[date, Span] | None:
    match = DATELINE.match(text, start)
    if match is None:
        return None
    day = _date_of(match["date"], reference)
    if day is None:
        return None
    begin = start + len(match.group()) - len(match.group().lstrip())
    span = Span(start=begin, end=match.end(), text=text[begin : match.end()], label="DATELINE")
    return day, span


def _date_of(text: str, reference: date | None) -> date | None:
    year, month, day = parse_date_parts(text)
    if day is None:
        return None
    if year is None:
        if reference is None:
            return None
        year = past_year(month, day, reference)
    try:
        return date(year, month, day)
    except ValueError:
        return None
