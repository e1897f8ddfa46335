"""What every control rule reads: the parsed document with its places, actors, quotes, dates.

Built once per document from the pipeline's context; helpers pick the places and actors of a
sentence, its date range and who claims it, and turn them into ControlFact fields.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.control.cues import Cues
from sitrep.extract.actors import ActorDictionary, ActorMention
from sitrep.extract.attribution import Quote, claimed_by
from sitrep.model import DateRange, Document, Evidence, Place, Span, Toponym
from sitrep.time import Kind, TimeExpression, event_range, find_time_expressions

if TYPE_CHECKING:
    from sitrep.geocode.gazetteer import Gazetteer

NON_PARTY_KINDS = frozenset({"armed_group", "civilians", "protesters", "rioters"})
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """One parsed document and what the pipeline found in it."""

    doc: Doc
    document: Document
    places: tuple[Toponym, ...]
    actors: tuple[ActorMention, ...]
    quotes: tuple[Quote, ...]
    times: tuple[TimeExpression, ...]
    present: DateRange | None
    country: str | None
    cues: Cues
    dictionary: ActorDictionary
    irrealis: Mapping[str, str]
    gazetteer: Gazetteer | None = None

    @property
    def text(self) -> str:
        """The document's text (spaCy rebuilds `doc.text` from its tokens on every access)."""
        return self.document.text

    @property
    def observed(self) -> date | None:
        """The report's own date: publication, else the end of its narrative present."""
        if self.document.published is not None:
            return self.document.published
        return self.present.end if self.present else None

    @property
    def now(self) -> DateRange | None:
        """The report's present as a range (the week before publication, or the narrative)."""
        published = self.document.published
        if published is not None:
            return DateRange(start=published - timedelta(days=6), end=published, precision=2)
        return self.present


def places_in(scene: Scene, start: int, end: int) -> list[Toponym]:
    """The places a statement in [start, end) is about: reference points ("near X") left out,
    and a province or country only when no town is named beside it."""
    text = scene.text
    named = [t for t in scene.places if start <= t.start < end]
    kinds = {t: _reference_point(scene, text, t) for t in named}
    found = [t for t in named if kinds[t] is None] or [t for t in named if kinds[t] == "area"]
    towns = [t for t in found if t.place is None or not t.place.is_area]
    return towns or found


def towns_in(scene: Scene, start: int, end: int) -> list[Toponym]:
    """Places in a range that are not provinces or countries (unresolved names count)."""
    return [t for t in places_in(scene, start, end) if t.place is None or not t.place.is_area]


def _reference_point(scene: Scene, text: str, toponym: Toponym) -> str | None:
    """'relative' for 'near X', 'north of X', 'the countryside of X'; 'area' for 'X province',
    'the X countryside' (kept only when the sentence names no other place); else None."""
    before = _WORD.findall(text[max(0, toponym.start - 24) : toponym.start].lower())
    after = _WORD.findall(text[toponym.end : toponym.end + 16].lower())
    relative = scene.cues["relative_location"]
    if before and before[-1] in relative:
        return "relative"
    if len(before) > 1 and before[-1] == "of" and before[-2] in relative:
        return "relative"
    return "area" if after and after[0] in scene.cues["area_after"] else None


def anaphoric_place(scene: Scene, sent: SpacySpan) -> Toponym | None:
    """The last town named before a sentence that refers back to it ("the town", "here")."""
    lowered = f" {sent.text.lower()} "
    if not any(re.search(rf"\W{re.escape(w)}\W", lowered) for w in scene.cues["place_anaphors"]):
        return None
    before = [t for t in towns_in(scene, 0, sent.start_char)]
    return before[-1] if before else None


def parties_in(scene: Scene, start: int, end: int) -> list[ActorMention]:
    """Actor mentions that can hold ground: named actors and state forces, not 'gunmen'."""
    return [m for m in scene.actors if start <= m.span.start < end and is_party(m)]


def is_party(mention: ActorMention) -> bool:
    return not (mention.generic and mention.kind in NON_PARTY_KINDS)


def when(scene: Scene, sent: SpacySpan, *, state: bool = True) -> DateRange | None:
    """The sentence's date range: for a state (a siege, a hold) a stretch it gives ("since
    February", "for 30 days") first. A stretch the report could not anchor (no publication
    date) is anchored on the report's narrative present."""
    sentence = Span(start=sent.start_char, end=sent.end_char, text=sent.text)
    inside = [
        _anchored(scene, t) for t in scene.times if sent.start_char <= t.span.start < sent.end_char
    ]
    usable = [t for t in inside if t is not None]
    stretches = [t.range for t in usable if t.kind in (Kind.SINCE, Kind.DURATION) and t.range]
    if state and stretches:
        return stretches[0]  # 'besieged since February': a state's start, not the day it is told
    found = event_range(usable, sentence=sentence, published=scene.document.published)
    return found or scene.now


def _anchored(scene: Scene, expression: TimeExpression) -> TimeExpression | None:
    if expression.range is not None or scene.now is None:
        return expression
    if expression.kind not in (Kind.DURATION, Kind.SINCE):
        return None
    again = find_time_expressions(expression.span.text, published=scene.now.start)
    ranges = [t.range for t in again if t.range is not None]
    if not ranges:
        return None
    anchored = DateRange(start=ranges[0].start, end=scene.now.end, precision=3)
    return TimeExpression(span=expression.span, range=anchored, kind=expression.kind)


def claimant(scene: Scene, token: Token) -> str | None:
    """Who asserts what this token says; None for the reporter's own account."""
    return claimed_by(token, list(scene.quotes))


def place_fields(toponym: Toponym) -> dict[str, Any]:
    """ControlFact fields for a place mention: the name as written and, when resolved, the
    gazetteer entry (an unresolved name keeps no coordinates)."""
    fields: dict[str, Any] = {"place": toponym.text}
    if toponym.resolved and toponym.place is not None:
        fields.update(gazetteer_fields(toponym.place))
    return fields


def gazetteer_fields(place: Place) -> dict[str, Any]:
    return {
        "location": place.name,
        "geonameid": place.geonameid,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country": place.country,
        "iso3": place.iso3,
        "admin1": place.admin1,
    }


def evidence(text: str, start: int, end: int, role: str) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end], role=role)


def mention_evidence(mentions: Sequence[ActorMention | Toponym], role: str) -> list[Evidence]:
    out = []
    for m in mentions:
        span = m.span if isinstance(m, ActorMention) else m
        out.append(Evidence(start=span.start, end=span.end, text=span.text, role=role))
    return out
