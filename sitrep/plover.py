"""Events as PLOVER JSON records (the Open Event Data Alliance's interchange format), one per line.

Field names follow the PLOVER manual's "JSON Data Fields" chapter: `id`, `date`/`enddate`,
`source`/`recipient` (lists of actor objects), `event`, `mode`, `quad_code`, `event_loc` (a
GeoNames-style location object), `event_text`, `text_info`, `cite_info`. PLOVER invites
providers to add named fields: sitrep adds `dead` (the size field for deaths), `acled` (the
ACLED type, sub-type and CAMEO root), `confidence`, `doc_id` and `tags`. Events whose ACLED
sub-type has no PLOVER category ("Change to group/activity", "Other") are left out and counted.
"""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TextIO

from sitrep.export import ExportResult
from sitrep.model import Event

# PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict.
QUAD_CODES: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
    **dict.fromkeys(("DEMAND", "ACCUSE", "DISAPPROVE", "REJECT", "SANCTION", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "CRIME"), 4),
}

# CAMEO-style sector codes for ACLED's actor types (inter codes 1-8); police are "COP".
SECTORS: dict[int, str] = {1: "MIL", 2: "REB", 3: "UAF", 4: "UAF", 5: "CVL", 6: "CVL", 7: "CVL"}

CODEBOOK = "plover-base (sitrep mapping from ACLED sub-event types)"


def coder_name() -> str:
    """`sitrep X.Y.Z`, the coder identification PLOVER's cite_info asks for."""
    try:
        return f"sitrep {version('sitrep')}"
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "sitrep"


def plover_record(event: Event, *, coder: str = "sitrep") -> dict[str, Any] | None:
    """The PLOVER record of one event; None when its sub-type has no PLOVER category."""
    if not event.plover:
        return None
    category, _, mode = event.plover.partition("/")
    record: dict[str, Any] = {"id": event.event_id, "date": event.event_date or event.date_start}
    if event.date_end and event.date_end != record["date"]:
        record["enddate"] = event.date_end
    record["source"] = _actors(event, event.actor1, event.assoc_actor_1, event.inter1, "actor1")
    recipient = _actors(event, event.actor2, event.assoc_actor_2, event.inter2, "actor2")
    if recipient:
        record["recipient"] = recipient
    record["event"] = [category]
    if mode:
        record["mode"] = mode
    record["quad_code"] = QUAD_CODES.get(category)
    record.update(_location(event))
    record.update(_trigger(event))
    if event.fatalities is not None:
        record["dead"] = event.fatalities
    record["cite_info"] = _cite(event, coder)
    record["acled"] = {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "cameo": event.cameo,
    }
    record["confidence"] = event.confidence
    record["doc_id"] = event.doc_id
    if event.tags:
        record["tags"] = list(event.tags)
    return record


def write_plover(events: Any, out: TextIO) -> ExportResult:
    """PLOVER JSON Lines; `skipped` counts events with no PLOVER category."""
    written = skipped = 0
    coder = coder_name()
    for event in events:
        record = plover_record(event, coder=coder)
        if record is None:
            skipped += 1
            continue
        out.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
        written += 1
    return ExportResult(written, skipped)


def _actors(
    event: Event, name: str | None, assoc: str | None, inter: int | None, role: str
) -> list[dict[str, Any]]:
    if not name:
        return []
    mention = next((e.text for e in event.evidence if e.role == role), None)
    main: dict[str, Any] = {"identifier_text": name}
    if mention:
        main["actor_text"] = mention
    sector = _sector(name, inter)
    if sector:
        main["sector"] = sector
    associated = [{"identifier_text": a.strip()} for a in (assoc or "").split(";") if a.strip()]
    return [main, *associated]


def _sector(name: str, inter: int | None) -> str | None:
    if inter == 1 and name.startswith("Police"):
        return "COP"
    return SECTORS.get(inter) if inter is not None else None


def _location(event: Event) -> dict[str, Any]:
    loc: dict[str, Any] = {}
    for key, value in (
        ("geonameid", event.geonameid),
        ("name", event.location),
        ("latitude", event.latitude),
        ("longitude", event.longitude),
        ("cc3", event.iso3),
        ("country", event.country),
        ("admin1", event.admin1),
        ("admin2", event.admin2),
        ("geo_precision", event.geo_precision),
    ):
        if value is not None:
            loc[key] = value
    return {"event_loc": loc} if loc else {}


def _trigger(event: Event) -> dict[str, Any]:
    trigger = next((e for e in event.evidence if e.role == "trigger"), None)
    if trigger is None:
        return {}
    return {
        "event_text": [trigger.text],
        "text_info": {"start": trigger.start, "end": trigger.end},
    }


def _cite(event: Event, coder: str) -> dict[str, Any]:
    cite: dict[str, Any] = {"coder": coder, "codebook": CODEBOOK}
    if event.source_url:
        cite["url"] = event.source_url
    if event.source:
        cite["publication"] = event.source
    return cite
