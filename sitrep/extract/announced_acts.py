"""An act announced, then told: one event, the told one.

Features announce the act they go on to tell: 'The latest attack came on Sunday night. Around
200 JNIM fighters attacked the army camp at Sokoura and fought soldiers for three hours', 'On
Tuesday the RSF launched its latest assault on the eastern front. Fighters in pickup trucks
stormed the neighbourhood and fought soldiers for six hours'. The announcement names an act
by its noun alone, with no target, victims or dead; the sentence after it tells the fight
on the same days. ACLED codes the fight once: the announcement's day and named side go to
the battle told right after it, and the announcement makes no event of its own. An attack
with a target of its own ('rebels attacked a village on Sunday') is no announcement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.assemble import PLACE_FIELDS
from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

ANNOUNCED_NOUNS = frozenset({"attack", "assault", "offensive", "raid", "push", "onslaught"})
BATTLES = frozenset({
    S.ARMED_CLASH.value, S.GOVERNMENT_REGAINS_TERRITORY.value,
    S.NON_STATE_OVERTAKES_TERRITORY.value,
})  # fmt: skip
UNNAMED = "Unidentified "


def fold_announcements(events: Sequence[Event]) -> list[Event]:
    """Each announced act followed by the battle that tells it is folded into that battle."""
    out: list[Event] = []
    skip = False
    for event, after in zip(events, [*events[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if after is not None and announces(event, after):
            out.append(_told(after, event))
            skip = True
        else:
            out.append(event)
    return out


def announces(event: Event, battle: Event) -> bool:
    """`event` names an act by its noun alone, and `battle` fights it on the same days."""
    if event.sub_event_type != S.ATTACK.value or event.fatalities is not None:
        return False
    if battle.sub_event_type not in BATTLES:
        return False
    roles = {e.role for e in event.evidence}
    triggers = [e.text.lower() for e in event.evidence if e.role == "trigger"]
    if "actor2" in roles or len(triggers) != 1 or triggers[0] not in ANNOUNCED_NOUNS:
        return False
    if (event.date_start, event.date_end) != (battle.date_start, battle.date_end):
        return False
    return _same_side(event.actor1, battle)


def _same_side(actor: str | None, battle: Event) -> bool:
    if actor is None:
        return True
    sides = (battle.actor1, battle.actor2)
    return actor in sides or any(s is None or s.startswith(UNNAMED) for s in sides[:1])


def _told(battle: Event, announcement: Event) -> Event:
    """The battle, with the announcement's evidence and its named side for an unnamed one."""
    evidence = battle.evidence + tuple(e for e in announcement.evidence if e.role != "trigger")
    told = replace(battle, evidence=evidence)
    if (announcement.geo_precision or 9) < (battle.geo_precision or 9):
        # 'assault on the eastern front of El Fasher': the town over the battle's province
        told = replace(told, **{f: getattr(announcement, f) for f in PLACE_FIELDS})
    named = announcement.actor1
    if named and (battle.actor1 is None or battle.actor1.startswith(UNNAMED)):
        notes = told.notes.replace(battle.actor1, named, 1) if battle.actor1 else told.notes
        told = replace(told, actor1=named, inter1=announcement.inter1, notes=notes)
    return told
