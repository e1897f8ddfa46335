"""A weapon's launcher told before.

"Russia launched 85 drones and four missiles at Ukraine overnight. ... A missile struck an
apartment building in Sumy, killing three people. ... Air defences shot down 61 of the
drones.": a report of a barrage names its launcher once, then tells where its weapons fell or
were downed without naming it again. An ACLED coder reads the strike on Sumy as the named
launcher's, and the drones shot down as that launcher's weapons use disrupted.

Only a report that names one launcher of remote fire (air or drone strikes, shelling and
missiles) before the act lends it: two different launchers named before, or none, leave an
unnamed strike to its unidentified armed group. A strike whose agent the report named itself
keeps it; a launcher never becomes the other side of its own weapons downed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

REMOTE_FIRE = frozenset({S.AIR_DRONE_STRIKE.value, S.SHELLING.value})
DISRUPTED = S.DISRUPTED_WEAPONS_USE.value
UNIDENTIFIED = "Unidentified Armed Group"
UNNAMED_TARGETS = "unidentified targets"


@dataclass(frozen=True)
class Launcher:
    """A side named as the agent of remote fire, where the report first names it."""

    name: str
    inter: int | None
    told_at: int


def with_launchers(events: Sequence[Event]) -> list[Event]:
    """The events, an unnamed strike or the other side of weapons downed given the one
    launcher the report named before it."""
    launchers = [found for e in events if (found := _launcher(e)) is not None]
    return [_with_launcher(e, launchers) for e in events]


def _launcher(event: Event) -> Launcher | None:
    """The named agent of remote fire ('Russia launched drones', 'Russian artillery')."""
    if event.sub_event_type not in REMOTE_FIRE or not _named(event, "actor1"):
        return None
    if event.actor1 is None:
        return None
    return Launcher(name=event.actor1, inter=event.inter1, told_at=_told_at(event))


def _with_launcher(event: Event, launchers: Sequence[Launcher]) -> Event:
    before = {(x.name, x.inter) for x in launchers if x.told_at < _told_at(event)}
    if len(before) != 1:
        return event
    ((name, inter),) = before
    if event.sub_event_type in REMOTE_FIRE and _unnamed_agent(event) and name != event.actor2:
        notes = event.notes.replace(event.actor1 or "", name, 1) if event.actor1 else event.notes
        return replace(event, actor1=name, inter1=inter, notes=notes)
    downed = event.sub_event_type == DISRUPTED and event.actor2 is None
    if downed and event.actor1 is not None and name != event.actor1:
        notes = event.notes.replace(UNNAMED_TARGETS, name, 1)
        return replace(event, actor2=name, inter2=inter, notes=notes)
    return event


def _unnamed_agent(event: Event) -> bool:
    """An agent the report did not name: no actor, or ACLED's stand-in for one."""
    if _named(event, "actor1"):
        return False
    return event.actor1 is None or event.actor1.startswith(UNIDENTIFIED)


def _named(event: Event, role: str) -> bool:
    return any(e.role == role for e in event.evidence)


def _told_at(event: Event) -> int:
    """Where the report tells the act: its trigger, else its first evidence."""
    triggers = [e.start for e in event.evidence if e.role == "trigger"]
    starts = triggers or [e.start for e in event.evidence]
    return min(starts, default=0)
