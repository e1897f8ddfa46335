"""Recognise and resolve the places in a text; format them as the geo JSON-lines records."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import Any

from sitrep.geocode.gazetteer import Gazetteer
from sitrep.geocode.recognize import recognize
from sitrep.geocode.resolve import resolve_document
from sitrep.geocode.venues import venue_only
from sitrep.model import Place, Span, Toponym


def geoparse(
    text: str,
    entity_spans: Iterable[Span],
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
    source_country: str | None = None,
    actor_countries: Collection[str] = (),
    acting_countries: Collection[str] | None = None,
    keep_venues: bool = True,
    theatres: Collection[tuple[str, str]] = (),
) -> list[Toponym]:
    """Toponyms of a text, resolved or not; demonyms ("Syrian") only when asked.
    `source_country` (ISO alpha-2) is the country the report's source says it is about;
    `actor_countries` (ISO alpha-2) the home countries of the actors it names
    (`sitrep.geocode.actorlean.actor_countries`), and its outlet's, a lean towards them;
    `acting_countries` those of them whose reach bounds the readings (`actorlean.
    acting_countries`, `strangers.beyond_reach`; all of `actor_countries` when not given).
    `keep_venues=False` leaves out the places named only as where talks, visits or flights
    happen (`venues.venue_only`): no place of a report's acts, no vote for its country.
    `theatres`: (ISO alpha-2, first-level area) of the provinces the actors fight in
    (`theatres.actor_theatres`), a lean among same-name places."""
    mentions = recognize(text, entity_spans, gazetteer)
    if not keep_venues:
        mentions = [m for m in mentions if not venue_only(text, m.start, m.end)]
    source = frozenset({source_country} if source_country else ())
    lean = frozenset(actor_countries)
    actors = lean if acting_countries is None else frozenset(acting_countries)
    fought = frozenset(theatres)
    if not demonyms:
        kept = [m for m in mentions if m.kind == "toponym"]
        context_only = [m for m in mentions if m.kind == "demonym"]
        both = [*kept, *context_only]
        resolved = resolve_document(
            text, both, gazetteer, source=source, lean=lean, actors=actors, theatres=fought
        )
        return one_sense_per_document(text, resolved[: len(kept)])
    resolved = resolve_document(
        text, mentions, gazetteer, source=source, lean=lean, actors=actors, theatres=fought
    )
    return one_sense_per_document(text, resolved)


def one_sense_per_document(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """A name means one place throughout a report: when one mention of "Deir ez-Zor" is
    shown to be the province ("the deserts of Deir ez-Zor") and another was read as its
    namesake town, the province holds for every mention of that name not marked as the
    town ("Deir ez-Zor city")."""
    areas: dict[str, Place] = {}
    for t in toponyms:
        if t.place is not None and t.place.is_area and t.place.feature_code.startswith("ADM"):
            areas.setdefault(t.text.casefold(), t.place)
    return [_as_area(text, t, areas.get(t.text.casefold())) for t in toponyms]


def _as_area(text: str, toponym: Toponym, area: Place | None) -> Toponym:
    place = toponym.place
    if area is None or place is None or place.is_area or place.country != area.country:
        return toponym
    if re.match(r"\s+(city|town)\b", text[toponym.end : toponym.end + 8], re.IGNORECASE):
        return toponym
    after = text[toponym.end : toponym.end + len(toponym.text) + 3]
    if after.startswith((f" ({toponym.text}", f", {toponym.text}")):
        return toponym  # "in Cordoba (Cordoba)": the town, then its province
    return replace(toponym, place=area)


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
