"""Property destroyed by the attackers there and then is part of their attack.

'Herders and farmers clashed in Benue State, leaving 17 dead. Residents said the attackers
burnt houses in two villages of Guma area.': the houses burnt are the clash's damage, told
after it, not an event of their own; an ACLED coder codes one event, at the most precise place
the report gives it. Destruction by another actor, on another day, or far from the attack
stays an event of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.assemble import PLACE_FIELDS, fold_into_earlier
from sitrep.merge import distance_km
from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Riots"})
# How far from the attack's point its damage may be placed: an attack placed at a province
# (ACLED's precision 3) may name its villages a few tens of kilometres from the centroid.
DAMAGE_KM = 60.0
ADMIN_PRECISION = 3


def fold_attack_damage(events: Sequence[Event]) -> list[Event]:
    """Each destruction of property that is an earlier attack's damage joins that attack."""
    return fold_into_earlier(events, same=_damage_of, combine=_with_damage)


def _damage_of(attack: Event, damage: Event) -> bool:
    if damage.sub_event_type != S.LOOTING.value or attack.event_type not in VIOLENT_TYPES:
        return False
    if "aggregate" in damage.tags or damage.actor1 is None:
        return False
    if damage.actor1 not in (attack.actor1, attack.actor2):
        return False
    if not _same_time(attack, damage) or attack.country != damage.country:
        return False
    if _in_region_of(attack, damage):
        return True
    km = distance_km(attack, damage)
    return km is None or km <= DAMAGE_KM


def _in_region_of(attack: Event, damage: Event) -> bool:
    """The attack is placed at a province only, and the damage inside it."""
    return (
        attack.geo_precision == ADMIN_PRECISION
        and attack.admin2 is None
        and attack.admin1 is not None
        and damage.admin1 == attack.admin1
    )


def _same_time(attack: Event, damage: Event) -> bool:
    """Undated damage, or damage on the attack's days."""
    if damage.date_start is None or attack.date_start is None:
        return True
    return (damage.date_start, damage.date_end) == (attack.date_start, attack.date_end)


def _with_damage(attack: Event, damage: Event) -> Event:
    evidence = attack.evidence + tuple(e for e in damage.evidence if e not in attack.evidence)
    merged = replace(
        attack,
        evidence=evidence,
        tags=tuple(dict.fromkeys(attack.tags + damage.tags)),
        confidence=max(attack.confidence, damage.confidence),
    )
    if _more_precise(damage, attack):
        merged = replace(merged, **{f: getattr(damage, f) for f in PLACE_FIELDS})
        told = f" in {attack.location},"
        if attack.notes and told in attack.notes:
            notes = attack.notes.replace(told, f" in {damage.location},", 1)
            merged = replace(merged, notes=notes)
    return merged


def _more_precise(damage: Event, attack: Event) -> bool:
    """The damage names a place inside the region the attack is placed at ('in Benue State
    ... villages of Guma area'): a town, or a district of the attack's province."""
    if attack.geo_precision != ADMIN_PRECISION or damage.geo_precision is None:
        return False
    if damage.admin1 != attack.admin1 or damage.location == attack.location:
        return False
    if damage.geo_precision < ADMIN_PRECISION:
        return True
    return attack.admin2 is None and damage.admin2 is not None
