"""Crowds take the role the event gives them.

The dictionary names people generically ("teachers", "residents" -> Civilians (Kenya)); ACLED
names a crowd by what it does: people who protest are Protesters, people in a violent
demonstration or a mob are Rioters. Protesters are actor1 of their protest, also when police
intervene against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

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
INTERVENTIONS = frozenset({S.PROTEST_WITH_INTERVENTION, S.EXCESSIVE_FORCE})
# Political and identity militias, and named civilian bodies (parties, unions, communities).
MEMBER_GROUP_INTERS = frozenset({3, 4, PROTESTERS, RIOTERS, CIVILIANS})
# People who fight as a crowd, not as an organised armed force: "two groups clashed",
# "supporters of the party assaulted a journalist".
CROWD_NOUNS = frozenset({
    "groups", "supporter", "follower", "activist", "cadre", "villager", "youth", "local",
    "people", "clan", "crowd", "mob", "resident", "worker", "student", "labourer", "laborer",
    "persons", "seller", "vendor", "trader", "operator", "accomplice", "relative", "parent",
    "passenger", "shopkeeper", "motorist",
    # people named by their trade, their place or their bond, who fight unarmed as a crowd
    "voter", "encroacher", "grabber", "squatter", "fan", "fisherman", "fishermen",
    "driver", "rider", "teacher", "lawyer", "inmate", "prisoner", "tenant", "mourner",
    "worshipper", "devotee", "inhabitant", "dweller", "miner",
})  # fmt: skip
# Nouns that count a crowd ("a group of sellers") and words that arm one ("armed persons").
GROUP_WORDS = frozenset({"group", "band", "number", "crowd"})
ARMED_WORDS = frozenset({"armed", "masked", "heavily", "gun-wielding", "hooded"})
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
# Bodies whose members are armed men, not a crowd: 'members of a drug trafficking group',
# 'members of the Santa Rosa de Lima Cartel'.
ARMED_BODIES = re.compile(
    r"\b(cartels?|gangs?|militias?|traffick\w*|criminal|armed|rebels?|insurgents?|"
    r"jihadists?|terrorists?|mafias?|syndicates?|cults?)\b",
    re.IGNORECASE,
)


# A body of the state's or an armed side's forces named after 'members of': its members are
# servicemen, not followers ('members of the General Security forces', 'of the police').
FORCE_BODY = re.compile(
    r"^\s*(the\s+)?([\w'-]+\s+){0,4}?(forces?|police|army|military|guards?|brigades?|"
    r"battalions?|regiments?|units?|gendarmerie|troops)\b",
    re.IGNORECASE,
)


def crowd_followers(text: str) -> bool:
    """Followers of someone named ('supporters of the BNP', 'cadres of the NC', 'rival
    groups') in a sentence that names no armed body ('members of a drug trafficking group
    were shot by members of a rival group': armed men on both sides). Members of a force
    ('members of the security forces were killed') follow no one."""
    if ARMED_BODIES.search(text) is not None:
        return False
    return any(not _force_members(text, m) for m in FOLLOWERS.finditer(text))


def _force_members(text: str, match: re.Match[str]) -> bool:
    return match.group(2) is None and FORCE_BODY.match(text[match.end() :]) is not None


# A crowd named by whom it follows: the patron named after it is not who acts.
PATRONS = re.compile(
    r"\b(accomplices|henchmen|loyalists|followers|supporters|cadres|relatives) of\b[^,;.]*$",
    re.IGNORECASE,
)
ORGANISED_FORCES = frozenset({1, 2, 8})
# A crowd the report calls a mob ('a mob', 'an armed mob', 'mobs'), not a flash mob.
MOB_NAME = re.compile(r"(?<!flash )\bmobs?\b", re.IGNORECASE)
STATE_INTERS = frozenset({STATE, 8})


def crowd_acts(doc: Doc, head: int, actor1: ActorMention | None) -> bool:
    """The one who acts (towards the trigger whose head token is `head`) is a crowd: a
    political party (its members, 'members of the Awami League'), a party's supporters ('AL
    supporters', 'supporters of the BNP'), or, with no actor named, a subject
    such as 'two groups' or 'villagers'."""
    if actor1 is not None:
        if actor1.kind == "party":
            return True  # a party's members fight as a crowd, whatever they fight with
        sent = doc[head].sent
        offset = actor1.span.start - sent.start_char
        if PATRONS.search(sent.text[max(0, offset - 60) : max(0, offset)]):
            return True  # "accomplices of two officials of the land office": the men act
        if actor1.actor.inter in ORGANISED_FORCES:
            return False
        before = sent.text[max(0, offset - 30) : max(0, offset)]
        return bool(PARTY_MEMBERS.search(actor1.span.text) or PARTY_MEMBERS.search(before))
    doers = _doers(verbal_anchor(doc[head]))
    subjects = [group_members(s) for d in doers for s in (d, *d.conjuncts)]
    # "two groups clashed" (a single "group" is often an armed one: "an unknown group")
    if any(_crowd_noun(s) for s in subjects):
        return True
    # "a clash between cadres of the NC and cadres of the UML", "supporters of two candidates
    # clash": followers of someone, wherever the parse puts them
    return crowd_followers(doc[head].sent.text)


# People named by whom they follow: 'cadres of the NC', 'accomplices of two councillors'.
FOLLOWER_NOUNS = frozenset({
    "cadre", "supporter", "follower", "activist", "accomplice", "loyalist", "henchman",
    "henchmen",
})  # fmt: skip


def crowds_between(doc: Doc, head: int) -> bool:
    """A fight whose sides, named after 'between', are all crowds: 'a clash took place
    between two student groups', 'a clash ensued between cadres of the NC and cadres of the
    UML', 'a clash between accomplices of two councillors' (ACLED: mob violence)."""
    fight = doc[head]
    holders = [fight, fight.head, *(c for c in fight.children if c.dep_ in ("acl", "relcl"))]
    sides = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "between"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not sides:
        return False
    more = [t for s in sides for t in s.subtree if t.dep_ == "conj" and t.pos_ == "NOUN"]
    return all(_crowd_side(group_members(s)) for s in (*sides, *more))


# Crowds named by a trade or a bond that fight unarmed (clans, villagers and communities
# fight as communal militias: ACLED's armed clash).
BETWEEN_CROWDS = frozenset({
    "student", "worker", "labourer", "laborer", "trader", "vendor", "seller", "driver",
    "rider", "operator", "supporter", "follower", "activist", "cadre", "fan", "lawyer",
    "passenger", "inmate", "prisoner", "teacher",
})  # fmt: skip


def _crowd_side(noun: Token) -> bool:
    """'cadres of the NC', 'supporters', 'two student groups', 'a group of traders'."""
    if any(c.lower_ in ARMED_WORDS for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    if lemma in BETWEEN_CROWDS:
        return True
    if lemma in GROUP_WORDS:
        kinds = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        return any(k.lemma_.lower() in BETWEEN_CROWDS for k in kinds)
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return of and lemma in FOLLOWER_NOUNS


def _doers(verb: Token) -> list[Token]:
    """The subject, or the 'by' agent of a passive ('was attacked by a group of sellers')."""
    subjects = [_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    agents = [
        c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
    ]
    return subjects + [o for a in agents for o in a.children if o.dep_ == "pobj"]


RELATIVES = frozenset({"that", "who", "which"})


def _antecedent(subject: Token) -> Token:
    """'a group of people that attacked police officers': the relative pronoun's noun."""
    clause = subject.head
    if subject.lower_ in RELATIVES and clause.dep_ == "relcl":
        return clause.head
    return subject


def group_members(noun: Token, groups: frozenset[str] = GROUP_WORDS) -> Token:
    """'a group of sellers' -> sellers (a noun of a group among `groups`, else the noun)."""
    if noun.lemma_.lower() not in groups:
        return noun
    of = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return of[0] if of else noun


def _crowd_noun(noun: Token) -> bool:
    """People who act as a crowd, unless armed ('armed persons')."""
    if not (noun.lemma_.lower() in CROWD_NOUNS or noun.lower_ in CROWD_NOUNS):
        return False
    return not any(c.lower_ in ARMED_WORDS for c in noun.children)


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
        # a rival party's members who attack a demonstration are rioters, not protesters
        side = CROWD_ROLE[S.MOB_VIOLENCE] if sub in INTERVENTIONS else role
        return replace(cast, actor2=_recast(cast.actor2, *side))
    return cast


def _cast(
    sub: S, role: tuple[str, int], actor1: ActorMention | None, actor2: ActorMention | None
) -> Cast:
    if sub in INTERVENTIONS and _attacked_by_a_crowd(actor1, actor2) and actor1 and actor2:
        # "citizens beat the protesters": the protesters' event, their attackers rioters
        return Cast(
            actor1=_recast(actor2, *role), actor2=_recast(actor1, *CROWD_ROLE[S.MOB_VIOLENCE])
        )
    if _is_crowd(actor2) and not _is_crowd(actor1) and sub != S.MOB_VIOLENCE:
        actor1, actor2 = actor2, actor1
    elif sub in INTERVENTIONS and _is_party(actor1) and _is_party(actor2):
        actor1, actor2 = actor2, actor1  # "AL members assaulted BNP members at their protest"
    if sub != S.MOB_VIOLENCE and _is_state(actor1) and not _is_crowd(actor2):
        return _state_is_no_crowd(sub, actor1, actor2)
    if sub == S.MOB_VIOLENCE and _is_state(actor1) and _is_mob(actor2):
        actor1, actor2 = actor2, actor1  # "Police and an armed mob clashed": the mob acts
    if sub == S.MOB_VIOLENCE and _is_state(actor1) and actor1 is not None:
        # a mob is never the state: the state named was the patron of the crowd that acted
        return Cast(actor1=_recast(actor1, *role), actor2=actor2)
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
    if actor2 is not None and actor2.kind == "party" and sub != S.PEACEFUL_PROTEST:
        # "police used force to stop the protest of the BNP": the party's members protest
        return Cast(actor1=_recast(actor2, *CROWD_ROLE[sub]), actor2=state, assoc1=actor2)
    if sub == S.PEACEFUL_PROTEST or actor2 is not None:
        return Cast(actor1=None, actor2=actor2)
    return Cast(actor1=None, actor2=state)


def _attacked_by_a_crowd(attacker: ActorMention | None, target: ActorMention | None) -> bool:
    """Demonstrators (`target`) set upon by another crowd, not their own ('a group of
    rioters attacked the activists marching')."""
    if target is None or target.actor.inter != PROTESTERS or not _is_crowd(attacker):
        return False
    return attacker is not None and attacker.actor.inter != PROTESTERS


def _is_mob(mention: ActorMention | None) -> bool:
    return mention is not None and MOB_NAME.search(mention.span.text) is not None


def _is_party(mention: ActorMention | None) -> bool:
    return mention is not None and mention.kind == "party"


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


def mob_named(
    sub: S, cues: frozenset[str], *sides: ActorMention | None, demonstrating: bool = False
) -> S:
    """A crowd the report itself calls a mob, in a sentence that tells no protest and no
    demonstration (`demonstrating`: 'a mob of labourers pelted stones, demanding rations'),
    acts as a mob (ACLED's mob violence), not as demonstrators turned violent: 'Police and an
    armed mob clashed when the mob tried to attack the returning officer'."""
    if sub != S.VIOLENT_DEMONSTRATION or "protest" in cues or demonstrating:
        return sub
    return S.MOB_VIOLENCE if any(_is_mob(side) for side in sides) else sub
