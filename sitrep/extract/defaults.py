"""ACLED's names for an actor the text leaves unnamed.

Violence whose perpetrator is not named is coded to "Unidentified Armed Group (<country>)"; a
demonstration whose crowd is not named, to "Protesters (<country>)" or "Rioters (<country>)".
Violence against civilians whose victims are not named as an actor targets "Civilians
(<country>)", as ACLED codes every such event. An inferred actor has no evidence span of its own.

The country is the event's (its place, else the document's); when no place resolved, the
country the report names ("Sudanese troops", "in Kenya"), kept on the draft as its hint.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.allies import allies_beside_the_state
from sitrep.extract.co_agents import joined_not_opposed, with_co_agent
from sitrep.extract.coalitions import states_lead_their_allies
from sitrep.extract.communal_riots import communal_riot
from sitrep.extract.coordinated_states import first_state_leads
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.encounters import forces_of_the_encounter
from sitrep.extract.enemy_named import fought_with_the_enemy
from sitrep.extract.events import Draft
from sitrep.extract.fire_origin import fired_from_abroad
from sitrep.extract.forces_period import forces_of_the_day
from sitrep.extract.medical_workers import medics_as_civilians
from sitrep.extract.mob_victims import mobbed_people
from sitrep.extract.named_members import named_by_members
from sitrep.extract.named_side import named_other_side
from sitrep.extract.police_response import force_met
from sitrep.extract.regional_perpetrators import regional_perpetrator
from sitrep.extract.same_side import (
    counter_demonstrated,
    crowds_on_both_sides,
    unnamed_on_both_sides,
)
from sitrep.extract.told_arrests import arrester_told_before
from sitrep.extract.told_strikes import striker_told_before
from sitrep.extract.uncertain import settled_attribution
from sitrep.extract.weapon_owner import owner_of_the_weapon, target_of_the_weapon
from sitrep.taxonomy import EventType, SubEventType, event_type_of

# The generic word whose dictionary entry names the unnamed actor of each kind of event.
STAND_IN: dict[EventType, str] = {
    EventType.BATTLES: "unidentified gunmen",
    EventType.EXPLOSIONS: "unidentified gunmen",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "unidentified gunmen",
    EventType.PROTESTS: "protesters",
    EventType.RIOTS: "rioters",
}
NO_STAND_IN = frozenset({SubEventType.GOVERNMENT_REGAINS_TERRITORY})
# Sub-event types whose unnamed actor is a kind of its own: arrests are made by the police.
STAND_IN_BY_SUB_TYPE: dict[SubEventType, str] = {SubEventType.ARRESTS: "police"}
# Sub-event types whose target is civilians by definition (ACLED's violence against civilians).
CIVILIAN_TARGETS = frozenset({
    SubEventType.ATTACK, SubEventType.ABDUCTION, SubEventType.SEXUAL_VIOLENCE,
})  # fmt: skip
# Sub-event types never coded with civilians as a side (ACLED: battles are between armed sides).
NO_CIVILIAN_SIDE = frozenset({
    SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_OVERTAKES_TERRITORY,
})  # fmt: skip
# Kinds of generic actor that are people where the event happened, not forces that travel.
PEOPLE_KINDS = frozenset({"civilians", "protesters", "rioters"})
# ...and those whose target is civilians when the sentence names people hurt or killed.
CIVILIAN_TARGETS_WHEN_VICTIMS = frozenset({SubEventType.MOB_VIOLENCE})
# Property destroyed or looted by a non-state side is civilians' property when no owner is named
# (ACLED codes Civilians as the target); what the state seizes or destroys is not, nor state
# property or public works.
CIVILIAN_PROPERTY = frozenset({SubEventType.LOOTING})
STATE_PROPERTY = re.compile(
    r"\b(polling (station|centre|center)s?|police (station|post)s?|government|ministry|"
    r"municipal\w*|council|courthouse|court|prison|army|military|barracks|checkpoint|"
    r"public|water pumps?|boreholes?|power lines?|pylons?|bridges?|railways?)\b",
    re.IGNORECASE,
)
NON_STATE_INTERS = frozenset({2, 3, 4, 5})
# Explosions and remote violence whose target is civilians when the sentence tells of people
# (not fighters, not property) killed or hurt: ACLED codes the shelled or bombed civilians as
# the other side.
REMOTE_VIOLENCE = frozenset({
    SubEventType.SHELLING, SubEventType.AIR_DRONE_STRIKE, SubEventType.REMOTE_EXPLOSIVE,
    SubEventType.GRENADE, SubEventType.SUICIDE_BOMB,
})  # fmt: skip
PEOPLE = re.compile(
    r"\b(civilians?|residents?|villagers?|m[ae]n|wom[ae]n|child(ren)?|people|persons?|"
    r"farmers?|passengers?|workers?|students?|famil(y|ies)|girls?|boys?|individuals?|kids?|"
    r"infants?|shepherds?|teachers?|pedestrians?|worshippers?)\b",
    re.IGNORECASE,
)
HURT = re.compile(r"\b(kill\w*|injur\w*|wound\w*|dead|died|hurt|casualt\w*|maim\w*)\b", re.I)
# Harm told of people, in the sentence or the lines after it ("... caused injuries", "killing
# 2"), once denials of harm ("with no injuries or fatalities reported", "casualties unknown",
# "No one was hurt", "nobody was harmed")
# are set aside; harm to armed men is not the civilians' ("killing 5 fighters").
_HARM = r"(?:injur\w*|fatalit\w*|casualt\w*|deaths?|victims?|dead|killed|wounded|hurt|harmed)"
NO_HARM = re.compile(
    rf"\b(?:no|nobody|neither|without|zero|any)\b[\w\s,]{{0,30}}?\b{_HARM}"
    rf"(?:\s*,?\s*(?:or|nor|and)\s+(?:\w+\s+)?{_HARM})*"
    rf"|\b{_HARM}\s+(?:unknown|not reported|unclear)",
    re.IGNORECASE,
)
HARM = re.compile(
    r"\b(kill\w*|injur\w*|wound\w*|dead|died|hurt|casualt\w*|maim\w*|fatalit(y|ies))\b", re.I
)
ARMED_VICTIMS = re.compile(
    r"\b(fighters?|militants?|soldiers?|troops|rebels?|gunmen|insurgents?|policem[ae]n|"
    r"officers?|militiam[ae]n|jihadists?|combatants?)\b",
    re.IGNORECASE,
)
HARM_WINDOW = 600  # characters from the sentence's start in which harm told is the event's


def with_unnamed_actor(
    draft: Draft,
    *,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
    text: str | None = None,
    mentions: Sequence[ActorMention] = (),
) -> Draft:
    """The draft with actor1 filled by ACLED's stand-in name when the text names nobody, and
    the civilian target of violence against civilians when no target is named. `text` (the
    document) lets harm told after the sentence count; `mentions` (the document's actors)
    settle an either-or attribution."""
    country = event_country(draft, country)
    draft = communal_riot(draft, actors=actors, country=country, on=on)
    draft = settled_attribution(draft, actors=actors, mentions=mentions)
    draft = target_of_the_weapon(draft, text=text)
    draft = fired_from_abroad(draft, actors=actors, text=text, on=on)  # "fired from Lebanon"
    draft = striker_told_before(draft, actors=actors, mentions=mentions, text=text, on=on)
    draft = arrester_told_before(draft, mentions=mentions, text=text)  # "Most of the arrests"
    draft = medics_as_civilians(draft, actors=actors, country=country, text=text, on=on)
    draft = named_by_members(draft, mentions=mentions, text=text)
    draft = states_lead_their_allies(draft, actors=actors, mentions=mentions, text=text, on=on)
    draft = allies_beside_the_state(draft, actors=actors, mentions=mentions)
    draft = _allies_joined(draft, actors, country, on, text, mentions)  # "the army and VDP"
    draft = with_co_agent(draft, mentions=mentions, text=text)  # "soldiers and Africa Corps"
    draft = first_state_leads(draft, text=text)  # "Malian and Russian forces"
    draft = _with_named_side(draft, actors, country, on, mentions)
    draft = fought_with_the_enemy(draft, mentions=mentions, text=text)  # a statement's two sides
    draft = forces_of_the_encounter(draft, actors=actors, country=country, on=on, mentions=mentions)
    draft = _armed_other_side(draft, actors, country, on)
    draft = _with_unnamed_agent(draft, actors, country, on)
    draft = unnamed_on_both_sides(draft, mentions=mentions)
    draft = _named_civilians(draft, actors, country, on)
    draft = crowds_on_both_sides(draft)
    draft = _with_mobbed_people(draft, actors, country, on)
    draft = owner_of_the_weapon(draft, text=text)
    draft = _with_unnamed_target(draft, actors, country, on, text)
    draft = _with_force_met(draft, actors, country, on, text, mentions)
    draft = _with_other_side(draft, actors, country, on, _window(draft, text))
    # last, so that the unnamed side of every rule above takes the country's convention
    return regional_perpetrator(
        draft, actors=actors, country=country, window=_window(draft, text), report=text
    )


def event_country(draft: Draft, country: str | None) -> str | None:
    """The country generic actors are read in: the event's place, else the country the report
    names, else the country a generic agent was read in."""
    return country or draft.country_hint or _generic_agent_home(draft)


def _generic_agent_home(draft: Draft) -> str | None:
    """The country a generic agent was placed in when the report names none ("regime forces",
    read as Syria's): the people it strikes are that country's too."""
    agent = draft.actor1
    return agent.actor.country if agent is not None and agent.generic else None


def _with_other_side(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None, window: str
) -> Draft:
    """Both sides of a fight inside one kind of actor carry its name ("clashes between two
    Taliban groups"); a counter-demonstration is the other side of a protest (Protesters)."""
    if draft.actor2 is not None or draft.actor1 is None:
        return draft
    sub = draft.sub_event_type
    if draft.within_one_side and sub in (SubEventType.ARMED_CLASH, SubEventType.MOB_VIOLENCE):
        return replace(draft, actor2=draft.actor1, actor2_inferred=True)
    if sub == SubEventType.GOVERNMENT_REGAINS_TERRITORY:
        # the state takes territory back from a non-state side, named or not
        mention = _stand_in(draft, STAND_IN[EventType.BATTLES], actors, country, on)
        if mention is not None:
            return replace(draft, actor2=mention, actor2_inferred=True)
    if sub == SubEventType.PEACEFUL_PROTEST and counter_demonstrated(draft, window):
        mention = _stand_in(draft, "protesters", actors, country, on)
        if mention is not None:
            return replace(draft, actor2=mention, actor2_inferred=True)
    return draft


CLASH = SubEventType.ARMED_CLASH


def _allies_joined(
    draft: Draft,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
    text: str | None,
    mentions: Sequence[ActorMention],
) -> Draft:
    """Allies joined as one act's doers are one side (co_agents); a clash's other side, left
    unnamed, is an unidentified armed group."""
    joined = joined_not_opposed(draft, mentions=mentions, text=text)
    if joined is draft or joined.actor2 is not None or joined.sub_event_type != CLASH:
        return joined
    other = _stand_in(joined, STAND_IN[EventType.BATTLES], actors, country, on)
    return replace(joined, actor2=other, actor2_inferred=other is not None)


def _with_named_side(
    draft: Draft,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
    mentions: Sequence[ActorMention],
) -> Draft:
    """The one armed group a sentence names is the side a state force fought (named_side)."""
    side = named_other_side(draft, mentions=mentions, actors=actors)
    return _with_actor2(draft, side, actors, country, on)


def _with_force_met(
    draft: Draft,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
    text: str | None,
    mentions: Sequence[ActorMention],
) -> Draft:
    """The police who met a crowd, told after its act, are the riot's other side."""
    force = force_met(draft, mentions=mentions, text=text)
    return _with_actor2(draft, force, actors, country, on)


def _with_actor2(
    draft: Draft,
    side: ActorMention | None,
    actors: ActorDictionary,
    country: str | None,
    on: date | None,
) -> Draft:
    if side is None:
        return draft
    return replace(draft, actor2=_localise(side, actors, country, on) if country else side)


def _armed_other_side(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """An armed clash is fought between two armed, organised sides: people killed in it are
    never its other side ('killed five men in a shootout with rivals'); the side the text
    leaves unnamed is an unidentified armed group. Territory changes hands between armed sides
    too, so civilians named there are no side at all."""
    sub = draft.sub_event_type
    if sub in CIVILIAN_TARGETS and draft.actor2 is not None:
        if draft.actor2.actor.inter != CIVILIAN_INTER:
            # violence against civilians targets civilians: captured or off-duty fighters
            # killed are coded as such (ACLED)
            civilians = _stand_in(draft, "civilians", actors, country, on)
            same = (
                draft.actor1 is not None
                and civilians is not None
                and (draft.actor1.actor.name == civilians.actor.name)
            )
            if civilians is not None and not same:
                return replace(draft, actor2=civilians, actor2_inferred=True)
        return draft
    if draft.actor2 is None or draft.actor2.actor.inter != CIVILIAN_INTER:
        return draft
    if sub in NO_CIVILIAN_SIDE:
        return replace(draft, actor2=None, actor2_inferred=False)
    if sub != SubEventType.ARMED_CLASH:
        return draft
    if draft.within_one_side and draft.actor1 is not None:
        return replace(draft, actor2=draft.actor1, actor2_inferred=True)
    mention = _stand_in(draft, STAND_IN[EventType.BATTLES], actors, country, on)
    return replace(draft, actor2=mention, actor2_inferred=mention is not None)


def _with_unnamed_agent(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    if draft.actor1 is not None or draft.sub_event_type in NO_STAND_IN:
        return draft
    word = STAND_IN_BY_SUB_TYPE.get(draft.sub_event_type) or STAND_IN.get(
        event_type_of(draft.sub_event_type.value)
    )
    mention = _stand_in(draft, word, actors, country, on)
    return draft if mention is None else replace(draft, actor1=mention, actor1_inferred=True)


def _with_unnamed_target(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None, text: str | None
) -> Draft:
    """ "Gunmen shot dead a trader": the target of violence against civilians is Civilians."""
    sub = draft.sub_event_type
    targets_civilians = (
        sub in CIVILIAN_TARGETS
        or sub is SubEventType.ARRESTS  # the arrested, unnamed as a group, are civilians
        or (sub in CIVILIAN_TARGETS_WHEN_VICTIMS and draft.victims)
        or (sub in REMOTE_VIOLENCE and _people_hurt(draft.sentence.text))
        or (sub in REMOTE_VIOLENCE and _harm_told(_window(draft, text)))
        or (
            sub in CIVILIAN_PROPERTY
            and _non_state(draft.actor1)
            and STATE_PROPERTY.search(draft.sentence.text) is None
        )
    )
    if draft.actor2 is not None or not targets_civilians:
        return draft
    mention = _stand_in(draft, "civilians", actors, country, on)
    if mention is None or (draft.actor1 and draft.actor1.actor.name == mention.actor.name):
        return draft
    return replace(draft, actor2=mention, actor2_inferred=True)


def _named_civilians(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """A civilian body named as a side ("a Syrian Civil Defense volunteer was wounded") is
    coded as the civilians of its country: ACLED names no civilian actor but Civilians."""
    return replace(
        draft,
        actor1=_as_civilians(draft.actor1, actors, country, on),
        actor2=_as_civilians(draft.actor2, actors, country, on),
    )


def _as_civilians(
    mention: ActorMention | None, actors: ActorDictionary, country: str | None, on: date | None
) -> ActorMention | None:
    if mention is None or mention.generic or mention.actor.inter != CIVILIAN_INTER:
        return mention
    civilians = actors.resolve("civilians", country=country or mention.actor.country, on=on)
    if civilians is None:
        return mention
    return replace(mention, actor=civilians, kind="civilians", generic=True)


def _with_mobbed_people(
    draft: Draft, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """Suspects a mob lynches or beats are civilians (mob_victims)."""
    if not mobbed_people(draft):
        return draft
    mention = _stand_in(draft, "civilians", actors, country, on)
    return draft if mention is None else replace(draft, actor2=mention, actor2_inferred=True)


def _people_hurt(sentence: str) -> bool:
    """ "killing a woman and two children", "three civilians were injured"."""
    return PEOPLE.search(sentence) is not None and HURT.search(sentence) is not None


def _non_state(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.inter in NON_STATE_INTERS


def _window(draft: Draft, text: str | None) -> str:
    """The sentence and the lines after it, where a report tells the harm an act did."""
    start = draft.sentence.start
    if text is None or text[start : draft.sentence.end] != draft.sentence.text:
        return draft.sentence.text
    return text[start : start + max(HARM_WINDOW, draft.sentence.end - start)]


def _harm_told(window: str) -> bool:
    """ "... causing injuries", "killing 2", "Many injuries were reported": people hurt,
    civilians named among them or no armed men named."""
    told = NO_HARM.sub(" ", window)
    if HARM.search(told) is None:
        return False
    return PEOPLE.search(told) is not None or ARMED_VICTIMS.search(told) is None


def _stand_in(
    draft: Draft, word: str | None, actors: ActorDictionary, country: str | None, on: date | None
) -> ActorMention | None:
    actor = actors.resolve(word, country=country, on=on) if word else None
    if actor is None:
        return None
    return ActorMention(span=draft.trigger, actor=actor, kind="unnamed", generic=True)


def localised(
    draft: Draft, *, actors: ActorDictionary, country: str | None, on: date | None
) -> Draft:
    """Generic actors read without a country ("police", "regime forces") take the country
    of the place the event happened in (else the country the report names, else the country
    a generic agent was read in). Generic people (civilians, protesters, rioters) read in
    the report's country are the people of the place the event happened in, when that is
    elsewhere; a nationality on them ("Afghan migrants") stays theirs."""
    draft = replace(
        draft,
        actor1=forces_of_the_day(draft.actor1, actors, on),  # "the United States struck"
        actor2=forces_of_the_day(draft.actor2, actors, on),
    )
    country = event_country(draft, country)
    if country is None:
        return draft
    return replace(
        draft,
        actor1=_localise(draft.actor1, actors, country, on),
        actor2=_localise(draft.actor2, actors, country, on),
    )


def _localise(
    mention: ActorMention | None, actors: ActorDictionary, country: str, on: date | None
) -> ActorMention | None:
    if mention is None or mention.actor.country == country:
        return mention
    if not mention.generic:
        return _regional_branch(mention, actors, country, on)
    if mention.actor.country is not None and mention.kind not in PEOPLE_KINDS:
        return mention  # armed forces read in the report's country may act abroad
    actor = actors.resolve(mention.span.text, country=country, on=on)
    if actor is None:
        return mention
    if actor.inter != mention.actor.inter:
        return _crowd_of(mention, country) if actor.country == country else mention
    return replace(mention, actor=replace(actor, framing=mention.actor.framing))


def _crowd_of(mention: ActorMention, country: str) -> ActorMention:
    """People cast as a crowd ('laborers' as 'Rioters (India)', read where the report's place
    was another country's namesake) whose word names no nationality are the crowd of the
    event's country: 'Rioters (Bangladesh)'."""
    old = mention.actor.country
    if mention.kind not in PEOPLE_KINDS or old is None:
        return mention
    suffix = f"({old})"
    if not mention.actor.name.endswith(suffix):
        return mention
    name = mention.actor.name[: -len(suffix)] + f"({country})"
    return replace(mention, actor=replace(mention.actor, name=name, country=country))


def _regional_branch(
    mention: ActorMention, actors: ActorDictionary, country: str, on: date | None
) -> ActorMention:
    """A group ACLED names by the country it fights in ("Islamic State (Iraq)"), read where
    the report's country was unknown or another, takes the branch of the event's country."""
    base = _branch_base(mention.actor.name)
    if base is None or base.startswith("Unidentified "):
        return mention
    actor = actors.resolve(mention.span.text, country=country, on=on)
    if actor is None or actor.country != country or _branch_base(actor.name) != base:
        return mention
    return replace(mention, actor=replace(actor, framing=mention.actor.framing))


def _branch_base(name: str) -> str | None:
    """ "Islamic State" for "Islamic State (Iraq)" or "Islamic State"; None for a state's
    forces (a name with a period)."""
    if re.search(r"\(\d{4}-", name):
        return None
    return re.sub(r"\s*\([^()]*\)$", "", name)
