"""A side named only by the dress others wear is no side of the act.

"armed men in RSF uniforms looted the health centre", "gunmen wearing police uniforms": the
uniform says whom the attackers looked like, not who they were nor whom they attacked. ACLED
codes such attackers as an unidentified armed group; the force whose uniform they wore is
neither actor.
"""

from __future__ import annotations

import re

from sitrep.extract.actors import ActorMention

# Words of dress right after the name: "RSF uniforms", "army fatigues", "police-style attire".
DRESS_AFTER = re.compile(
    r"^(?:-style)?\s*(?:uniforms?|fatigues|attire|outfits?|clothing|clothes|camouflage)\b",
    re.IGNORECASE,
)


def worn_name(text: str, mention: ActorMention) -> bool:
    """Whether the mention only names a uniform or other dress ('in RSF uniforms')."""
    return DRESS_AFTER.match(text[mention.span.end : mention.span.end + 30]) is not None
