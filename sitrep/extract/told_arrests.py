"""Arrests told on after the arresting side was named are that side's.

"Israeli forces arrested 17 Palestinians in overnight raids across the West Bank ... Most of
the arrests took place in the village of A and the town of B": the second sentence names the
arrests again, place by place, without naming who made them. ACLED's stand-in for an arrest
with no arrester (the police of the country) is not who made them: the one side the report
named arresting before is. With two or more sides named arresting, or none, the stand-in
stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

# Words of arresting right after a side's name ("Israeli forces arrested", "troops detained").
ARRESTING = re.compile(
    r"^\s*(?:(?:have|had|has|also|later|then)\s+)?(?:arrested|detained|rounded up|"
    r"took into custody|abducted)\b",
    re.IGNORECASE,
)
ARMED_INTERS = frozenset({1, 2, 3, 8})


def arrester_told_before(
    draft: Draft, *, mentions: Sequence[ActorMention], text: str | None
) -> Draft:
    """The draft with the report's one arresting side as the actor of an arrest whose
    sentence names no arrester."""
    if text is None or draft.sub_event_type != SubEventType.ARRESTS or draft.actor1 is not None:
        return draft
    arresters = [m for m in mentions if m.span.end <= draft.sentence.start and _arrests(m, text)]
    if len({m.actor.name for m in arresters}) != 1:
        return draft
    return replace(draft, actor1=arresters[-1], actor1_inferred=True)


def _arrests(mention: ActorMention, text: str) -> bool:
    if mention.actor.inter not in ARMED_INTERS:
        return False
    return ARRESTING.match(text[mention.span.end : mention.span.end + 40]) is not None
