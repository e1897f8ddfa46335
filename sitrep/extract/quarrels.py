"""Violence that grows out of a quarrel.

People the report does not name who stab or beat someone 'following an altercation' or
'after a quarrel' act on the spot, as a crowd does, not as an organised armed group (ACLED:
mob violence); men named by an armed trade ('a security guard', 'a Houthi fighter') or who
shoot stay who they are.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from sitrep.annotate.words import span_words

# A quarrel told as what the violence grew out of.
QUARREL = re.compile(
    r"\b(altercations?|quarrel\w*|squabbles?|brawls?|heated arguments?)\b", re.IGNORECASE
)


def quarrel_told(sent: Span) -> bool:
    """Whether the sentence tells an altercation, a quarrel or a brawl."""
    return QUARREL.search(span_words(sent).text) is not None
