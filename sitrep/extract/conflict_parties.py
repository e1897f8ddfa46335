"""Acts ACLED codes only when they touch the conflict: the same words in ordinary news make no
event.

- An arrest is a strategic development when state forces detain a significant person or
  group, or many people at once (ACLED's codebook); an ordinary criminal arrest ("arrested on
  child pornography charges", "arrested after a traffic stop") is none. The arrest counts when
  the arrested are a named group, a party, protesters or fighters, when the sentence names a
  political or security matter (terrorism, weapons, a protest, the opposition), when ten
  or more are held, or when the report tells other acts (an arrest after a killing or a
  protest belongs to that story).
- A change of territory needs ground or a force: a place named in its sentence, a word for
  one ("the village", "the base"), or an armed side taking it. "seize the trailer", "take over
  temporarily", "pulled out one passenger" and "capturing the Best in Show award" are none.
- An agreement needs parties, a place or words of war and peace: "drafting a purchase
  agreement" is no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.classify import ARMED
from sitrep.extract.cue_kinds import CIVILIAN_INTER
from sitrep.extract.headings import HEADING_TAG
from sitrep.extract.numbers import phrase_value
from sitrep.model import Event
from sitrep.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.actors import ActorMention
    from sitrep.extract.assemble import DeathCount
    from sitrep.extract.events import Draft

ORDINARY_ARREST = "sitrep:ordinary_arrest"  # internal: assemble drops every "sitrep:" tag
MASS_ARREST = 10
TERRITORY = frozenset(
    {
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_OVERTAKES_TERRITORY,
        SubEventType.NON_VIOLENT_TRANSFER,
    }
)
# matters that make an arrest the conflict's: security, politics, protest, armed groups
CONFLICT_MATTERS = re.compile(
    r"\b(?:terror\w*|militan\w*|insurg\w*|rebel\w*|extremis\w*|jihad\w*|separatis\w*|"
    r"treason|sedition|seditious|coup|espionage|spy|spies|weapons?|arms|ammunition|guns?|"
    r"rifles?|firearms?|pistols?|"
    r"explosives?|bomb\w*|grenades?|ied|attacks?|ambush\w*|kidnap\w*|abduct\w*|protest\w*|"
    r"demonstrat\w*|rall(?:y|ies)|riot\w*|strike|opposition|activists?|journalists?|"
    r"dissidents?|politicians?|party|parties|election\w*|anti-government|government|regime|"
    r"army|soldiers?|troops|fighters?|gunmen|gang\w*|cartel\w*|militia\w*|clash\w*|"
    r"unrest|violence|incite\w*|curfew|president|minister|leaders?|officials?|mayor|governor|"
    r"commanders?|lawmakers?|senators?|mps?|members?|supporters?|followers?|cadres?)\b",
    re.IGNORECASE,
)
PEACE_WORDS = re.compile(
    r"\b(?:conflict|war|peace|ceasefire|cease-fire|truce|rebels?|fighting|hostilities|"
    r"armistice|militants?|insurgents?|disarm\w*|demobili[sz]\w*)\b",
    re.IGNORECASE,
)
MEASURES = frozenset(
    {
        "year", "month", "week", "day", "hour", "minute", "second", "dollar", "cent",
        "pound", "euro", "percent", "gram", "kilogram", "mile", "kilometre", "kilometer",
        "foot", "inch", "count", "time", "block",
    }
)  # fmt: skip
GROUND_WORDS = frozenset(
    {
        "village", "town", "city", "area", "base", "camp", "position", "hill", "district",
        "region", "territory", "neighbourhood", "neighborhood", "checkpoint", "province",
        "county", "outpost", "airport", "port", "border", "front", "road", "highway", "bridge",
        "barracks", "headquarters", "compound", "stronghold", "island", "valley", "mountain",
        "crossing", "locality", "settlement", "hamlet", "countryside", "state", "capital",
        "garrison", "post", "field", "oilfield", "dam", "zone", "outskirt", "outskirts",
        "vicinity", "suburb", "quarter", "farm", "farms", "frontline", "trench", "fort",
    }
)  # fmt: skip


def with_conflict_parties(
    draft: Draft, sent: SpacySpan, *, places: int, named: Sequence[ActorMention] = ()
) -> Draft | None:
    """The draft, or None when its act is of a kind ACLED codes only within a conflict and
    nothing in the sentence ties it to one. An arrest that nothing ties to a conflict is
    only marked (`ORDINARY_ARREST`): the report's other acts decide (`without_ordinary_arrests`).
    `places`: toponyms named in the sentence; `named`: the actors it names. A heading naming
    the development keeps it."""
    sub = draft.sub_event_type
    if HEADING_TAG in draft.tags:
        return draft
    if sub is SubEventType.ARRESTS and _ordinary_arrest(draft, sent, named):
        return replace(draft, tags=(*draft.tags, ORDINARY_ARREST))
    if sub in TERRITORY and not (places or _ground_named(sent) or _armed(draft.actor1)):
        return None
    if sub is SubEventType.AGREEMENT and not (places or draft.actor1 or draft.actor2):
        return draft if PEACE_WORDS.search(sent.text) else None
    return draft


def without_ordinary_arrests(told: Sequence[Event | DeathCount]) -> list[Event | DeathCount]:
    """A report's ordinary arrests, unless it tells other acts (an arrest after a killing or a
    protest belongs to that story): a report of ordinary arrests alone is police news, and
    makes no event."""
    return list(told) if any(not _ordinary(item) for item in told) else []


def _ordinary(item: Event | DeathCount) -> bool:
    event = item if isinstance(item, Event) else item.event
    return event is not None and ORDINARY_ARREST in event.tags


def _armed(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.inter in ARMED


def _ordinary_arrest(draft: Draft, sent: SpacySpan, named: Sequence[ActorMention]) -> bool:
    if _party(draft.actor2):  # the arrested; the police who arrest are no sign
        return False
    if any(not m.generic for m in named):  # "accusing residents of working with IS"
        return False
    if CONFLICT_MATTERS.search(sent.text):
        return False
    return not _many_held(sent)


def _party(mention: ActorMention | None) -> bool:
    """A side the conflict knows: a named actor, or protesters, rioters, fighters."""
    if mention is None:
        return False
    return not mention.generic or mention.actor.inter != CIVILIAN_INTER


def _many_held(sent: SpacySpan) -> bool:
    """Ten or more people counted ('arrested 20 suspects'); ages, sums and times aside."""
    numbers = [
        phrase_value(t)
        for t in sent
        if t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in MEASURES
    ]
    return any(n is not None and n >= MASS_ARREST for n in numbers)


def _ground_named(sent: SpacySpan) -> bool:
    return any(t.lemma_.lower() in GROUND_WORDS for t in sent if t.pos_ in ("NOUN", "PROPN"))
