"""'Our forces' in a side's own words are the side that speaks.

A commander, a spokesman or a formation quoted in its own words calls its men "our forces",
"our heroes", "our defenders", "our mujahideen": '"Our heroes repelled four enemy assaults,"
the 65th Brigade said'. The words name the speaker's side, read from who says them: an armed
actor named in the speaker's words ("Ukraine's 65th Mechanised Brigade", "Hezbollah"), else the
military of the state whose military body speaks ("the Ukrainian General Staff"). A speaker
that names no side, or several, leaves the words unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.attribution import Quote
from sitrep.model import Span

# A side's words for its own men.
OUR_MEN = re.compile(
    r"\b[Oo]ur\s+(?:(?:brave|heroic|valiant|glorious|armed|own)\s+)?"
    r"(?:forces|troops|units|fighters|heroes|defenders|soldiers|army|men|mujahideen|"
    r"mujahidin|warriors|servicemen|boys|air\s+defen[cs]es?)\b"
)
# A state's military body that speaks ("the General Staff", "the defence ministry").
MILITARY_BODY = re.compile(
    r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|army|military|"
    r"armed\s+forces|general\s+staff|command|brigade|division|regiment|battalion)\b",
    re.IGNORECASE,
)
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
SPEAKER_WINDOW = 160  # characters after (or before) a quote in which its speaker is named


def our_side(
    text: str,
    mentions: Sequence[ActorMention],
    quotes: Sequence[Quote],
    *,
    actors: ActorDictionary,
    on: date | None,
) -> list[ActorMention]:
    """The mentions, with each 'our forces' inside a quote made the speaker's side."""
    found = list(mentions)
    for quote in quotes:
        words = list(OUR_MEN.finditer(text, quote.start, quote.end))
        if not words or not quote.speaker:
            continue
        side = _speakers_side(text, quote, found, actors=actors, on=on)
        if side is None:
            continue
        for m in words:
            found = _with_our_men(found, side, Span(start=m.start(), end=m.end(), text=m[0]))
    return sorted(found, key=lambda x: x.span.start)


def _speakers_side(
    text: str,
    quote: Quote,
    mentions: Sequence[ActorMention],
    *,
    actors: ActorDictionary,
    on: date | None,
) -> ActorMention | None:
    speaker = quote.speaker or ""
    at = text.find(speaker, quote.end, quote.end + SPEAKER_WINDOW)
    if at < 0:
        at = text.find(speaker, max(0, quote.start - SPEAKER_WINDOW), quote.start)
    if at < 0:
        return None
    named = [
        m
        for m in mentions
        if at <= m.span.start < at + len(speaker) and m.actor.inter in ARMED_INTERS
    ]
    names = {m.actor.name for m in named}
    if len(names) == 1:
        return named[0]
    if names or MILITARY_BODY.search(speaker) is None:
        return None
    state = actors.country_named(speaker)
    if state is None:
        return None
    forces = actors.find("troops", country=state, on=on)
    return forces[0] if len(forces) == 1 and state in forces[0].actor.name else None


def _with_our_men(
    mentions: list[ActorMention], side: ActorMention, span: Span
) -> list[ActorMention]:
    """The mentions with `span` naming `side`, in place of a generic word inside it."""
    kept = [
        m
        for m in mentions
        if not (m.generic and span.start <= m.span.start and m.span.end <= span.end)
    ]
    if any(m.span.start < span.end and span.start < m.span.end for m in kept):
        return mentions  # a name of its own overlaps: leave it
    ours = ActorMention(
        span=span,
        actor=replace(side.actor, mention=span),
        kind=side.kind,
        generic=False,
    )
    return [*kept, ours]
