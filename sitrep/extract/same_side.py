"""Fights whose two sides bear one name.

ACLED names both sides of every fight, even when each is coded with the same name: two crowds
that clash are "Rioters (X) | Rioters (X)" (supporters of rival candidates, two groups of
villagers), a shoot-out between unnamed armed men is "Unidentified Armed Group (X)" on both
sides, two clans of one community fighting are that community's militia twice, and a
demonstration met by a counter-demonstration is "Protesters (X) | Protesters (X)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

RIOTERS_INTER = 5
STATE_INTER = 1
STATE_KINDS = frozenset({"military", "police"})
STATE_BEFORE = 300  # characters before the sentence in which a state operation is told
# Words telling of a fight between two sides (not of one side beating another).
CROWD_FIGHT = re.compile(
    r"\b(clash\w*|fought|brawl\w*|scuffle\w*|confrontations?|each other|one another|"
    r"infighting|violence among|(?:began|started|were|was) fighting|"
    r"fight(?:s|ing)? (?:between|among|broke out|erupted|ensued))\b",
    re.IGNORECASE,
)
# Crowd acts that are a crowd's own, whatever other crowd is told (a demonstration's clash
# with another crowd needs the two named as two: "two groups of protesters clash").
CROWD_SUBS = frozenset({SubEventType.MOB_VIOLENCE, SubEventType.VIOLENT_DEMONSTRATION})
# Two sides counted inside one kind of actor ("two Maasai clans clashed", "two unidentified
# forces"); rivals ("rival clans") are read where the sentence is drafted.
TWO_OF_A_KIND = re.compile(
    r"\b(two|2)\s+(?:[\w'-]+\s+){0,2}(clans|groups|factions|militias|gangs|communities|"
    r"tribes|sub-?clans|families|forces|sides)\b",
    re.IGNORECASE,
)
EACH_OTHER = re.compile(r"\b(each other|one another)\b", re.IGNORECASE)
COUNTER_PROTEST = re.compile(r"\bcounter[- ]?(demonstrat|protest|rall)\w*", re.IGNORECASE)


def crowds_on_both_sides(draft: Draft) -> Draft:
    """Mob violence told as a clash between crowds: the side the text leaves unnamed, or names
    only as people (whose hurt is the crowds' own), is rioters too."""
    side = draft.actor1
    if draft.sub_event_type not in CROWD_SUBS or side is None:
        return draft
    if side.actor.inter != RIOTERS_INTER or not _unnamed_or_people(draft.actor2):
        return draft
    text = draft.sentence.text
    if CROWD_FIGHT.search(text) is None:
        return draft
    if draft.sub_event_type != SubEventType.MOB_VIOLENCE and not _two_crowds(draft, text):
        return draft
    return replace(draft, actor2=side, actor2_inferred=True)


def _two_crowds(draft: Draft, text: str) -> bool:
    """A demonstration's crowd fights another only when two are told, not people it hurts."""
    return draft.actor2 is None and (
        TWO_OF_A_KIND.search(text) is not None or EACH_OTHER.search(text) is not None
    )


def unnamed_on_both_sides(draft: Draft, *, mentions: Sequence[ActorMention] = ()) -> Draft:
    """An armed clash that names no side at all ("a shoot-out took place"), or two groups of
    one kind ("two Maasai clans clashed"): both sides bear the one name. A clash naming no side
    right after the state's forces were told at work ("Police carried out an operation. A
    shoot-out broke out") is theirs against unnamed armed men."""
    side = draft.actor1
    if draft.sub_event_type != SubEventType.ARMED_CLASH or side is None:
        return draft
    if draft.actor2 is not None:
        return draft
    if _stand_in(draft, side):
        state = _state_just_before(draft, mentions)
        if state is not None:
            return replace(draft, actor1=state, actor2=side, actor2_inferred=True)
    elif (facing := _state_facing(draft, side, mentions)) is not None:
        return replace(draft, actor2=facing, actor2_inferred=True)
    elif TWO_OF_A_KIND.search(draft.sentence.text) is None:
        return draft
    return replace(draft, actor2=side, actor2_inferred=True)


def counter_demonstrated(draft: Draft, window: str) -> bool:
    """Whether a counter-demonstration is told in the sentence or the lines after it."""
    return draft.counter_protest or COUNTER_PROTEST.search(window) is not None


def _state_facing(
    draft: Draft, side: ActorMention, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """'Troops encountered NPA rebels ... The firefight left one soldier wounded': a clash
    whose one side is only the report's protagonist (a non-state group) was fought with the
    state's forces told just before, in its country."""
    if not draft.actor1_inferred or side.actor.inter == STATE_INTER:
        return None
    state = _state_just_before(draft, mentions)
    if state is None or state.actor.country != side.actor.country:
        return None
    return state


def _stand_in(draft: Draft, side: ActorMention) -> bool:
    """Whether the side is the stand-in put for a perpetrator no word names (it sits on the
    trigger), not an actor read in the text or blamed from another sentence."""
    return draft.actor1_inferred and side.kind == "unnamed" and side.span == draft.trigger


def _state_just_before(draft: Draft, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The state's forces named last in the lines just before the sentence, if any."""
    start = draft.sentence.start
    told = [
        m
        for m in mentions
        if start - STATE_BEFORE <= m.span.start < start
        and (m.actor.inter == STATE_INTER or m.kind in STATE_KINDS)
    ]
    if not told:
        return None
    last = told[-1]
    for m in reversed(told[:-1]):  # "the Military Police": the name begins at its first word
        if 0 <= last.span.start - m.span.end <= 1:
            last = m
    return last


def _unnamed_or_people(mention: ActorMention | None) -> bool:
    return mention is None or mention.actor.inter == CIVILIAN_INTER
