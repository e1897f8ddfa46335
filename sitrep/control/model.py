"""Records of the situation picture: control facts, operations, and the resolved states.

Frozen dataclasses with slots and keyword-only fields, like sitrep.model; dates are
`datetime.date`, offsets point into the document text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sitrep.model import Evidence


class Status(StrEnum):
    """What an actor does at a place (compares equal to its string value)."""

    CONTROLS = "controls"
    CONTESTS = "contests"
    BESIEGES = "besieges"
    BESIEGED_IN = "besieged_in"
    WITHDREW = "withdrew"


@dataclass(frozen=True, slots=True, kw_only=True)
class ControlFact:
    """One statement of who holds, contests, besieges or left a place, from one document.

    `place` is the name as written; `location` and the coordinates come from the gazetteer and
    are None when the name is unresolved (the fact is kept, flagged by `resolved`). `actor` is
    None when the text names nobody ("the town was besieged"); `counterpart` is the other side
    (who is besieged, from whom a place was taken). The fact holds from `valid_from` (known to
    `precision`, ACLED's 1 day / 2 week / 3 month) until `valid_until` (None: until a later
    fact says otherwise); `observed` is the report's own date.
    """

    fact_id: str
    doc_id: str
    place: str
    status: Status
    actor: str | None = None
    counterpart: str | None = None
    location: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    precision: int | None = None
    observed: date | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    claimed_by: str | None = None
    source: str | None = None
    operation: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def place_key(self) -> str:
        """Identity of the place across documents: gazetteer id, else the folded name."""
        return place_key(self.geonameid, self.place)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "doc_id": self.doc_id,
            "source": self.source,
            "place": self.place,
            "location": self.location,
            "resolved": self.resolved,
            "geonameid": self.geonameid,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country,
            "iso3": self.iso3,
            "admin1": self.admin1,
            "actor": self.actor,
            "status": str(self.status),
            "counterpart": self.counterpart,
            "valid_from": _iso(self.valid_from),
            "valid_until": _iso(self.valid_until),
            "precision": self.precision,
            "observed": _iso(self.observed),
            "evidence": [_evidence_dict(e) for e in self.evidence],
            "confidence": self.confidence,
            "claimed_by": self.claimed_by,
            "operation": self.operation,
            "tags": list(self.tags),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Operation:
    """A named military operation a report mentions: when it was launched, how many fronts."""

    operation_id: str
    doc_id: str
    name: str
    actor: str | None = None
    launched: date | None = None
    precision: int | None = None
    fronts: int | None = None
    evidence: tuple[Evidence, ...] = ()
    claimed_by: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "doc_id": self.doc_id,
            "source": self.source,
            "name": self.name,
            "actor": self.actor,
            "launched": _iso(self.launched),
            "precision": self.precision,
            "fronts": self.fronts,
            "evidence": [_evidence_dict(e) for e in self.evidence],
            "claimed_by": self.claimed_by,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRef:
    """A place of the situation picture: the name, and the gazetteer entry when resolved."""

    key: str
    name: str
    location: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None

    @property
    def resolved(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.name,
            "location": self.location,
            "resolved": self.resolved,
            "geonameid": self.geonameid,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country,
            "iso3": self.iso3,
            "admin1": self.admin1,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """One stretch of a place's timeline with a single state.

    `status` is "besieged", "contested", "controlled", "withdrawn" (the holder left, nobody
    named took over) or "unknown". `facts` support the state; `disputed` are facts from other
    sources that said otherwise for the same time and lost (by date precision, then number of
    independent sources, then confidence): shown, not hidden.
    """

    start: date | None
    end: date | None
    status: str
    controller: str | None = None
    besieger: str | None = None
    besieged: str | None = None
    contested_by: tuple[str, ...] = ()
    facts: tuple[ControlFact, ...] = ()
    disputed: tuple[ControlFact, ...] = ()
    sources: int = 0
    confidence: float = 0.0

    def covers(self, day: date) -> bool:
        starts = self.start is None or self.start <= day
        return starts and (self.end is None or day <= self.end)

    @property
    def actors(self) -> tuple[str, ...]:
        named = (self.controller, self.besieger, self.besieged, *self.contested_by)
        return tuple(dict.fromkeys(a for a in named if a))

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": _iso(self.start),
            "end": _iso(self.end),
            "status": self.status,
            "controller": self.controller,
            "besieger": self.besieger,
            "besieged": self.besieged,
            "contested_by": list(self.contested_by),
            "sources": self.sources,
            "confidence": self.confidence,
            "facts": [f.fact_id for f in self.facts],
            "disputed": [f.to_dict() for f in self.disputed],
            "evidence": [
                {"doc_id": f.doc_id, **_evidence_dict(e)} for f in self.facts for e in f.evidence
            ],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """A place's control states over time, earliest first."""

    place: PlaceRef
    periods: tuple[Period, ...]

    def at(self, day: date) -> Period | None:
        for period in self.periods:
            if period.covers(day):
                return period
        return None

    def to_dict(self) -> dict[str, Any]:
        return {**self.place.to_dict(), "periods": [p.to_dict() for p in self.periods]}


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceState:
    """A place and its state on one day; `last_seen` is the latest report date behind it."""

    place: PlaceRef
    period: Period
    at: date
    last_seen: date | None = None

    def to_dict(self) -> dict[str, Any]:
        period = self.period.to_dict()
        return {
            **self.place.to_dict(),
            "at": self.at.isoformat(),
            "last_seen": _iso(self.last_seen),
            **{k: v for k, v in period.items()},
        }


def place_key(geonameid: int | None, name: str) -> str:
    """'g:<geonameid>' for a resolved place, else 'n:<folded name>' (transliterations meet)."""
    if geonameid is not None:
        return f"g:{geonameid}"
    from sitrep.geocode.fold import loose_key

    return f"n:{loose_key(name) or name.casefold()}"


def stable_id(*parts: object) -> str:
    key = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "text": e.text, "role": e.role}
