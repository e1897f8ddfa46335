"""Fighting told in general, then an act on a day of its own: two tellings, not one act.

Feature reports set the scene before they tell the acts: 'The fighting here is close and
constant. On Monday, M23 fighters attacked Wazalendo positions at Luke', 'Clan militias have
fought beside the army for months. On Tuesday, soldiers ambushed an al-Shabaab convoy'. The
first sentence names no day (a duration such as 'for months' or a stretch 'since 2022' is no
day): it tells the war, not the act. The act told after it on a day of its own is its own
event, with its own sides, day and dead; it does not complete the general telling before it
(a retelling or a count of the dead of the act just told says less than the act, not more:
'Clashes there left 10 dead').
"""

from __future__ import annotations

import re

from sitrep.model import Event

# A date evidence that tells how long or since when, not a day: 'for months', 'since 2022'.
NO_DAY = re.compile(r"^(?:for|over|during|throughout|after|within|since)\b", re.IGNORECASE)


def dated_after_general(event: Event, later: Event) -> bool:
    """`later` names a day of its own, single, and `event`, told before it, names none, nor a
    place or a toll of its own (an act told in full, 'ISWAP claimed an attack on a base in
    Yobe in which 20 soldiers were killed', is that act told again with its day)."""
    if not day_told(later) or day_told(event) or _told_in_full(event):
        return False
    return later.date_start is not None and later.date_start == later.date_end


def _told_in_full(event: Event) -> bool:
    roles = {e.role for e in event.evidence}
    return "location" in roles and "fatalities" in roles


def day_told(event: Event) -> bool:
    """The event's evidence holds a date that names a day or a period, not a duration."""
    return any(e.role == "date" and not NO_DAY.match(e.text.strip()) for e in event.evidence)


def counted_on_other_days(count: Event | None, event: Event) -> bool:
    """'On Saturday, militiamen killed seven civilians. ... In 2024, jihadists killed hundreds
    of people at Barsalogho': a count told for a period of its own (a month, a year), all
    before the event's days, counts the dead of an earlier time, not the event's (bodies
    recovered or men who died on a day after it are still its dead; a single day told with a
    count is left to the reading of its day)."""
    if count is None or not day_told(count) or not (count.date_start and event.date_start):
        return False
    count_end = count.date_end or count.date_start
    return count_end != count.date_start and count_end < event.date_start
