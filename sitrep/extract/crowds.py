"""Crowds take the role the event gives them.

The dictionary names people generically ("teachers", "residents" -> Civilians (Kenya)); ACLED
names a crowd by what it does: people who protest are Protesters, people in a violent
demonstration or a mob are Rioters. Protesters are actor1 of their protest, also when police
intervene against them.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.taxonomy import SubEventType as S

PROTESTERS, RIOTERS, CIVILIANS, STATE = 6, 5, 7, 1
CROWD_ROLE: dict[S, tuple[str, int]] = {
    S.PEACEFUL_PROTEST: ("Protesters", PROTESTERS),
    S.PROTEST_WITH_INTERVENTION: ("Protesters", PROTESTERS),
    S.EXCESSIVE_FORCE: ("Protesters", PROTESTERS),
    S.VIOLENT_DEMONSTRATION: ("Rioters", RIOTERS),
    S.MOB_VIOLENCE: ("Rioters", RIOTERS),
}
CROWD_INTERS = frozenset({PROTESTERS, RIOTERS, CIVILIANS})


def cast_crowd(
    sub: S, actor1: ActorMention | None, actor2: ActorMention | None
) -> tuple[ActorMention | None, ActorMention | None]:
    """Recast a generic crowd as protesters or rioters, and put the crowd first."""
    role = CROWD_ROLE.get(sub)
    if role is None:
        return actor1, actor2
    if _is_crowd(actor2) and not _is_crowd(actor1) and sub != S.MOB_VIOLENCE:
        actor1, actor2 = actor2, actor1
    if _is_crowd(actor1) and actor1 is not None:
        actor1 = _recast(actor1, *role)
    return actor1, actor2


def _is_crowd(mention: ActorMention | None) -> bool:
    return mention is not None and mention.generic and mention.actor.inter in CROWD_INTERS


def _recast(mention: ActorMention, label: str, inter: int) -> ActorMention:
    country = mention.actor.country
    name = f"{label} ({country})" if country else label
    actor = replace(mention.actor, name=name, inter=inter)
    return replace(mention, actor=actor, kind=label.lower())
