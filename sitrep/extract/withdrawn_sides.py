"""A side's withdrawal told after the place was taken from it.

"Ukrainian troops recaptured the village of Kamianka after heavy fighting. Russian units had
withdrawn from the village after losing several armoured vehicles.": the withdrawal told right
after a capture, with no place of its own, is how the capture ended, not a transfer of
territory without a fight; the side that withdrew is the one the place was taken from. An
ACLED coder codes the one territorial change, with the withdrawn side as actor 2.

A withdrawal that names a place of its own, falls on another day, or is the capturer's own
stays an event of its own (peaceful_transfer.py decides its type).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.fight_retreats import retreats_from_the_fight
from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

CAPTURES = frozenset({S.GOVERNMENT_REGAINS_TERRITORY.value, S.NON_STATE_OVERTAKES_TERRITORY.value})
WITHDRAWAL = S.NON_VIOLENT_TRANSFER.value
STAND_IN = "Unidentified Armed Group"
# Words that tell a withdrawal, not a taking.
WITHDRAWING = re.compile(r"\b(?:withdr|retreat|pull|abandon|evacuat|le[fa]|fled|flee)", re.I)


def fold_withdrawals(events: Sequence[Event]) -> list[Event]:
    """Each withdrawal told right after a capture, with no place of its own, joins it; one
    told right after a battle by one of its sides ends the battle (`fight_retreats.py`)."""
    out: list[Event] = []
    for event in events:
        if out and retreats_from_the_fight(out[-1], event):
            continue  # "The rebels withdrew, leaving behind a rifle": the fight's end
        if out and _ends_the_capture(out[-1], event):
            out[-1] = _taken_from(out[-1], event)
        else:
            out.append(event)
    return out


def _ends_the_capture(capture: Event, withdrawal: Event) -> bool:
    if not _a_capture(capture) or withdrawal.sub_event_type != WITHDRAWAL:
        return False
    if any(e.role == "location" for e in withdrawal.evidence):
        return False  # "rebels withdrew from B": a place of its own
    if withdrawal.event_date is not None and withdrawal.event_date != capture.event_date:
        return False
    return withdrawal.actor1 is None or withdrawal.actor1 != capture.actor1


def _a_capture(event: Event) -> bool:
    """A territorial change, or a place taken without a fight ('recaptured the town ... The
    militants had withdrawn before the troops arrived': peaceful_transfer.py), not a
    withdrawal told as the transfer itself."""
    if event.sub_event_type in CAPTURES:
        return True
    if event.sub_event_type != WITHDRAWAL:
        return False
    triggers = [e.text for e in event.evidence if e.role == "trigger"]
    return bool(triggers) and not WITHDRAWING.search(triggers[0])


def _taken_from(capture: Event, withdrawal: Event) -> Event:
    """The capture with the withdrawal's evidence, and the side that withdrew as actor 2
    where the capture named none."""
    evidence = capture.evidence + tuple(
        replace(e, role="actor2") if e.role == "actor1" else e
        for e in withdrawal.evidence
        if e.role not in ("location", "location_context", "date")
    )
    merged = replace(capture, evidence=evidence)
    side = withdrawal.actor1
    unnamed = capture.actor2 is None or capture.actor2.startswith(STAND_IN)
    if side is None or not unnamed:
        return merged
    notes = capture.notes.replace(capture.actor2, side, 1) if capture.actor2 else capture.notes
    return replace(merged, actor2=side, inter2=withdrawal.inter1, notes=notes)
