"""Medical workers hurt by remote violence are civilians, whoever employs them.

"An Israeli strike on Nabatieh killed three Hezbollah paramedics", "killing three paramedics
of the Islamic Health Committee, which is affiliated with Hezbollah": the armed party named on
the paramedics is whose service they work for, not a side that was fighting. ACLED codes the
killed medics as civilians. Fighters named in the same sentence ("killed two Hezbollah
fighters and a paramedic") keep the armed side.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

REMOTE = frozenset({
    SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING, SubEventType.REMOTE_EXPLOSIVE,
})  # fmt: skip
ARMED_GROUPS = frozenset({2, 3})
MEDICS = re.compile(
    r"\b(?:paramedics?|medics?|rescuers?|rescue workers?|doctors?|nurses?|health workers?|"
    r"medical (?:workers?|staff|personnel)|ambulance (?:crews?|workers?|drivers?)|"
    r"first responders?)\b",
    re.IGNORECASE,
)
FIGHTERS = re.compile(
    r"\b(?:fighters?|militants?|members|commanders?|operatives?|gunmen|combatants?|soldiers?)\b",
    re.IGNORECASE,
)
HURT = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died)\b", re.IGNORECASE)
NEAR = 90  # characters between the medics and the party named on them


def medics_as_civilians(
    draft: Draft, *, actors: ActorDictionary, country: str | None, text: str | None, on: date | None
) -> Draft:
    """The draft with civilians as the target where the armed group named as its target is
    only the employer of the medical workers hurt."""
    side = draft.actor2
    if text is None or country is None or draft.sub_event_type not in REMOTE or side is None:
        return draft
    if side.actor.inter not in ARMED_GROUPS:
        return draft
    sentence = text[draft.sentence.start : draft.sentence.end]
    if not HURT.search(sentence) or FIGHTERS.search(sentence):
        return draft
    offset = side.span.start - draft.sentence.start
    if not any(abs(m.start() - offset) <= NEAR for m in MEDICS.finditer(sentence)):
        return draft
    civilians = actors.resolve("civilians", country=country, on=on)
    if civilians is None:
        return draft
    mention = ActorMention(span=draft.trigger, actor=civilians, kind="civilians", generic=True)
    return replace(draft, actor2=mention, actor2_inferred=True)
