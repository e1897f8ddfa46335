"""Days told by reference to the act before: 'the next day', 'two days later'.

Feature reports date an act by the one told before it: 'Fano fighters attacked the camp on
Saturday. The next day, soldiers shot dead 30 civilians.' The second act is on the Sunday, a
day of its own: dated from the publication it would have no date, and as an undated act of the
same kind there it would be taken for the first act told again. An undated act whose sentence
dates it so takes the date of the last dated act told before it, moved by the days the phrase
says ('the previous day' moves back). ('The same day', 'that night' are read in assemble.py.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sitrep.model import Event, Evidence

NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
}  # fmt: skip
PART = r"(?:day|morning|afternoon|evening|night)"
LATER_DAY = re.compile(
    rf"\b(?:the|on the) (?P<dir>next|following|previous) {PART}\b"
    rf"|\b(?P<count>a|one|two|three|four|five|six|seven) days? (?P<when>later|afterwards|after)\b"
    r"|\bthe day (?P<rel>after|before)\b(?! (?:yesterday|tomorrow))",
    re.IGNORECASE,
)


def days_after(text: str) -> tuple[int, re.Match[str]] | None:
    """The days a sentence's act lies after (or, negative, before) the act told before it."""
    match = LATER_DAY.search(text)
    if match is None:
        return None
    if match["dir"]:
        return (-1 if match["dir"].lower() == "previous" else 1), match
    if match["count"]:
        return NUMBERS[match["count"].lower()], match
    return (1 if match["rel"].lower() == "after" else -1), match


def dated_from_before(event: Event, text: str, offset: int, before: Event | None) -> Event:
    """The event, dated from `before` when its sentence (`text`, starting at character
    `offset` of the document) tells no date but its day by reference to the act before (an
    event dated only by a date told in an earlier sentence is dated anew)."""
    end = offset + len(text)
    if any(offset <= e.start < end for e in _dates(event)):
        return event  # its sentence dates it
    if before is None or not before.date_start or not before.date_end:
        return event
    if before.date_start != before.date_end:
        return event  # an act of a span of days gives no day to count from
    found = days_after(text)
    if found is None:
        return event
    days, match = found
    day = (date.fromisoformat(before.date_start) + timedelta(days=days)).isoformat()
    told = Evidence(
        start=offset + match.start(), end=offset + match.end(), text=match.group(), role="date"
    )
    return replace(
        event,
        event_date=day,
        date_start=day,
        date_end=day,
        time_precision=before.time_precision,
        evidence=(*(e for e in event.evidence if e.role != "date"), told),
    )


def told_a_date(event: Event) -> bool:
    """The event's date was told (an untold one is the days before the report)."""
    return bool(_dates(event))


def _dates(event: Event) -> list[Evidence]:
    return [e for e in event.evidence if e.role == "date"]
