"""The day a statement was made yields to the act's own day told later.

'Suspected ADF rebels killed 35 villagers in an overnight attack on Kasinga, a local official
said on Tuesday. The attack took place on Monday night during a funeral.': with no day of its
own, the act was first dated by the day of the statement; the definite re-mention that tells
the act's own day (on or before the statement, within a week) is the same act, and its day
is the act's.

The other way round, 'Troops neutralised 14 terrorists near Gajiram on Saturday. The army said
in a statement on Sunday that the troops made contact with the terrorists after a fierce
firefight.': an act dated only by the day of a statement, told right after an act of the same
kind, by the same side and at the same place, with a day of its own within the week before the
statement, is that act told again in the statement (`retold_in_statements`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from sitrep.model import DateRange, Event
from sitrep.time.event import REPORTED

SAID_DAY_TAG = "sitrep:said_day"  # internal: the event's day is the day of a statement
WEEK = timedelta(days=7)


def dated_by_a_statement(text: str, sentence_start: int, when: DateRange | None) -> bool:
    """The date chosen for a sentence's act is the day a statement in it was made ('said on
    Tuesday')."""
    if when is None or when.evidence is None:
        return False
    return REPORTED.search(text[sentence_start : when.evidence.start]) is not None


def with_said_day(event: Event, said: bool) -> Event:
    return replace(event, tags=(*event.tags, SAID_DAY_TAG)) if said else event


def told_before_the_statement(earlier: Event, again: Event | None) -> bool:
    """`again` tells, with a day of its own, the act `earlier` was dated by a statement for:
    a day on or before the statement's, within a week of it."""
    if again is None or SAID_DAY_TAG not in earlier.tags or SAID_DAY_TAG in again.tags:
        return False
    said, told = _day(earlier.date_start), _day(again.date_start)
    if said is None or told is None or earlier.date_start != earlier.date_end:
        return False
    if not any(e.role == "date" for e in again.evidence) or again.date_start != again.date_end:
        return False
    return said - WEEK <= told <= said


def redated(event: Event, again: Event | None) -> Event:
    """The event on the day its re-mention tells, when its own day was a statement's."""
    if again is None or not told_before_the_statement(event, again):
        return event
    return replace(event.dated_as(again), tags=tuple(t for t in event.tags if t != SAID_DAY_TAG))


def retold_in_statements(events: Sequence[Event]) -> list[Event]:
    """Each act dated by a statement that tells again the act told just before it, on that
    act's day (so that it is folded into it as the same act)."""
    out: list[Event] = []
    for event in events:
        before = out[-1] if out else None
        if before is not None and _told_again_in_a_statement(before, event):
            event = replace(
                event.dated_as(before), tags=tuple(t for t in event.tags if t != SAID_DAY_TAG)
            )
        out.append(event)
    return out


def _told_again_in_a_statement(earlier: Event, later: Event) -> bool:
    if later.sub_event_type != earlier.sub_event_type or not _same_sides(earlier, later):
        return False
    if later.location != earlier.location:
        return False
    return told_before_the_statement(later, earlier)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


CLASH = "Armed clash"


def _same_sides(earlier: Event, later: Event) -> bool:
    """The same doer; or, for a clash, the same two sides in either order ('Terrorists
    attacked a post ... in the ensuing exchange of fire, the ISPR said on Sunday' tells the
    troops' side first)."""
    if later.actor1 == earlier.actor1:
        return True
    if later.sub_event_type != CLASH or None in (earlier.actor2, later.actor2):
        return False
    return (later.actor1, later.actor2) == (earlier.actor2, earlier.actor1)
