"""The people a mob attacks are civilians.

ACLED codes the target of mob violence against people as Civilians: suspected thieves,
robbers or kidnappers lynched, beaten or burned by a crowd are not an armed group, however the
report names them ("two suspected gangsters were lynched", "Mob kills suspected chicken thief").
"""

from __future__ import annotations

import re

from sitrep.extract.actors import ActorMention
from sitrep.extract.events import Draft
from sitrep.taxonomy import SubEventType

RIOTERS_INTER = 5
UNNAMED_ARMED_INTER = 3
# People a crowd takes the law into its own hands against.
SUSPECTS = re.compile(
    r"\b(suspect\w*|alleged|accused|thie(?:f|ves)|robbers?|robbery|criminals?|gangsters?|"
    r"kidnappers?|burglars?|muggers?|rapists?|witch(?:es)?|wizards?)\b",
    re.IGNORECASE,
)
# What a mob does to a person.
MOB_HARM = re.compile(
    r"\b(lynch\w*|ston(?:e|ed|es|ing)|beat(?:s|en|ing)?|kill\w*|burn(?:s|ed|t|ing)?|"
    r"assault\w*|attack\w*|hack\w*|injur\w*|torch\w*)\b",
    re.IGNORECASE,
)


def mobbed_people(draft: Draft) -> bool:
    """Whether a crowd's violence falls on people the report names only as suspects, whom
    it left unnamed as an actor or read as an unnamed armed group."""
    side = draft.actor1
    if draft.sub_event_type != SubEventType.MOB_VIOLENCE or side is None:
        return False
    if side.actor.inter != RIOTERS_INTER or not _no_side(draft.actor2):
        return False
    text = draft.sentence.text
    return SUSPECTS.search(text) is not None and MOB_HARM.search(text) is not None


def _no_side(mention: ActorMention | None) -> bool:
    """No other side, or one read only from words for unnamed armed men ('robbers')."""
    return mention is None or (mention.generic and mention.actor.inter == UNNAMED_ARMED_INTER)
