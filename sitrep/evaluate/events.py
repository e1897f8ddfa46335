"""Score event extraction against gold ACLED-style records (`sitrep eval events`).

Each gold record is a short text coded as one event. sitrep runs on the text; its first event
(in text order) is compared with the gold fields. Both ACLED schemes are scored: the 2018 nine
types (mapped to the current six) and the current six types with 25 sub-types.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sitrep.errors import EvalError
from sitrep.geocode.resolve import haversine_km as km
from sitrep.model import Document, Event
from sitrep.taxonomy import old_event_types

T = TypeVar("T")

CURRENT = "acled_2019plus_6types"
OLD = "acled_2018_9types"
TERRITORY_OLD = {
    "Battle-Government regains territory": "Government regains territory",
    "Battle-Non-state actor overtakes territory": "Non-state actor overtakes territory",
}
NEAR_KM = 25.0
# The territory changes the 2018 F1 scores (a non-violent transfer is not one of them).
TERRITORY_SUBS = frozenset(TERRITORY_OLD.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRecord:
    """One gold event: its text and the coded fields."""

    record_id: str
    text: str
    gold: dict[str, Any]

    @property
    def schema(self) -> str:
        return str(self.gold.get("schema") or CURRENT)


@dataclass(slots=True)
class Scores:
    """Running counts; `report()` turns them into the printed metrics."""

    n: Counter[str] = field(default_factory=Counter)
    hits: Counter[str] = field(default_factory=Counter)
    sub_pairs: list[tuple[str, str]] = field(default_factory=list)
    territory: list[tuple[str, str]] = field(default_factory=list)

    def add(self, metric: str, ok: bool) -> None:
        self.n[metric] += 1
        self.hits[metric] += int(ok)

    def rate(self, metric: str) -> float | None:
        return round(self.hits[metric] / self.n[metric], 4) if self.n[metric] else None

    def report(self) -> dict[str, Any]:
        out: dict[str, Any] = {m: self.rate(m) for m in sorted(self.n)}
        out["counts"] = dict(sorted(self.n.items()))
        out["sub_event_type_weighted_f1"] = weighted_f1(self.sub_pairs)
        out["sub_event_type_f1"] = per_label_f1(self.sub_pairs)
        out["territory_f1_2018"] = _territory_f1(self.territory)
        return out


def gold_lines(path: Path, parse: Callable[[Path, int, str], T]) -> Iterator[T]:
    """`parse(path, line number, line)` of each non-blank line of a gold JSONL file; an
    unreadable file is an EvalError (a bad line is the parser's to report)."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc.strerror}") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield parse(path, number, line)


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Gold records from a JSONL file; a bad line is an EvalError naming file and line."""
    return gold_lines(path, _gold_record)


def _gold_record(path: Path, number: int, line: str) -> GoldRecord:
    try:
        raw = json.loads(line)
        return GoldRecord(record_id=str(raw["id"]), text=raw["text"], gold=raw["gold"])
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise EvalError(
            f"{path}:{number}: not a gold event record ({exc}); each line needs id, text, gold"
        ) from exc


def as_documents(records: Iterable[GoldRecord], *, outlets: bool = True) -> Iterator[Document]:
    """Gold texts as documents. A coder's note has no publication date; the gold event date
    stands in for it (a report is published on or just after the day it tells of), so that
    relative dates and dated actor names ("Military Forces of Syria (2000-)") can be read.
    The record's `source` (the outlets the note was coded from) is the document's source, as
    a feed's outlet is, unless `outlets` is False."""
    for r in records:
        source = r.gold.get("source") if outlets else None
        yield Document(
            doc_id=r.record_id,
            text=r.text,
            published=_day(r.gold.get("event_date")),
            source=str(source) if source else None,
        )


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def score_record(scores: Scores, record: GoldRecord, events: list[Event], *, places: Any) -> None:
    """Add one record's comparison to the running scores."""
    from sitrep.extract.actors import same_actor

    g = record.gold
    event = events[0] if events else None
    scores.add("detection", event is not None)
    scores.add("event_type", event is not None and _type_ok(g, event))
    if record.schema == CURRENT:
        scores.sub_pairs.append((g["sub_event_type"], event.sub_event_type if event else "NONE"))
    elif g["event_type"] in TERRITORY_OLD or (event and event.sub_event_type in TERRITORY_SUBS):
        gold_t = TERRITORY_OLD.get(g["event_type"], "other")
        scores.territory.append((gold_t, event.sub_event_type if event else "NONE"))
    if g.get("actor1"):
        scores.add("actor1", event is not None and _actor_ok(same_actor, g["actor1"], event.actor1))
    if g.get("actor1") and g.get("actor2"):
        both = event is not None and _both_actors(same_actor, g, event)
        scores.add("both_actors", both)
    _score_place(scores, g, event, record.text, places)
    _score_fatalities(scores, g, event)
    _score_date(scores, g, event, record.text)


COMPARED = (
    "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude",
    "fatalities", "event_date",
)  # fmt: skip


def comparison(record: GoldRecord, events: list[Event], *, places: Any) -> dict[str, Any]:
    """One record's gold and predicted fields side by side, for error analysis."""
    event = events[0].to_dict() if events else {}
    g = record.gold
    return {
        "id": record.record_id,
        "text": record.text,
        "gold": {k: g.get(k) for k in COMPARED},
        "predicted": {k: event.get(k) for k in COMPARED},
        "events": len(events),
        "confidence": events[0].confidence if events else None,
        "schema": record.schema,
        "place_knowable": g.get("latitude") is not None and _knowable(g, record.text, places),
    }


def coded_right(record: GoldRecord, event: Event) -> bool:
    """Whether an event's type and sub-type agree with the gold record (the 2018 schema has no
    sub-types: there the territory changes must agree)."""
    g = record.gold
    if not _type_ok(g, event):
        return False
    if record.schema == CURRENT:
        return bool(event.sub_event_type == g["sub_event_type"])
    return TERRITORY_OLD.get(g["event_type"]) == (
        event.sub_event_type if event.sub_event_type in TERRITORY_SUBS else None
    )


def _type_ok(g: dict[str, Any], event: Event) -> bool:
    if g.get("schema") == OLD:
        try:
            return event.event_type in {t.value for t in old_event_types(g["event_type"])}
        except KeyError:
            return False
    return bool(event.event_type == g["event_type"])


def _actor_ok(same: Any, gold: str, predicted: str | None) -> bool:
    return predicted is not None and bool(same(gold, predicted))


def _both_actors(same: Any, g: dict[str, Any], e: Event) -> bool:
    straight = _actor_ok(same, g["actor1"], e.actor1) and _actor_ok(same, g["actor2"], e.actor2)
    crossed = _actor_ok(same, g["actor1"], e.actor2) and _actor_ok(same, g["actor2"], e.actor1)
    return straight or crossed


def _score_place(
    scores: Scores, g: dict[str, Any], event: Event | None, text: str, places: Any
) -> None:
    if g.get("latitude") is None or g.get("geo_precision") != 1:
        return
    ok = event is not None and event.latitude is not None and event.longitude is not None
    ok = ok and km(g["latitude"], g["longitude"], event.latitude, event.longitude) < NEAR_KM  # type: ignore[union-attr,arg-type]
    scores.add("location_25km", ok)
    key = "location_25km_known" if _knowable(g, text, places) else "location_25km_unknown"
    scores.add(key, ok)


def _knowable(g: dict[str, Any], text: str, places: Any) -> bool:
    """The place is named in the text and the gazetteer holds it within 25 km."""
    name = str(g.get("location") or "").split(" - ")[0].strip()
    if not name or name.lower() not in text.lower():
        return False
    return bool(places(name, g["latitude"], g["longitude"]))


def _score_fatalities(scores: Scores, g: dict[str, Any], event: Event | None) -> None:
    gold = g.get("fatalities")
    if gold is None:
        return
    predicted = (event.fatalities or 0) if event else 0
    scores.add("fatalities_exact", predicted == gold)
    if gold > 0:
        scores.add("fatalities_exact_when_positive", predicted == gold)


def _score_date(scores: Scores, g: dict[str, Any], event: Event | None, text: str) -> None:
    gold = g.get("event_date")
    if not gold or not _states_a_day(text):
        return
    scores.add("date_exact", event is not None and event.event_date == gold)


def _states_a_day(text: str) -> bool:
    from sitrep.time import Kind, find_time_expressions

    found = find_time_expressions(text, published=None)
    return any(t.kind == Kind.ABSOLUTE and t.range and t.range.precision == 1 for t in found)


def weighted_f1(pairs: list[tuple[str, str]]) -> float | None:
    """F1 per gold label, weighted by gold support."""
    if not pairs:
        return None
    per = per_label_f1(pairs)
    support = Counter(g for g, _ in pairs)
    return round(sum(per[label] * n for label, n in support.items()) / len(pairs), 4)


def per_label_f1(pairs: list[tuple[str, str]]) -> dict[str, float]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
        else:
            fn[gold] += 1
            fp[pred] += 1
    labels = {g for g, _ in pairs}
    return {label: _f1(tp[label], fp[label], fn[label]) for label in sorted(labels)}


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def _territory_f1(pairs: list[tuple[str, str]]) -> float | None:
    if not pairs:
        return None
    hits: Counter[str] = Counter()
    for gold, pred in pairs:
        hits["tp"] += int(gold == pred and gold != "other")
        hits["fp"] += int(pred != gold and pred in TERRITORY_SUBS)
        hits["fn"] += int(gold != pred and gold != "other")
    return _f1(hits["tp"], hits["fp"], hits["fn"])
