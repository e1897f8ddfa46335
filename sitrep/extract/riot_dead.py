"""The dead of a riot told apart from it.

ACLED codes a riot with everyone killed in it: "students clashed with police in Ayla. 5 persons
were killed in clashes in the market" is one violent demonstration with 5 dead, and "people
clashed with police and set the station ablaze. Police fired at the people. One student was
killed." one mob violence event with 1 dead. The later sentence reads as an act of its own (an
armed clash of unnamed sides, an attack on people by the state), so it is folded back into the
riot told before it, there and then, its dead added to the riot's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from sitrep.model import Event
from sitrep.taxonomy import SubEventType as S

# Crowd violence a later fight at the same scene belongs to.
RIOTS = frozenset({S.VIOLENT_DEMONSTRATION.value, S.MOB_VIOLENCE.value})
# What the fight told apart reads as.
FIGHTS = frozenset({S.ARMED_CLASH.value, S.ATTACK.value})
ACTOR_ROLES = frozenset({"actor1", "actor2", "assoc_actor_1"})
STATE = 1
# Rioters, protesters, civilians: the people a state's fire at a riot falls on.
CROWD_OR_PEOPLE = frozenset({5, 6, 7})

Scene = Callable[[Event, Event], bool]


def fold_riot_dead(events: Sequence[Event], *, same_scene: Scene) -> list[Event]:
    """Each riot takes in the deadly fights told after it there and then (`same_scene`): an
    armed clash or attack whose sentence names no side, or the state firing on people (which
    the riot takes in also when it kills no one)."""
    out: list[Event] = []
    riot: int | None = None
    for event in events:
        if event.sub_event_type in RIOTS:
            riot = len(out)
        elif riot is not None and _the_riots_fight(out[riot], event, same_scene):
            out[riot] = _with_dead(out[riot], event)
            continue
        out.append(event)
    return out


def _the_riots_fight(riot: Event, event: Event, same_scene: Scene) -> bool:
    if event.sub_event_type not in FIGHTS:
        return False
    if not event.fatalities:
        return _the_riots_dispersal(riot, event, same_scene)
    if riot.fatalities is not None:
        return False  # the riot's dead were told with it; a later toll may be another act
    unnamed = not any(e.role in ACTOR_ROLES for e in event.evidence)
    state_fire = event.inter1 == STATE and event.inter2 in CROWD_OR_PEOPLE
    if not (unnamed or state_fire):
        return False
    return same_scene(riot, _placed_by_its_words(event, riot))


def _the_riots_dispersal(riot: Event, event: Event, same_scene: Scene) -> bool:
    """'Police fired rubber bullets to bring the situation under control': the state's fire
    on people after a riot, there and then, that kills no one is how it met the riot (ACLED
    codes no attack of its own); so is the harm told of the riot's own other side by no one
    named ('Several policemen were injured')."""
    state_fire = event.inter1 == STATE and event.inter2 in CROWD_OR_PEOPLE
    if not (state_fire or _its_other_side_hurt(riot, event)):
        return False
    return same_scene(riot, _placed_by_its_words(event, riot))


def _its_other_side_hurt(riot: Event, event: Event) -> bool:
    if riot.actor2 is None or event.actor2 != riot.actor2 or riot.inter2 != STATE:
        return False
    return not any(e.role == "actor1" for e in event.evidence)


def _placed_by_its_words(event: Event, riot: Event) -> Event:
    """A place the locator took from the riot's sentence is the riot's place, not the later
    sentence's own: read it as inherited."""
    told = max((e.end for e in riot.evidence), default=0)
    evidence = tuple(
        replace(e, role="location_context") if e.role == "location" and e.end <= told else e
        for e in event.evidence
    )
    if evidence == event.evidence:
        return event
    return replace(event, evidence=evidence, location=riot.location)


def _with_dead(riot: Event, fight: Event) -> Event:
    if not fight.fatalities:
        return riot  # a dispersal that killed no one adds nothing to the riot
    counted = tuple(e for e in fight.evidence if e.role == "fatalities")
    return replace(riot, fatalities=fight.fatalities, evidence=riot.evidence + counted)
