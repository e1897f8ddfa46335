"""Remote fire told before the battle it was part of: the battle leads the report.

'Regime forces shelled the town. Clashes also took place on its outskirts between regime
forces and rebels.': ACLED codes remote violence inside a battle as the battle. Told after the
strikes, the battle is still the event the report is about, so it moves up to where the
strikes were first told (merge_retellings then takes the strikes into it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

BATTLES = frozenset({
    S.ARMED_CLASH.value, S.GOVERNMENT_REGAINS_TERRITORY.value,
    S.NON_STATE_OVERTAKES_TERRITORY.value,
})  # fmt: skip
# Fire from afar that a ground fight may carry along (a bomb or a suicide attack stands alone).
SUPPORT = frozenset({S.AIR_DRONE_STRIKE.value, S.SHELLING.value, S.GRENADE.value})
# A battle told by a word of fighting between sides, not only by harm ('injured') or 'attack'.
FIGHT_TRIGGER = re.compile(
    r"\b(clash\w*|fight\w*|fought|battl\w*|exchang\w*|gunfights?|firefights?|shoot-?outs?|"
    r"engag\w*|skirmish\w*|confront\w*|respon\w*)\b",
    re.IGNORECASE,
)
# Names that say nothing about which side it is.
UNNAMED = ("Unidentified", "Civilians")


def battle_first(
    events: Sequence[Event],
    *,
    same_scene: Callable[[Event, Event], bool],
    combine: Callable[[Event, Event], Event],
) -> list[Event]:
    """Each battle fought by a side of remote fire told before it, there and then, takes that
    fire in (`combine`) and moves up to where the fire was first told, its sides in the order
    the fire named them."""
    out = list(events)
    for battle in events:
        before = out[: _index(out, battle)]
        support = [e for e in before if _supports(e, battle) and same_scene(e, battle)]
        if not support or not _fought(battle):
            continue
        at = _index(out, support[0])
        lead = _sides_in_order(battle, support[0])
        taken = [e for e in support if "aggregate" not in e.tags]  # many strikes stay apart
        for event in taken:
            lead = combine(lead, event)
        rest = [e for e in out if e is not battle and all(e is not s for s in taken)]
        out = [*rest[:at], lead, *rest[at:]]
    return out


def _index(events: Sequence[Event], event: Event) -> int:
    return next(i for i, e in enumerate(events) if e is event)


def _sides_in_order(battle: Event, support: Event) -> Event:
    """An armed clash named by the side whose fire was told first ('Regime forces shelled
    the town. Clashes took place between IS and regime forces.': regime forces, then IS)."""
    if battle.sub_event_type != S.ARMED_CLASH.value or support.actor1 != battle.actor2:
        return battle
    swapped = {"actor1": "actor2", "actor2": "actor1"}
    swapped |= {"assoc_actor_1": "assoc_actor_2", "assoc_actor_2": "assoc_actor_1"}
    evidence = tuple(replace(e, role=swapped.get(e.role, e.role)) for e in battle.evidence)
    told = f"{battle.actor1} clashed with {battle.actor2}"
    notes = battle.notes.replace(told, f"{battle.actor2} clashed with {battle.actor1}", 1)
    return replace(battle.sides_swapped(), evidence=evidence, notes=notes)


def _fought(event: Event) -> bool:
    """A battle told by a word of fighting, or a capture."""
    if event.sub_event_type not in BATTLES or "aggregate" in event.tags:
        return False
    if event.sub_event_type != S.ARMED_CLASH.value:
        return True
    return any(e.role == "trigger" and FIGHT_TRIGGER.search(e.text) for e in event.evidence)


def _supports(event: Event, battle: Event) -> bool:
    """Remote fire in the battle's country by one of its named sides."""
    if event.sub_event_type not in SUPPORT:
        return False
    if event.country != battle.country:
        return False
    return bool(_sides(event) & _sides(battle))


def _sides(event: Event) -> set[str]:
    named = (event.actor1, event.actor2)
    return {a for a in named if a and not a.startswith(UNNAMED)}
