"""Days told by reference to the act before: 'the next day', 'two days later'.

Feature reports date an act by the one told before it: 'Fano fighters attacked the camp on
Saturday. The next day, soldiers shot dead 30 civilians.' The second act is on the Sunday, a
day of its own: dated from the publication it would have no date, and as an undated act of the
same kind there it would be taken for the first act told again. An undated act whose sentence
dates it so takes the date of the last dated act told before it, moved by the days the phrase
says ('the previous day', 'two days earlier' move back). ('The same day', 'that night' are
read in assemble.py.)
The phrases are read by `sitrep.time.sequels`, which also dates them as time expressions
where a single day was told before them; this module dates the acts they leave undated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sitrep.model import Event, Evidence
from sitrep.time.sequels import counted_days


def days_after(text: str) -> tuple[int, re.Match[str]] | None:
    """The days a sentence's act lies after (or, negative, before) the act told before it
    (`sitrep.time.sequels.counted_days`, the one reader of such phrases)."""
    return counted_days(text)


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
