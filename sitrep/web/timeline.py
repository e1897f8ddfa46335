"""Events counted per day, ISO week or month and per event type, for the timeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Literal

from sitrep.model import Event

Bucket = Literal["day", "week", "month"]
BUCKETS: tuple[Bucket, ...] = ("day", "week", "month")


def event_day(event: Event) -> date | None:
    """The day an event is drawn at: its best day, else the first day of its range."""
    value = event.event_date or event.date_start
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def period(day: date, by: Bucket) -> tuple[date, date]:
    """First and last day of the day, ISO week (Monday to Sunday) or month holding `day`."""
    if by == "day":
        return day, day
    if by == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)


def count_events(events: Iterable[Event], *, by: Bucket) -> dict[str, Any]:
    """Per period (oldest first): its first and last day, counts by type and the total;
    also the totals by type and how many events have no date."""
    cells: Counter[tuple[date, str]] = Counter()
    types: Counter[str] = Counter()
    undated = 0
    for event in events:
        types[event.event_type] += 1
        day = event_day(event)
        if day is None:
            undated += 1
            continue
        cells[(period(day, by)[0], event.event_type)] += 1
    starts = sorted({start for start, _ in cells})
    periods = []
    for start in starts:
        counts = {t: n for (s, t), n in sorted(cells.items()) if s == start}
        end = period(start, by)[1]
        periods.append(
            {"start": start.isoformat(), "end": end.isoformat(), "counts": counts,
             "total": sum(counts.values())}
        )  # fmt: skip
    return {"by": by, "periods": periods, "types": dict(types.most_common()), "undated": undated}
