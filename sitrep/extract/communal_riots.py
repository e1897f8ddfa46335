"""Communal clashes in South Asia: religious communities' crowds, not militias.

In the South Asian press "communal" names violence between religious communities (Hindus and
Muslims): "Communal clashes broke out in the town after a dispute over a procession". ACLED
codes such violence as mob violence between rioters of the country, not as an armed clash of
unnamed armed groups (as a "communal clash" of herders' and farmers' militias elsewhere is).
The rule reads only a fight that names no side at all, in a country of that usage.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

# the countries whose press calls religious riots "communal"
COMMUNAL_MEANS_RELIGIOUS = frozenset({"India", "Bangladesh", "Sri Lanka", "Nepal"})
COMMUNAL_FIGHT = re.compile(
    r"\b(?:communal|inter-?religious|hindu-muslim|muslim-hindu)\s+"
    r"(?:clash|clashes|violence|riot|riots|rioting|fighting|tension|flare-up)\b",
    re.IGNORECASE,
)
RIOTERS = "rioters"


def communal_riot(
    draft: Draft, *, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """The draft as mob violence between the country's rioters when its sentence tells a
    communal clash naming no side, in a country where 'communal' means religious."""
    if draft.sub_event_type != SubEventType.ARMED_CLASH or country not in COMMUNAL_MEANS_RELIGIOUS:
        return draft
    if draft.actor1 is not None or draft.actor2 is not None:
        return draft
    if COMMUNAL_FIGHT.search(draft.sentence.text) is None:
        return draft
    rioters = actors.resolve(RIOTERS, country=country, on=on)
    if rioters is None:
        return draft
    side = ActorMention(span=draft.trigger, actor=rioters, kind=RIOTERS, generic=True)
    return replace(
        draft,
        sub_event_type=SubEventType.MOB_VIOLENCE,
        actor1=side,
        actor2=side,
        actor1_inferred=True,
        actor2_inferred=True,
    )
