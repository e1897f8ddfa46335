"""The state's forces that answer a crowd, told after the crowd's act.

ACLED codes a riot or a suppressed protest with the police (or soldiers) who met the crowd as
the other side: "Youths blocked the road and stoned cars. Police lobbed teargas to disperse
them" is Rioters against the Police Forces. The sentence that reports the crowd's act often
names no police; the report does so in the lines after it. A force named there as doing
something to the crowd (moving in, firing, dispersing, arresting) is that side; a force that
only investigates, says or reports something is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

# Crowd events whose other side is the force that met the crowd.
CROWD_EVENTS = frozenset({
    SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE,
    SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE,
})  # fmt: skip
CROWD_INTERS = frozenset({5, 6})  # rioters, protesters
STATE_KINDS = frozenset({"police", "military"})
# What a force does to a crowd, within a few words after its name ("Police later contained
# the situation", "police responded with teargas", "Police tried to open the roads").
RESPONSE = re.compile(
    r"^\W*(?:(?:later|then|quickly|also|had|have|has|were|was|soon|immediately|eventually|"
    r"since|tried to|had to)\s+)*"
    r"(mov\w* in|respond\w*|lobb\w*|fir\w*|shot|shoot\w*|us\w+ (?:tear ?gas|force|batons?)|"
    r"dispers\w*|contain\w*|restor\w*|interven\w*|arrest\w*|detain\w*|clash\w*|repuls\w*|"
    r"battl\w*|"
    r"quell\w*|charg\w*|confront\w*|rush\w*|arriv\w*|block\w*|engag\w*|open\w* fire|kill\w*|"
    r"open\w* the|teargass\w*|tear-?gass\w*|beat\w*|chas\w*|calm\w*|"
    r"(?:were|was) (?:called|deployed|dispatched|overwhelmed|attacked|stoned|injured))\b",
    re.IGNORECASE,
)
# Generic people who stand in for a crowd's other side when no one else is named.
PEOPLE_KINDS = frozenset({"civilians", "rioters", "protesters"})
WINDOW = 600  # characters from the crowd sentence's start in which the force is looked for


def force_met(
    draft: Draft, *, mentions: Sequence[ActorMention], text: str | None
) -> ActorMention | None:
    """The police or soldiers who met the crowd of a riot or a protest with no other side,
    named in the sentence's window as acting on it; None otherwise."""
    if draft.sub_event_type not in CROWD_EVENTS or not _open_side(draft) or text is None:
        return None
    start = draft.sentence.start
    for mention in mentions:
        if not start <= mention.span.start < start + WINDOW or mention.kind not in STATE_KINDS:
            continue
        if RESPONSE.match(text[mention.span.end : mention.span.end + 60]):
            return mention
    return None


def _open_side(draft: Draft) -> bool:
    """A crowd's event whose other side is unnamed, or only people: the crowd itself again
    ("youths ... rioters"), or, in a demonstration, the civilians around it (a mob's victims
    stay its other side)."""
    crowd, other = draft.actor1, draft.actor2
    if crowd is None or crowd.actor.inter not in CROWD_INTERS:
        return False
    if other is None:
        return True
    if not other.generic or other.kind not in PEOPLE_KINDS:
        return False
    return other.kind != "civilians" or draft.sub_event_type != SubEventType.MOB_VIOLENCE
