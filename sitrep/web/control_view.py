"""The situation picture shaped for the web: GeoJSON features, timelines with the report
excerpts behind each fact, and the span of dates the stored facts cover."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from sitrep.control.model import ControlFact, Period, PlaceRef, PlaceState, Timeline
from sitrep.store.connection import translate_errors

if TYPE_CHECKING:
    from sitrep.model import Document
    from sitrep.store import Store

EXCERPT_REACH = 240  # characters at most on each side of a fact's evidence
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")

DATE_SPAN_SQL = (
    "SELECT MIN(day), MAX(day) FROM ("
    "SELECT valid_from AS day FROM control_facts UNION ALL "
    "SELECT valid_until FROM control_facts UNION ALL "
    "SELECT observed FROM control_facts) AS days WHERE day IS NOT NULL"
)
COUNT_SQL = "SELECT COUNT(*), COUNT(DISTINCT place_key) FROM control_facts"


def feature_collection(
    states: Sequence[PlaceState], *, shape: Callable[[PlaceState], dict[str, Any]]
) -> dict[str, Any]:
    """RFC 7946 FeatureCollection of places and their state (`shape` gives the properties);
    unresolved places keep a null geometry (as `sitrep control --format geojson` does)."""
    return {"type": "FeatureCollection", "features": [_feature(s, shape) for s in states]}


def _feature(state: PlaceState, shape: Callable[[PlaceState], dict[str, Any]]) -> dict[str, Any]:
    place = state.place
    geometry = (
        {"type": "Point", "coordinates": [place.longitude, place.latitude]}
        if place.resolved
        else None
    )
    return {
        "type": "Feature",
        "id": place.key,
        "geometry": geometry,
        "properties": shape(state),
    }


def state_dict(state: PlaceState) -> dict[str, Any]:
    """A place's state as `PlaceState.to_dict()` gives it, with the path of its timeline."""
    return {**state.to_dict(), "timeline": timeline_link(state.place)}


def compact_state(state: PlaceState) -> dict[str, Any]:
    """The same without evidence; disputed facts by id, report, source, actor and status."""
    shown = state_dict(state)
    del shown["evidence"]
    shown["disputed"] = [
        {k: f[k] for k in ("fact_id", "doc_id", "source", "actor", "status", "claimed_by")}
        for f in shown["disputed"]
    ]
    return shown


def date_span(store: Store) -> dict[str, Any]:
    """The earliest and latest date any stored fact gives, and how many facts and places."""
    with translate_errors(store.name):
        earliest, latest = store.connection.execute(DATE_SPAN_SQL).fetchone()
        facts, places = store.connection.execute(COUNT_SQL).fetchone()
    return {"earliest": earliest, "latest": latest, "facts": facts, "places": places}


def timelines_with_reports(store: Store, lines: Sequence[Timeline]) -> list[dict[str, Any]]:
    """Each timeline with its periods' facts in full (supporting and disputed), each with
    its report's title, date and the sentence its evidence points into."""
    documents: dict[str, Document | None] = {}

    def report(doc_id: str) -> Document | None:
        if doc_id not in documents:
            documents[doc_id] = store.document(doc_id)
        return documents[doc_id]

    return [_timeline(line, report) for line in lines]


def _timeline(line: Timeline, report: Callable[[str], Document | None]) -> dict[str, Any]:
    return {
        **line.place.to_dict(),
        "key": line.place.key,
        "periods": [_period(p, report) for p in line.periods],
    }


def _period(period: Period, report: Callable[[str], Document | None]) -> dict[str, Any]:
    return {
        **period.to_dict(),
        "facts": [_fact(f, report(f.doc_id)) for f in period.facts],
        "disputed": [_fact(f, report(f.doc_id)) for f in period.disputed],
    }


def _fact(fact: ControlFact, document: Document | None) -> dict[str, Any]:
    shown = fact.to_dict()
    if document is None:
        return {**shown, "report": None}
    return {
        **shown,
        "report": {
            "title": document.title,
            "published": document.published.isoformat() if document.published else None,
            "url": document.url,
            "excerpt": excerpt(document.text, fact),
        },
    }


def excerpt(text: str, fact: ControlFact) -> dict[str, Any] | None:
    """The sentence(s) around a fact's evidence: {"start": offset in the report, "text"}."""
    spans = [e for e in fact.evidence if 0 <= e.start <= e.end <= len(text)]
    if not spans:
        return None
    low = min(e.start for e in spans)
    high = max(e.end for e in spans)
    start = _sentence_start(text, low)
    end = _sentence_end(text, high)
    return {"start": start, "text": text[start:end]}


def _sentence_start(text: str, offset: int) -> int:
    floor = max(0, offset - EXCERPT_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, offset)]
    start = ends[-1] if ends else floor
    while start < offset and text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, offset: int) -> int:
    ceiling = min(len(text), offset + EXCERPT_REACH)
    found = _SENTENCE_END.search(text, offset, ceiling)
    if found is None:
        return ceiling
    return found.end() if found.group() != "\n" else found.start()


def timeline_link(place: PlaceRef) -> str:
    """The API path of this place's timeline: by geonameid (exactly this place), else name."""
    named = str(place.geonameid) if place.geonameid is not None else place.name
    return "/api/control/timeline?" + urlencode({"place": named})
