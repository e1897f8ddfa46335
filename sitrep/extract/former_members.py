"""A side named only as what a person once belonged to is no side of the act.

"Unknown gunmen killed a former member of the Syrian Democratic Forces", "an ex-commander of
the ADF was shot dead": a former fighter or member is a civilian when attacked (ACLED codes
the demobilised as civilians), so the group he once served is neither actor. (A former
officer named by a generic word, "a former police officer", was already a civilian.)
"""

from __future__ import annotations

import re

from sitrep.extract.actors import ActorMention

_PERSON = (
    r"(?:member|fighter|commander|militant|soldier|officer|rebel|combatant|guerrilla|"
    r"militiaman|militiamen|leader|official|cadre|operative)s?"
)
# "a former member of the SDF", "an ex-commander of the ADF"
FORMER_OF = re.compile(
    rf"\b(?:former|ex-)\s*(?:[\w-]+\s+){{0,2}}?{_PERSON}\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


def former_affiliation(text: str, mention: ActorMention) -> bool:
    """Whether the mention only names what a person formerly belonged to ('a former member
    of the SDF')."""
    return FORMER_OF.search(text[max(0, mention.span.start - 60) : mention.span.start]) is not None
