"""Find temporal expressions in a text and anchor them to date ranges.

Matching runs in passes: calendar and relative rules (the longest match wins where two
overlap), then compounds ("since <date>", "the sixth month since <date>"), then the dateline
(its date is the publication date, not an event's), then the caller's entity hints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from sitrep.model import DateRange, Span
from sitrep.time.absolute import ABSOLUTE_RULES
from sitrep.time.calendar import precision_for, shift
from sitrep.time.expression import Kind, TimeExpression
from sitrep.time.found import Found
from sitrep.time.hints import parse_hints
from sitrep.time.relative import RELATIVE_RULES
from sitrep.time.report_week import in_the_report_week
from sitrep.time.sequels import sequels
from sitrep.time.stamps import time_stamps

SINCE = re.compile(r"(?i)\bsince\b")
SINCE_WINDOW = 80
CLAUSE_END = re.compile(r"[.;:!?\n]")


def find_time_expressions(
    text: str, *, published: date | None, date_spans: Sequence[Span] = ()
) -> list[TimeExpression]:
    """Temporal expressions in `text`, in order, each anchored when it can be.

    `date_spans` are optional hints (spaCy DATE/TIME entities): a hint none of the rules
    matched is parsed on its own and kept when it names a calendar date.
    """
    found = _settle(_match_rules(text, published))
    found = _compounds(text, found, published)
    found = _mark_dateline(text, found, published)
    found = in_the_report_week(text, found, published)
    found = sequels(text, found)
    found = time_stamps(text, found, published)
    found += parse_hints(text, date_spans, taken=found, published=published)
    return [_expression(text, f) for f in sorted(found, key=lambda f: f.start)]


def _match_rules(text: str, published: date | None) -> Iterable[Found]:
    lowered = text.lower()
    for rule in (*ABSOLUTE_RULES, *RELATIVE_RULES):
        if not rule.applies(lowered):
            continue
        for match in rule.pattern.finditer(text):
            candidate = rule.handler(match, published)
            if candidate is not None:
                yield candidate


def _settle(candidates: Iterable[Found]) -> list[Found]:
    """Keep the longest of overlapping matches (the earlier one on a tie)."""
    kept: list[Found] = []
    for candidate in sorted(candidates, key=lambda f: (-f.length, f.start)):
        if not any(candidate.overlaps(k) for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda f: f.start)


def _compounds(text: str, found: list[Found], published: date | None) -> list[Found]:
    for since in SINCE.finditer(text):
        target = _anchor_after(text, since.end(), found)
        if target is None:
            continue
        ordinal = _ordinal_before(text, since.start(), found)
        merged = _count_since(ordinal, target) if ordinal else _since(since, target, published)
        found = sorted([f for f in found if not f.overlaps(merged)] + [merged], key=_start)
    return [f for f in found if f.standalone]


def _start(found: Found) -> int:
    return found.start


def _anchor_after(text: str, position: int, found: list[Found]) -> Found | None:
    for candidate in found:
        gap = text[position : candidate.start]
        if candidate.start < position or candidate.ordinal:
            continue
        if len(gap) > SINCE_WINDOW or CLAUSE_END.search(gap):
            return None
        return candidate
    return None


def _ordinal_before(text: str, position: int, found: list[Found]) -> Found | None:
    for candidate in found:
        if (
            candidate.ordinal
            and candidate.end <= position
            and not text[candidate.end : position].strip()
        ):
            return candidate
    return None


def _count_since(ordinal: Found, target: Found) -> Found:
    """The Nth unit since a date: [date + (N-1) units, date + N units]."""
    assert ordinal.ordinal is not None
    count, unit = ordinal.ordinal
    dates = None
    if target.dates is not None:
        origin = target.dates[0]
        dates = shift(origin, count - 1, unit), shift(origin, count, unit)
    return Found(start=ordinal.start, end=target.end, kind=Kind.DURATION, dates=dates)


def _since(since: re.Match[str], target: Found, published: date | None) -> Found:
    dates = None
    if target.dates is not None and published is not None and target.dates[0] <= published:
        dates = target.dates[0], published
    return Found(start=since.start(), end=target.end, kind=Kind.SINCE, dates=dates)


def _mark_dateline(text: str, found: list[Found], published: date | None) -> list[Found]:
    """The dates inside the report's dateline (a year-less one, "ABUJA, March 9 (AFP) -",
    read against the publication date) are the dateline's, never an event's."""
    from sitrep.read.dateline import parse_dateline  # here: read.dateline uses time.patterns

    dateline = parse_dateline(text, reference=published)
    if dateline is None:
        return found
    line = dateline[1]
    return [
        Found(start=f.start, end=f.end, kind=Kind.DATELINE, dates=f.dates)
        if line.start <= f.start and f.end <= line.end
        else f
        for f in found
    ]


def _expression(text: str, found: Found) -> TimeExpression:
    span = Span(start=found.start, end=found.end, text=text[found.start : found.end], label="TIME")
    anchored = None
    if found.dates is not None:
        start, end = found.dates
        anchored = DateRange(
            start=start, end=end, precision=precision_for(start, end), evidence=span
        )
    return TimeExpression(span=span, range=anchored, kind=found.kind)
