"""One ControlFact from what a rule found: a place, who, what, when, and the evidence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sitrep.control.model import ControlFact, Status, stable_id
from sitrep.control.scene import Scene, place_fields
from sitrep.model import DateRange, Evidence, Toponym


def make_fact(
    scene: Scene,
    *,
    where: Toponym | dict[str, Any],
    status: Status,
    actor: str | None,
    counterpart: str | None = None,
    dates: DateRange | None,
    until: date | None = None,
    evidence: Sequence[Evidence],
    confidence: float,
    claimed_by: str | None = None,
    tags: Sequence[str] = (),
) -> ControlFact:
    """A fact holding from the start of `dates` (None when only its end is known: `until`)."""
    fields = place_fields(where) if isinstance(where, Toponym) else dict(where)
    if fields.get("country") is None:  # an unresolved name is in the report's country
        fields["country"], fields["iso3"] = scene.country, _iso3(scene)
    document = scene.document
    anchor = where.start if isinstance(where, Toponym) else fields["place"]
    ordered = tuple(sorted(set(evidence), key=lambda e: (e.start, e.end, e.role)))
    return ControlFact(
        fact_id=stable_id(document.doc_id, anchor, status, actor, until),
        doc_id=document.doc_id,
        status=status,
        actor=actor,
        counterpart=counterpart if counterpart != actor else None,
        valid_from=dates.start if dates is not None and until is None else None,
        valid_until=until,
        precision=dates.precision if dates is not None else None,
        observed=scene.observed,
        evidence=ordered,
        confidence=round(confidence - (0.1 if claimed_by else 0.0), 2),
        claimed_by=claimed_by,
        source=document.source,
        tags=tuple(tags),
        **fields,
    )


def _iso3(scene: Scene) -> str | None:
    """The ISO3 code of the report's country, from a place of it the gazetteer resolved."""
    for toponym in scene.places:
        if toponym.place is not None and toponym.place.country == scene.country:
            return toponym.place.iso3
    return None
