"""The side a place was taken from, told in the report's other fighting.

"Ukrainian forces captured the village of Lyubimovka in Russia's Kursk region. Russia's
Defence Ministry said its troops had repelled attacks near the village": the capture's
sentence names only who took the place; the report's other fighting names whom they fought.
An ACLED coder codes the territorial change between the two sides, not against an
unidentified armed group.

Only a side the capturer is told fighting elsewhere in the same report (a battle or remote
fire with both sides named, civilians aside) is taken, and only when there is one such side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

CAPTURES = frozenset({S.GOVERNMENT_REGAINS_TERRITORY.value, S.NON_STATE_OVERTAKES_TERRITORY.value})
FIGHTING_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
CIVILIANS_INTER = 7
STAND_IN = "Unidentified Armed Group"
UNNAMED = "unidentified targets"  # the notes' words for a missing actor 2 (assemble.py)


def with_territory_sides(events: Sequence[Event]) -> list[Event]:
    """Each capture with no named other side takes the one side its capturer fought in the
    report's other events."""
    return [_with_side(e, events) for e in events]


def _with_side(capture: Event, events: Sequence[Event]) -> Event:
    if capture.sub_event_type not in CAPTURES or capture.actor1 is None:
        return capture
    if capture.actor2 is not None and not capture.actor2.startswith(STAND_IN):
        return capture
    foes = {foe for e in events if e is not capture for foe in _fought_by(e, capture.actor1)}
    if len(foes) != 1:
        return capture
    ((name, inter),) = foes
    told = capture.actor2 or UNNAMED
    return replace(capture, actor2=name, inter2=inter, notes=capture.notes.replace(told, name, 1))


def _fought_by(event: Event, side: str) -> list[tuple[str, int | None]]:
    """The other named side of a fight or of remote fire the side took part in."""
    if event.event_type not in FIGHTING_TYPES or event.actor1 is None or event.actor2 is None:
        return []
    if CIVILIANS_INTER in (event.inter1, event.inter2):
        return []
    if STAND_IN in event.actor1 or STAND_IN in event.actor2:
        return []
    if event.actor1 == side and event.actor2 != side:
        return [(event.actor2, event.inter2)]
    if event.actor2 == side and event.actor1 != side:
        return [(event.actor1, event.inter1)]
    return []
