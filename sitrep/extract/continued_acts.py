"""An act told on after its lead, in the same paragraph or in a witness's words, is the lead's.

A feature tells one act in steps: 'On Sunday morning, RSF fighters stormed the district. The
army and allied fighters fought them for six hours before the attackers pulled back.' The
second sentence names no day (a duration is no day): it goes on with the act told before it,
which ACLED codes once. An act with no day of its own, of the same sub-type at the same place
as the act told just before it in the same paragraph, with sides that agree (one's named
sides among the other's), takes that act's days, and the retellings merge (assemble.py)
takes it in. A witness quoted on the act just told ('"They took the men out of their houses
and shot them," a resident said') tells it again, whoever the parse takes 'they' for: an act
told only inside a quotation, with no day of its own, of the same type at the same place as
the act before it, is that act retold. Another day, place or kind of act is another act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.attribution import Quote
from sitrep.extract.retold_acts import sides_among
from sitrep.model import Event, Evidence

# A date evidence that only says how long the act lasted: 'for six hours', 'over two days'.
DURATION = re.compile(r"^(?:for|over|during|throughout|after|within)\b", re.IGNORECASE)
PARAGRAPH = re.compile(r"\n\s*\n")


def continued(
    event: Event,
    before: Event | None,
    *,
    text: str,
    sentence: tuple[int, int],
    quotes: Sequence[Quote],
) -> Event:
    """The event with the days of `before`, the act told just before it, when it goes on
    with that act; else the event unchanged."""
    if before is None or _own_day(event, sentence):
        return event
    if event.location not in (None, before.location):
        return event
    if _quoted(event, quotes) and event.event_type == before.event_type:
        return _retold_as(event, before)
    if _paragraph_between(before, event, text) or event.sub_event_type != before.sub_event_type:
        return event
    if not sides_among(event, before):
        return event
    if before.actor1 and event.actor2 == before.actor1:
        event = event.sides_swapped()  # the attacker told first stays side 1
    return _dated_as(event, before)


def _own_day(event: Event, sentence: tuple[int, int]) -> bool:
    start, end = sentence
    return any(
        e.role == "date" and start <= e.start < end and not DURATION.match(e.text)
        for e in event.evidence
    )


def _paragraph_between(before: Event, event: Event, text: str) -> bool:
    first, second = _trigger_start(before), _trigger_start(event)
    if first is None or second is None or second < first:
        return True
    return bool(PARAGRAPH.search(text, first, second))


def _trigger_start(event: Event) -> int | None:
    return next((e.start for e in event.evidence if e.role == "trigger"), None)


def _quoted(event: Event, quotes: Sequence[Quote]) -> bool:
    start = _trigger_start(event)
    return start is not None and any(q.start <= start < q.end for q in quotes)


def _dated_as(event: Event, before: Event) -> Event:
    return replace(
        event.dated_as(before), evidence=tuple(e for e in event.evidence if e.role != "date")
    )


def _retold_as(event: Event, before: Event) -> Event:
    """The quoted retelling, with the lead's sides and days: the merge then takes it in."""
    sides = replace(
        _dated_as(event, before),
        actor1=before.actor1,
        inter1=before.inter1,
        actor2=before.actor2,
        inter2=before.inter2,
        sub_event_type=before.sub_event_type,
        location=before.location,
        geonameid=before.geonameid,
    )
    return replace(sides, evidence=tuple(e for e in sides.evidence if _kept(e)))


def _kept(evidence: Evidence) -> bool:
    return evidence.role not in ("actor1", "actor2")
