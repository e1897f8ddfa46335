"""A place taken without a fight ("peacefully took control of the camp", "No clashes were
reported", "restored their control under unknown circumstances") is a non-violent transfer
of territory, not a battle's territorial change.

ACLED codes a capture as a battle only when fighting took it. The report must say so in
words: a capture told after the other side withdrew is still coded as a battle, since forces
mostly withdraw under attack, unless they were gone before anyone came ("had withdrawn
before the troops arrived").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.taxonomy import SubEventType

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.events import Draft

CAPTURES = frozenset(
    {SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_OVERTAKES_TERRITORY}
)
WITHOUT_A_FIGHT = re.compile(
    r"\bno (?:clashes|fighting|resistance|confrontations?|violence)\b"
    r"|\bunder (?:unknown|unclear) circumstances\b"
    r"|\bwithout (?:a |any )?(?:fight|fighting|clashes|resistance|a shot being fired|bloodshed)\b"
    r"|\bunopposed\b|\bpeacefully\b"
    # "The militants had withdrawn before the troops arrived": gone before anyone fought
    r"|\b(?:had )?(?:withdrawn|withdrew|left|fled|pulled out|abandoned \w+)\s+(?:\w+\s+){0,3}?"
    r"before (?:the |government |security )?(?:troops|forces|soldiers|army|fighters)\s+"
    r"(?:arrived|entered|reached)",
    re.IGNORECASE,
)


def taken_without_a_fight(draft: Draft, sent: SpacySpan) -> Draft:
    """A capture whose sentence, or the sentence after it, says no one fought for the place
    becomes a non-violent transfer of territory."""
    if draft.sub_event_type not in CAPTURES:
        return draft
    if not WITHOUT_A_FIGHT.search(sent.text + " " + _next_sentence(sent)):
        return draft
    return replace(draft, sub_event_type=SubEventType.NON_VIOLENT_TRANSFER)


def _next_sentence(sent: SpacySpan) -> str:
    doc = sent.doc
    if sent.end >= len(doc):
        return ""
    return doc[sent.end].sent.text
