"""A bomb named as a group's is that group's act.

"The explosion of a suspected IS IED", "unknown militants (likely IS militants) detonated an
explosive device": the group whose name the weapon carries, or that the report says the unknown
bombers likely were, planted it; ACLED codes it as the perpetrator, not as the target of an
unidentified group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

ARMED_GROUP_INTERS = frozenset({2, 3})
BOMBINGS = frozenset({SubEventType.REMOTE_EXPLOSIVE, SubEventType.GRENADE})
UNIDENTIFIED = re.compile(r"^Unidentified Armed Group\b")
# The weapon right after the group's name ("IS IED", "IS militant IED", "Shabaab's bomb").
WEAPON_AFTER = re.compile(
    r"^(?:'s)?\s+(?:militants?'?\s+|fighters?'?\s+)?(?:IEDs?|bombs?|mines?|landmines?|"
    r"explosive devices?|roadside bombs?|car bombs?|VBIEDs?|grenades?)\b",
    re.IGNORECASE,
)
REMOTE = frozenset({
    SubEventType.REMOTE_EXPLOSIVE, SubEventType.GRENADE, SubEventType.SHELLING,
    SubEventType.SUICIDE_BOMB,
})  # fmt: skip
CIVILIANS = 7
# A weapon, then what it did to the side named next ("an IED targeted", "a bomb hit the").
STRUCK_BEFORE = re.compile(
    r"\b(?:IEDs?|bombs?|explosives?|(?:explosive )?devices?|mines?|landmines?|explosions?|"
    r"blasts?|shells?|mortars?|rockets?|grenades?|VBIEDs?)\b[^.;,]{0,30}?\b"
    r"(?:targeted|targeting|targets|hit|hits|struck|strikes)\s+"
    r"(?:(?:the|a|an|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A weapon that went off by the side named next ("an IED exploded near a patrol of the",
# "a bomb went off at a checkpoint of"): the side is where it went off, its target.
WENT_OFF_BY = re.compile(
    r"\b(?:IEDs?|bombs?|explosives?|(?:explosive )?devices?|mines?|landmines?|VBIEDs?)\s+"
    r"(?:exploded|detonated|went off|blew up)\s+(?:near|at|beside|next to|close to|against|"
    r"under|on|targeting)\s+(?:(?:the|a|an|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# The unknown bombers said to be the group ("(likely IS militants)").
LIKELY_BEFORE = re.compile(r"\(\s*(?:likely|probably|possibly|suspected|presumably)\s+$", re.I)


def owner_of_the_weapon(draft: Draft, *, text: str | None) -> Draft:
    """The draft with a group named as the bomb's owner as its perpetrator, and the other side
    left for the stand-in rules (civilians when people were hurt)."""
    one, two = draft.actor1, draft.actor2
    if text is None or draft.sub_event_type not in BOMBINGS or one is None or two is None:
        return draft
    if UNIDENTIFIED.match(one.actor.name) is None or not _owns_the_weapon(two, text):
        return draft
    return replace(draft, actor1=two, actor2=None, actor1_inferred=False, actor2_inferred=False)


def target_of_the_weapon(draft: Draft, *, text: str | None) -> Draft:
    """ "An IED targeted Coalition forces", "a roadside bomb hit a police patrol": a side named
    only as what the weapon struck is its target, and the bomb's owner is unknown (the stand-in
    rules name it an unidentified armed group). Civilians are never a bomb's agent."""
    one, two = draft.actor1, draft.actor2
    if text is None or draft.sub_event_type not in REMOTE or one is None:
        return draft
    before = ""
    if draft.sentence.start <= one.span.start:
        before = text[draft.sentence.start : one.span.start]
    went_off_by = WENT_OFF_BY.search(before) is not None
    # the fighters the blast killed stand in for an unknown side: they are the bomb's target
    stand_in = two is not None and went_off_by and UNIDENTIFIED.match(two.actor.name) is not None
    other = two is not None and two.actor.name != one.actor.name and two.actor.inter != CIVILIANS
    if other and not stand_in:
        return draft
    struck = STRUCK_BEFORE.search(before) is not None or went_off_by
    if not struck and one.actor.inter != CIVILIANS:
        return draft  # civilians never fire the weapon ("a civilian car exploded")
    return replace(draft, actor1=None, actor2=one, actor1_inferred=False, actor2_inferred=False)


def _owns_the_weapon(mention: ActorMention, text: str) -> bool:
    if mention.generic or mention.actor.inter not in ARMED_GROUP_INTERS:
        return False
    after = text[mention.span.end : mention.span.end + 40]
    before = text[max(0, mention.span.start - 20) : mention.span.start]
    return WEAPON_AFTER.match(after) is not None or LIKELY_BEFORE.search(before) is not None
