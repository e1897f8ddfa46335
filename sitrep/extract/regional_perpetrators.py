"""ACLED's regional names for an armed perpetrator the report leaves unnamed.

Where organised crime drives most armed violence, ACLED's country methodology names the unnamed
perpetrator by it: "Unidentified Gang and/or Police Militia" for killings of civilians in
Brazil, "Unidentified Gang (Mexico)" for a drive-by or a drug-trafficking killing in Mexico,
"Unidentified Gang (Brazil)" for armed men the police fight in Brazil (in Rio de Janeiro, where
police militias fight too, "Unidentified Gang and/or Police Militia"). Which countries,
sub-event types, hallmark words, places and whether the state must be the other side is data
(`unnamed_perpetrators:` in actors.yaml); this module only applies it to an unidentified armed
group on either side.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.extract.actors import ActorDictionary, ActorMention, UnnamedConvention
from sitrep.extract.events import Draft


def regional_perpetrator(
    draft: Draft,
    *,
    actors: ActorDictionary,
    country: str | None,
    window: str,
    report: str | None = None,
) -> Draft:
    """The draft with an unidentified armed group renamed by the country's convention, if any.
    `window` is the report's text around the event, where hallmarks are looked for; `report`
    the whole text, where places are (the window when not given)."""
    if country is None or not actors.conventions:
        return draft
    unnamed = actors.generic_name("armed_group", country)
    sides = [m for m in (draft.actor1, draft.actor2) if m is not None and m.actor.name == unnamed]
    if not sides:
        return draft
    faced = any(_state(m) for m in (draft.actor1, draft.actor2) if m is not None)
    texts = (window.casefold(), (report or window).casefold())
    convention = _convention(actors.conventions, draft, country, texts, faced)
    if convention is None:
        return draft
    return replace(
        draft,
        actor1=_renamed(draft.actor1, unnamed, convention, country),
        actor2=_renamed(draft.actor2, unnamed, convention, country),
    )


def _convention(
    conventions: tuple[UnnamedConvention, ...],
    draft: Draft,
    country: str,
    texts: tuple[str, str],
    faced: bool,
) -> UnnamedConvention | None:
    window, report = texts
    for convention in conventions:
        if country not in convention.countries or (convention.facing_state and not faced):
            continue
        if convention.places and not any(place in report for place in convention.places):
            continue
        if not (convention.sub_event_types or convention.hallmarks):
            return convention
        if draft.sub_event_type.value in convention.sub_event_types:
            return convention
        if any(mark in window for mark in convention.hallmarks):
            return convention
    return None


def _state(mention: ActorMention) -> bool:
    """The state's forces (at home, inter 1, or of a state's kind)."""
    return mention.actor.inter == 1 or mention.kind in ("military", "police")


def _renamed(
    mention: ActorMention | None, unnamed: str, convention: UnnamedConvention, country: str
) -> ActorMention | None:
    if mention is None or mention.actor.name != unnamed:
        return mention
    actor = replace(mention.actor, name=convention.name_in(country), inter=convention.inter)
    return replace(mention, actor=actor)
