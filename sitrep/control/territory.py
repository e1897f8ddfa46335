"""Control facts from territory events: a capture makes its taker the holder, a withdrawal ends
the leaver's hold (and a hand-over makes the receiver the holder).

The event already settled who acted, on whom, when and whether it happened; this module only
spreads it over every place its sentence names (all villages of a range, both towns of "X and
Y were recaptured"), falling back to the event's own location.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.control.build import make_fact
from sitrep.control.model import ControlFact, Status
from sitrep.control.names import object_places
from sitrep.control.ranges import Stretch, named_ranges
from sitrep.control.scene import Scene, places_in
from sitrep.model import DateRange, Event, Evidence, Toponym
from sitrep.taxonomy import SubEventType as S

CAPTURES = frozenset({S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_OVERTAKES_TERRITORY})
TRANSFERS = frozenset({S.NON_VIOLENT_TRANSFER})


def territory_facts(scene: Scene, events: Sequence[Event]) -> Iterator[ControlFact]:
    """Facts of every territory event of the document."""
    for event in events:
        if event.sub_event_type in CAPTURES or event.sub_event_type in TRANSFERS:
            yield from _event_facts(scene, event)


def _event_facts(scene: Scene, event: Event) -> Iterator[ControlFact]:
    roles = _roles(event, acquires=_acquisition(scene, event))
    if not roles:
        return
    trigger = next((e for e in event.evidence if e.role == "trigger"), None)
    sent = _sentence(scene, trigger)
    places, stretches = _places(scene, sent, event)
    dates = _dates(event)
    proof = [e for e in event.evidence if e.role in ("trigger", "actor1", "actor2", "date")]
    for where in places:
        tags, extra = _range_of(where, stretches)
        place_proof = [*proof, *extra, *_place_evidence(where, event)]
        for status, actor, other in roles:
            yield make_fact(
                scene,
                where=where,
                status=status,
                actor=actor,
                counterpart=other,
                dates=dates,
                evidence=place_proof,
                confidence=event.confidence,
                claimed_by=event.claimed_by,
                tags=("territory", *tags),
            )


Role = tuple[Status, str | None, str | None]


def _roles(event: Event, *, acquires: bool = False) -> list[Role]:
    """(status, actor, counterpart) for each side the event changes.

    A capture's first actor takes the place. A non-violent transfer's first actor is the side
    the sentence is about, as ACLED codes it: the leaver of "withdrew from" or "handed over",
    the taker of "took control of" or "established control over" (`acquires`)."""
    taker, other = event.actor1, event.actor2
    if event.sub_event_type in CAPTURES or acquires:
        if taker is not None:
            roles: list[Role] = [(Status.CONTROLS, taker, other)]
            if acquires and other is not None:
                roles.append((Status.WITHDREW, other, taker))
            return roles
        return [(Status.WITHDREW, other, None)] if other is not None else []
    if taker is None:
        return []
    roles = [(Status.WITHDREW, taker, other)]
    if other is not None:
        roles.append((Status.CONTROLS, other, taker))
    return roles


def _acquisition(scene: Scene, event: Event) -> bool:
    """Whether a transfer's first actor gained the place rather than left it: the trigger
    itself says so ("took control of", "established control over"), or the first actor is the
    subject of a verb of gaining in the trigger's sentence ("the army took control of X after
    rebels withdrew", where the trigger is "withdrew")."""
    if event.sub_event_type not in TRANSFERS:
        return False
    trigger = next((e for e in event.evidence if e.role == "trigger"), None)
    span = (
        scene.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if trigger
        else None
    )
    if span is None or not len(span):
        return False
    gaining = scene.cues.words["control_light_verbs"] | scene.cues.words["control_verbs"]
    if any(token.lemma_.lower() in gaining for token in span):
        return True
    actor = next((e for e in event.evidence if e.role == "actor1"), None)
    return actor is not None and any(
        token.lemma_.lower() in gaining and _subject_at(token, actor.start, actor.end)
        for token in span.sent
    )


def _subject_at(verb: Token, start: int, end: int) -> bool:
    """Whether the verb's subject covers the characters start..end."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent"):
            first, last = child.left_edge, child.right_edge
            if first.idx <= start and end <= last.idx + len(last.text):
                return True
    return False


def _sentence(scene: Scene, trigger: Evidence | None) -> SpacySpan | None:
    if trigger is None:
        return None
    span = scene.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span.sent if span is not None and len(span) else None


def _places(
    scene: Scene, sent: SpacySpan | None, event: Event
) -> tuple[list[Toponym | dict[str, Any]], list[Stretch]]:
    """The places the sentence names (with named ranges), else the event's location."""
    if sent is not None:
        stretches = named_ranges(scene, sent)
        named = places_in(scene, sent.start_char, sent.end_char)
        ends = [t for s in stretches for t in (s.first, s.last) if t not in named]
        found: list[Toponym | dict[str, Any]] = [*named, *ends]
        if found:
            return sorted(found, key=_start), stretches
        named = _named_objects(scene, sent, event)
        if named:
            return [*named], []
    if event.location and event.geo_precision in (1, 2):
        return [_event_place(event)], []
    return [], []


def _named_objects(scene: Scene, sent: SpacySpan, event: Event) -> list[Toponym]:
    """A place name the recogniser missed, as the object of the trigger ('recaptured Palmyra')."""
    trigger = next((e for e in event.evidence if e.role == "trigger"), None)
    if trigger is None:
        return []
    span = scene.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return object_places(scene, span.root) if span is not None and len(span) else []


def _start(where: Toponym | dict[str, Any]) -> int:
    return where.start if isinstance(where, Toponym) else 0


def _event_place(event: Event) -> dict[str, Any]:
    return {
        "place": event.location,
        "location": event.location,
        "geonameid": event.geonameid,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "country": event.country,
        "iso3": event.iso3,
        "admin1": event.admin1,
    }


def _range_of(
    where: Toponym | dict[str, Any], stretches: Sequence[Stretch]
) -> tuple[tuple[str, ...], list[Evidence]]:
    for stretch in stretches:
        if where in (stretch.first, stretch.last):
            return (f"range:{stretch.first.text}..{stretch.last.text}",), [stretch.evidence]
    return (), []


def _place_evidence(where: Toponym | dict[str, Any], event: Event) -> list[Evidence]:
    if isinstance(where, Toponym):
        return [Evidence(start=where.start, end=where.end, text=where.text, role="place")]
    return [e for e in event.evidence if e.role in ("location", "location_context")][:1]


def _dates(event: Event) -> DateRange | None:
    if event.date_start is None:
        return None
    start = date.fromisoformat(event.date_start)
    end = date.fromisoformat(event.date_end or event.date_start)
    return DateRange(start=start, end=end, precision=event.time_precision or 3)
