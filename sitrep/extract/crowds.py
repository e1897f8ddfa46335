"""Crowds take the role the event gives them.

The dictionary names people generically ("teachers", "residents" -> Civilians (Kenya)); ACLED
names a crowd by what it does: people who protest are Protesters, people in a violent
demonstration or a mob are Rioters. Protesters are actor1 of their protest, also when police
intervene against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from sitrep.extract.actors import ActorMention
from sitrep.extract.modality import verbal_anchor
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
# Political and identity militias, and named civilian bodies (parties, unions, communities).
MEMBER_GROUP_INTERS = frozenset({3, 4, PROTESTERS, RIOTERS, CIVILIANS})
# People who fight as a crowd, not as an organised armed force: "two groups clashed",
# "supporters of the party assaulted a journalist".
CROWD_NOUNS = frozenset({
    "groups", "supporter", "follower", "activist", "cadre", "villager", "youth", "local",
    "people", "clan", "crowd", "mob", "resident", "worker", "student", "labourer", "laborer",
})  # fmt: skip
PARTY_MEMBERS = re.compile(
    r"\b(supporters|followers|activists|cadres|workers)\b"
    r"(\s+of(\s+(the|a|an|his|her|their|two|rival))?\s*)?$",
    re.IGNORECASE,
)
FOLLOWERS = re.compile(
    r"\b(supporters|cadres|activists|followers|loyalists|members) of\b|"
    r"\b(rival|two) (groups|supporters|camps)\b",
    re.IGNORECASE,
)
ORGANISED_FORCES = frozenset({1, 2, 8})
STATE_INTERS = frozenset({STATE, 8})


def crowd_acts(doc: Doc, head: int, actor1: ActorMention | None) -> bool:
    """The one who acts (towards the trigger whose head token is `head`) is a crowd: a
    political party (its members, 'members of the Awami League'), a party's supporters ('AL
    supporters', 'supporters of the BNP'), or, with no actor named, a subject
    such as 'two groups' or 'villagers'."""
    if actor1 is not None:
        if actor1.kind == "party":
            return True  # a party's members fight as a crowd, whatever they fight with
        if actor1.actor.inter in ORGANISED_FORCES:
            return False
        sent = doc[head].sent
        offset = actor1.span.start - sent.start_char
        before = sent.text[max(0, offset - 30) : max(0, offset)]
        return bool(PARTY_MEMBERS.search(actor1.span.text) or PARTY_MEMBERS.search(before))
    subjects = [c for c in verbal_anchor(doc[head]).children if c.dep_ == "nsubj"]
    # "two groups clashed" (a single "group" is often an armed one: "an unknown group")
    if any(s.lemma_.lower() in CROWD_NOUNS or s.lower_ in CROWD_NOUNS for s in subjects):
        return True
    # "a clash between cadres of the NC and cadres of the UML", "supporters of two candidates
    # clash": followers of someone, wherever the parse puts them
    return bool(FOLLOWERS.search(doc[head].sent.text))


@dataclass(frozen=True, slots=True, kw_only=True)
class Cast:
    """The actors of an event after crowds took their roles."""

    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc1: ActorMention | None = None


def cast_crowd(sub: S, actor1: ActorMention | None, actor2: ActorMention | None) -> Cast:
    """Recast a generic crowd as protesters or rioters, and put the crowd first. A named group
    whose members demonstrate or riot ("BNP members staged a rally") is the crowd's associated
    actor, as ACLED codes it; a rival party's members in a mob are rioters too. A peaceful
    protest has no second actor (whom it protests against is not a party to it)."""
    role = CROWD_ROLE.get(sub)
    if role is None:
        return Cast(actor1=actor1, actor2=actor2)
    cast = _cast(sub, role, actor1, actor2)
    if sub == S.PEACEFUL_PROTEST:
        return replace(cast, actor2=None)
    if cast.actor2 is not None and cast.actor2.kind == "party":
        return replace(cast, actor2=_recast(cast.actor2, *role))
    return cast


def _cast(
    sub: S, role: tuple[str, int], actor1: ActorMention | None, actor2: ActorMention | None
) -> Cast:
    if _is_crowd(actor2) and not _is_crowd(actor1) and sub != S.MOB_VIOLENCE:
        actor1, actor2 = actor2, actor1
    if sub != S.MOB_VIOLENCE and _is_state(actor1) and not _is_crowd(actor2):
        return _state_is_no_crowd(sub, actor1, actor2)
    if _is_crowd(actor1) and actor1 is not None:
        return Cast(actor1=_recast(actor1, *role), actor2=actor2)
    if sub == S.MOB_VIOLENCE and actor1 is not None and _is_unnamed_group(actor1):
        return Cast(actor1=_recast(actor1, *role), actor2=actor2)  # "assailants" in a mob
    if actor1 is not None and _is_member_group(actor1):
        return Cast(actor1=_recast(actor1, *role), actor2=actor2, assoc1=actor1)
    return Cast(actor1=actor1, actor2=actor2)


def _state_is_no_crowd(sub: S, state: ActorMention | None, actor2: ActorMention | None) -> Cast:
    """A demonstration's crowd is never the state ("workers protested, demanding that the
    government pay them"; "police dispersed a march"): the crowd is left unnamed (ACLED's
    stand-in names it), and the state is the side that intervened, if any did."""
    if sub == S.PEACEFUL_PROTEST or actor2 is not None:
        return Cast(actor1=None, actor2=actor2)
    return Cast(actor1=None, actor2=state)


def _is_unnamed_group(mention: ActorMention) -> bool:
    return mention.generic and mention.kind == "armed_group"


def _is_state(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.inter in STATE_INTERS


def _is_member_group(mention: ActorMention) -> bool:
    """A named party, union, militia or community whose members can form a crowd."""
    return not mention.generic and mention.actor.inter in MEMBER_GROUP_INTERS


def _is_crowd(mention: ActorMention | None) -> bool:
    return mention is not None and mention.generic and mention.actor.inter in CROWD_INTERS


def _recast(mention: ActorMention, label: str, inter: int) -> ActorMention:
    country = mention.actor.country
    name = f"{label} ({country})" if country else label
    actor = replace(mention.actor, name=name, inter=inter)
    return replace(mention, actor=actor, kind=label.lower())
