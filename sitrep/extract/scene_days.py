"""A paragraph goes on telling the scene it dated: "On Tuesday, police fired on marchers in
the capital. Five people were shot dead." The second act is Tuesday's too. An event whose
own sentence dates nothing takes the day the event told just before it, in the same
paragraph, was given from its own words; when no event was told before it in the paragraph,
the day the paragraph opens with ("On 9 May, the police launched an operation in the
district. A shoot-out broke out ..."). Across a paragraph break, or after an event dated only
by the report's week, nothing carries over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sitrep.extract.assemble import DeathCount
from sitrep.model import DateRange, Event, Evidence, Span
from sitrep.time.event import REPORTED
from sitrep.time.expression import Kind, TimeExpression


def day_told_before(
    told: Sequence[Event | DeathCount],
    times: Sequence[TimeExpression],
    text: str,
    start: int,
) -> DateRange | None:
    """The single day the latest event told before `start` in the same paragraph (no line
    break between) was dated by in its own words; with no event told before it there, the
    day the paragraph opens with; else None."""
    opens = text.rfind("\n", 0, start) + 1
    last = _latest_event(told)
    trigger = _evidence(last, "trigger") if last is not None else None
    if last is None or trigger is None or trigger.start < opens:
        return _opening_day(times, text, opens, start)
    said = _evidence(last, "date")
    if last.time_precision != 1 or not last.date_start or said is None:
        return None
    day = date.fromisoformat(last.date_start)
    where = Span(start=said.start, end=said.end, text=said.text, label="date")
    return DateRange(start=day, end=day, precision=1, evidence=where)


def _opening_day(
    times: Sequence[TimeExpression], text: str, opens: int, start: int
) -> DateRange | None:
    """The first single day the paragraph names before `start`, unless it is the day a
    statement was made ('the army said on Monday')."""
    for expression in sorted(times, key=lambda e: e.span.start):
        span, found = expression.span, expression.range
        if not opens <= span.start < start or span.end > start:
            continue
        if found is None or found.precision != 1 or expression.kind not in DAY_KINDS:
            continue
        return None if REPORTED.search(text[opens : span.start]) else found
    return None


DAY_KINDS = (Kind.ABSOLUTE, Kind.RELATIVE)


def _latest_event(told: Sequence[Event | DeathCount]) -> Event | None:
    for item in reversed(told):
        event = item if isinstance(item, Event) else item.event
        if event is not None:
            return event
    return None


def _evidence(event: Event, role: str) -> Evidence | None:
    return next((e for e in event.evidence if e.role == role), None)


# How long an act lasted, in hours or minutes: 'for six hours', 'for nearly three hours'.
LASTED = re.compile(
    r"^(?:for|over|during|within)\b[\w\s-]{0,30}?\b(?:hours?|minutes?)$", re.IGNORECASE
)


def lasted(when: DateRange) -> bool:
    """The sentence's only time tells how long its act lasted in hours ('fought soldiers for
    six hours'): no day of its own, so the scene's day is the act's."""
    return when.evidence is not None and bool(LASTED.match(when.evidence.text.strip()))
