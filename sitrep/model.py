"""Typed records that flow between pipeline stages.

Every record is a frozen dataclass with slots and keyword-only fields. spaCy objects never
appear here: stages exchange offsets into the document text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

EVENT_FIELDS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "source",
    "source_url",
    "event_date",
    "date_start",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
    "fatalities",
    "notes",
    "evidence",
    "confidence",
    "claimed_by",
    "tags",
    "plover",
    "cameo",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One report as read from its source."""

    doc_id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    country: str | None = None  # what the source says the report is about (name or ISO code)

    @property
    def content_hash(self) -> str:
        """Identity of a document: its text and its source, so re-reads add nothing."""
        key = f"{self.source or ''}\x00{self.text}".encode()
        return hashlib.sha256(key).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """A document that a stage could not process; the batch goes on."""

    doc_id: str
    stage: str
    reason: str
    path: str | None = None

    def line(self) -> str:
        where = self.path or self.doc_id
        return f"{where}: {self.stage}: {self.reason}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of document text with a label (an entity, a trigger, a number...)."""

    start: int
    end: int
    text: str
    label: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Where in the document one field of an event comes from."""

    start: int
    end: int
    text: str
    role: str
    doc_id: str | None = None  # set on a merged event: the report these offsets point into


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A gazetteer entry."""

    geonameid: int | None
    name: str
    latitude: float | None
    longitude: float | None
    country_code: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str = "P"
    feature_code: str = "PPL"
    population: int = 0

    @property
    def is_area(self) -> bool:
        """A country, province or district rather than a town."""
        return self.feature_class == "A"


@dataclass(frozen=True, slots=True, kw_only=True)
class Toponym:
    """A place mention in a text and what it resolved to (None = unresolved)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    sentence: str = ""

    @property
    def resolved(self) -> bool:
        return self.place is not None and self.place.latitude is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRange:
    """The days an event may have happened on, with ACLED's time precision code."""

    start: date
    end: date
    precision: int
    evidence: Span | None = None

    @property
    def best_day(self) -> date | None:
        return self.start if self.start == self.end else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A resolved actor: canonical name and ACLED actor type (inter code 1-8)."""

    name: str
    inter: int
    country: str | None = None
    wikidata: str | None = None
    framing: str | None = None
    mention: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One coded event: the contract of DESIGN.md section 3."""

    event_id: str
    doc_id: str
    source: str | None = None
    source_url: str | None = None
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    notes: str = ""
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    claimed_by: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    plover: str | None = None
    cameo: str | None = None
    sources: tuple[str, ...] = ()  # a merged event: the doc_ids of every report behind it
    outlets: int | None = None  # a merged event: how many independent outlets report it

    def dated_as(self, other: Event) -> Event:
        """The same event on the other event's days (date, range and precision)."""
        return replace(
            self,
            event_date=other.event_date,
            date_start=other.date_start,
            date_end=other.date_end,
            time_precision=other.time_precision,
        )

    def sides_swapped(self) -> Event:
        """The same event told from the other side: actor, interaction code and associated
        actor of side 1 and side 2 exchanged (evidence and notes unchanged)."""
        return replace(
            self,
            actor1=self.actor2,
            assoc_actor_1=self.assoc_actor_2,
            inter1=self.inter2,
            actor2=self.actor1,
            assoc_actor_2=self.assoc_actor_1,
            inter2=self.inter1,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the contract, fields in contract order.

        A merged event (one with `sources`) adds `sources` and `outlets` after the contract
        fields; evidence objects carry `doc_id` only when it is set.
        """
        raw = asdict(self)
        raw["evidence"] = [_evidence_dict(e) for e in raw["evidence"]]
        raw["tags"] = list(raw["tags"])
        out = {name: raw[name] for name in EVENT_FIELDS}
        if self.sources:
            out["sources"] = list(self.sources)
            out["outlets"] = self.outlets
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        values: dict[str, Any] = {k: data.get(k) for k in EVENT_FIELDS if k in data}
        values["evidence"] = tuple(Evidence(**e) for e in data.get("evidence") or ())
        values["tags"] = tuple(data.get("tags") or ())
        if values.get("notes") is None:
            values["notes"] = ""
        if values.get("confidence") is None:
            values["confidence"] = 0.5
        values["sources"] = tuple(data.get("sources") or ())
        values["outlets"] = data.get("outlets")
        return cls(**values)


def _evidence_dict(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k != "doc_id" or v is not None}


def event_id_for(doc_id: str, offsets: list[tuple[int, int]]) -> str:
    """Stable id: hash of the document id and the evidence offsets."""
    key = doc_id + "|" + ";".join(f"{s}-{e}" for s, e in sorted(offsets))
    return hashlib.sha1(key.encode()).hexdigest()[:16]
