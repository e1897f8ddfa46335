"""Named ranges of places: "all villages from A to B", "the villages between A and B".

A range names its two ends; the places between are not named, so facts are kept for the ends
and tagged with the range. An end the gazetteer does not know is still a place name when the
other end is one (an unresolved Toponym, never dropped); a month or an actor is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from sitrep.control.scene import Scene
from sitrep.model import Evidence, Toponym

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w’'-]*){0,3}"
RANGE = re.compile(
    rf"\b(?:from\s+(?P<a>{_NAME})\s+to|between\s+(?P<b>{_NAME})\s+and)\s+(?P<z>{_NAME})"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Stretch:
    """A named range: its first and last place, and the text that names it."""

    first: Toponym
    last: Toponym
    evidence: Evidence


def named_ranges(scene: Scene, sent: SpacySpan) -> list[Stretch]:
    """Ranges of places named in a sentence."""
    found = []
    for match in RANGE.finditer(sent.text):
        group = "a" if match.group("a") else "b"
        offset = sent.start_char
        first = _place_at(scene, offset + match.start(group), offset + match.end(group))
        last = _place_at(scene, offset + match.start("z"), offset + match.end("z"))
        if first is None or last is None or not (_known(scene, first) or _known(scene, last)):
            continue
        start, end = offset + match.start(), offset + match.end()
        ev = Evidence(start=start, end=end, text=scene.text[start:end], role="range")
        found.append(Stretch(first=first, last=last, evidence=ev))
    return found


def _known(scene: Scene, toponym: Toponym | None) -> bool:
    return toponym is not None and toponym in scene.places


def _place_at(scene: Scene, start: int, end: int) -> Toponym | None:
    """The place mention at these offsets, or a new unresolved one for a bare name."""
    for t in scene.places:
        if t.start <= start < t.end or start <= t.start < end:
            return t
    if any(start < m.span.end and m.span.start < end for m in scene.actors):
        return None
    if any(start < t.span.end and t.span.start < end for t in scene.times):
        return None
    text = scene.text[start:end]
    sentence = scene.doc.char_span(start, end, alignment_mode="expand")
    return Toponym(start=start, end=end, text=text, sentence=sentence.sent.text if sentence else "")
