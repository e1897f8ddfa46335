"""A definite re-mention dated to a day, or naming a place, points at the act told there.

'On Sunday morning, RSF fighters stormed the district ... The Sunday attack on the district
was the heaviest in weeks.': the re-mention ('the Sunday attack', 'Thursday's strike') names
the day of the act it points back at. When the latest act of its type does not fit it (none
of that type was told, or it was told at another place or on other days), the latest act of
any type told on that day at that place is the one it retells, rather than a new act. And
a re-mention naming the quarter or village of an act of its type told before ('the night
strike on Qizan an-Najjar, which killed the eleven') points at that act, not at a later one
of the type told elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.extract.assemble import DeathCount
    from sitrep.model import Event, Toponym


def dated_antecedent(
    events: Sequence[Event],
    retold: DeathCount,
    *,
    fits: Callable[[Event, DeathCount], bool],
) -> int:
    """The latest event told on the re-mention's own day that it `fits`, or -1."""
    again = retold.event
    if again is None or not _told_a_day(again):
        return -1
    for at in range(len(events) - 1, -1, -1):
        earlier = events[at]
        same_days = (earlier.date_start, earlier.date_end) == (again.date_start, again.date_end)
        if same_days and fits(earlier, retold):
            return at
    return -1


def _told_a_day(event: Event) -> bool:
    """The re-mention's date is a day told in the text (an untold one is a span of days)."""
    told = any(e.role == "date" for e in event.evidence)
    return told and event.date_start is not None and event.date_start == event.date_end


def on_another_told_day(event: Event, other: Event) -> bool:
    """Both acts were told with a day, and the days differ ('last Tuesday', 'on Sunday'):
    a re-mention folded into one act does not make another act's day its own."""
    if not (_told_a_day(event) and _told_a_day(other)):
        return False
    return event.date_start != other.date_start


def named_alike(
    events: Sequence[Event],
    candidates: Sequence[int],
    again: Event,
    place_words: Callable[[Event], list[str]],
) -> int:
    """The latest candidate whose place the re-mention names by the same unresolved name (a
    quarter or village the gazetteer lacks), else the latest candidate."""
    named = {w.lower() for w in unresolved_places(again)}
    for at in reversed(candidates):
        if named & {w.lower() for w in place_words(events[at])}:
            return at
    return candidates[-1]


def unresolved_places(event: Event) -> list[str]:
    """The names of the event's places the gazetteer did not resolve."""
    return [t.split(":", 1)[1] for t in event.tags if t.startswith("unresolved_place:")]


def places_named_again(event: Event, sentence: str, places: Sequence[Toponym]) -> Event:
    """The re-mention, tagged with the unresolved places told elsewhere in the report that
    its sentence names again ('The night strike on Qizan an-Najjar ...', where the tagger
    found the name only the first time)."""
    told = {f"unresolved_place:{t.text}" for t in places if not t.resolved}
    named = tuple(sorted(t for t in told if t.split(":", 1)[1] in sentence))
    extra = tuple(t for t in named if t not in event.tags)
    return replace(event, tags=event.tags + extra) if extra else event
