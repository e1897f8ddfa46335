"""Recognise and resolve the places in a text; format them as the geo JSON-lines records."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.recognize import recognize
from sitrep.geocode.resolve import resolve_document
from sitrep.model import Span, Toponym


def geoparse(
    text: str,
    entity_spans: Iterable[Span],
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
) -> list[Toponym]:
    """Toponyms of a text, resolved or not; demonyms ("Syrian") only when asked."""
    mentions = recognize(text, entity_spans, gazetteer)
    if not demonyms:
        kept = [m for m in mentions if m.kind == "toponym"]
        context_only = [m for m in mentions if m.kind == "demonym"]
        resolved = resolve_document(text, [*kept, *context_only], gazetteer)
        return resolved[: len(kept)]
    return resolve_document(text, mentions, gazetteer)


def toponym_record(toponym: Toponym) -> dict[str, Any]:
    """One toponym in the geo JSON-lines format."""
    place = toponym.place
    return {
        "start": toponym.start,
        "end": toponym.end,
        "name": toponym.text,
        "lat": place.latitude if place else None,
        "lon": place.longitude if place else None,
        "geonameid": str(place.geonameid) if place and place.geonameid else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "feature": f"{place.feature_class}.{place.feature_code}" if place else None,
        "score": toponym.score,
    }


def geoparse_record(doc_id: str, text: str, toponyms: Iterable[Toponym]) -> dict[str, Any]:
    """`{"id", "text", "toponyms": [...]}`, the format of the geo gold files."""
    return {"id": doc_id, "text": text, "toponyms": [toponym_record(t) for t in toponyms]}


def format_jsonl(doc_id: str, text: str, toponyms: Iterable[Toponym]) -> str:
    return json.dumps(geoparse_record(doc_id, text, toponyms), ensure_ascii=False)
