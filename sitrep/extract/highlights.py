"""A situation report's highlights retell its body.

Flash updates and situation reports open with a block of highlights ("HIGHLIGHTS", "Key
points", "At a glance") that sums what the sections below tell at length: "Fighting spread
to Masisi territory on 18 and 19 November" above the paragraphs on the clash near Kilolirwe
on the 18th and the one near Kitshanga on the 19th. ACLED codes the acts once, from the
detailed telling. An event told in the highlights is left out when the body tells an event
of the same type in the same first-level area on a day within the highlight's days (or on
any day, when the highlight gives none); a highlight the body never tells again stands.
The block runs from its heading to the next heading line or the first blank line after
its items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.model import Event

# a heading line of its own: "HIGHLIGHTS", "Key points:", "KEY DEVELOPMENTS", "At a glance"
_HEADING = re.compile(
    r"^[ \t]*(?:highlights|key\s+(?:points|developments|messages|figures)|at\s+a\s+glance"
    r"|in\s+brief|summary)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# where the block ends: a blank line, or a line in capitals (the next section's heading)
_BLOCK_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[A-Z][A-Z \t/&-]{3,}:?[ \t]*\n)")


def highlight_blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the report's blocks of highlights."""
    blocks = []
    for heading in _HEADING.finditer(text):
        end = _BLOCK_END.search(text, heading.end() + 1)
        blocks.append((heading.end(), end.start() if end else len(text)))
    return blocks


def without_retold_highlights(events: Sequence[Event], text: str) -> list[Event]:
    """The events, less those told in a block of highlights that the body tells again."""
    blocks = highlight_blocks(text)
    if not blocks:
        return list(events)
    inside = [_in_blocks(e, blocks) for e in events]
    body = [e for e, held in zip(events, inside, strict=True) if not held]
    return [
        e
        for e, held in zip(events, inside, strict=True)
        if not held or not any(_told_again(e, b) for b in body)
    ]


def _in_blocks(event: Event, blocks: Sequence[tuple[int, int]]) -> bool:
    triggers = [e.start for e in event.evidence if e.role == "trigger"]
    return bool(triggers) and all(any(s <= t < e for s, e in blocks) for t in triggers)


def _told_again(highlight: Event, body: Event) -> bool:
    """Whether a body event tells the highlight's act: same type and first-level area, on a
    day within the highlight's days."""
    if body.event_type != highlight.event_type or body.country != highlight.country:
        return False
    if highlight.admin1 and body.admin1 and highlight.admin1 != body.admin1:
        return False
    if highlight.date_start is None or body.date_start is None:
        return True
    end = highlight.date_end or highlight.date_start
    return highlight.date_start <= body.date_start <= end
