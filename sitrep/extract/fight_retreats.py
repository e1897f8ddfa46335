"""A side's retreat from the fight just told is how the fight ended, not a transfer of ground.

"Soldiers clashed with NPA rebels in Barangay Tagaytay on Monday. The rebels withdrew, leaving
behind a rifle.": a withdrawal told right after a battle, by one of its sides, with no place
and no day of its own, is the battle's end, as a statement tells it. ACLED codes the one
armed clash; a non-violent transfer of territory is ground handed over without a fight.

A withdrawal that names the place it left ("withdrew from the town"), falls on another day,
or is made by a side the battle did not name stays an event of its own.
"""

from __future__ import annotations

from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

WITHDRAWAL = S.NON_VIOLENT_TRANSFER.value
BATTLE = S.ARMED_CLASH.value


def retreats_from_the_fight(battle: Event, withdrawal: Event) -> bool:
    """Whether `withdrawal`, told right after `battle`, is one of its sides leaving it."""
    if battle.sub_event_type != BATTLE or withdrawal.sub_event_type != WITHDRAWAL:
        return False
    if any(e.role == "location" for e in withdrawal.evidence):
        return False  # "the rebels withdrew from Tagaytay": a place of its own
    if withdrawal.event_date is not None and withdrawal.event_date != battle.event_date:
        return False
    return withdrawal.actor1 is None or withdrawal.actor1 in (battle.actor1, battle.actor2)
