"""The same event told by several reports -> one event listing every source, as pure functions.

`same_event` decides whether two coded events (from different documents) describe one event:
same event type, compatible actors, overlapping dates (with a day of slack for reporting lag),
and the same place (a few km apart, the same named place, or a town inside the province the
other report names). `fold` turns the reports of one event into one event. The store keeps the
clusters (sitrep.store.clusters).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sitrep.model import Event, Evidence

_PERIOD = re.compile(r"\s*\(\d{4}-(\d{4})?\)")
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_PREFIX = re.compile(r"^[^\s:]{1,12}: ")
_WEAK_ACTORS = ("unidentified",)
_GOVERNMENT = re.compile(r"^(?P<kind>military forces|police forces|government) of (?P<state>.+)$")
_EARTH_KM = 6371.0088


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeRules:
    """How close two reports must be to count as one event."""

    max_km: float = 10.0  # two resolved towns at most this far apart
    day_slack: int = 1  # date ranges may miss each other by this many days (reporting lag)


DEFAULT_RULES = MergeRules()


def same_event(a: Event, b: Event, *, rules: MergeRules = DEFAULT_RULES) -> bool:
    """Whether two events from different documents are one event reported twice."""
    return a.doc_id != b.doc_id and compatible(a, b, rules=rules)


def compatible(a: Event, b: Event, *, rules: MergeRules = DEFAULT_RULES) -> bool:
    """Same type, compatible actors, overlapping dates, same place (whatever the documents)."""
    if a.event_type != b.event_type:
        return False
    return (
        actors_compatible(a, b) and dates_compatible(a, b, rules=rules) and same_place(a, b, rules)
    )


def actors_compatible(a: Event, b: Event) -> bool:
    """No side names a different actor than the other report.

    Sides may be swapped ("clashes between X and Y") when a named actor shows the swap.
    """
    if _fits(a.actor1, b.actor1) and _fits(a.actor2, b.actor2):
        return True
    crossed = _fits(a.actor1, b.actor2) and _fits(a.actor2, b.actor1)
    return crossed and (_named_same(a.actor1, b.actor2) or _named_same(a.actor2, b.actor1))


def dates_compatible(a: Event, b: Event, *, rules: MergeRules = DEFAULT_RULES) -> bool:
    """The date ranges overlap, allowing `rules.day_slack` days; an undated report fits none."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return False
    slack = timedelta(days=rules.day_slack)
    return ra[0] - slack <= rb[1] and rb[0] - slack <= ra[1]


def same_place(a: Event, b: Event, rules: MergeRules = DEFAULT_RULES) -> bool:
    """Same country, and the same named place, nearby points, or a town in the other's province."""
    if a.country and b.country and a.country.casefold() != b.country.casefold():
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if _name(a.location) and _name(a.location) == _name(b.location):
        return True
    coarse = [e for e in (a, b) if (e.geo_precision or 1) >= 3]
    if coarse:
        return _province_contains(a, b)
    km = distance_km(a, b)
    if km is None:
        return _province_contains(a, b) if a.location or b.location else True
    return km <= rules.max_km


def distance_km(a: Event, b: Event) -> float | None:
    """Great-circle distance between two events' points, or None when one has no point."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp, dl = p2 - p1, math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def date_range(event: Event) -> tuple[date, date] | None:
    """The (first, last) day an event may have happened on, or None when undated or unreadable."""
    first = _day(event.date_start) or _day(event.event_date) or _day(event.date_end)
    last = _day(event.date_end) or _day(event.event_date) or first
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (last, first)


def fold(events: Sequence[Event]) -> Event:
    """One event from the reports of it, in the order they were stored (the first gives the id).

    A single report comes back unchanged (no `sources`, `outlets` None). Otherwise it
    keeps every source's evidence (tagged with its doc_id), the lowest fatality figure given,
    the tightest date range, the most precise place, a named actor over an unidentified one.
    """
    if not events:
        raise ValueError("fold needs at least one event")
    head = events[0]
    if len(events) == 1:
        return head  # one report: nothing merged, the event as coded
    aligned = [head, *(_align(head, e) for e in events[1:])]
    placed = min(aligned, key=lambda e: e.geo_precision or 4)
    return replace(
        head,
        source=_joined(e.source for e in aligned),
        sub_event_type=_most_common([e.sub_event_type for e in aligned]),
        fatalities=min((e.fatalities for e in aligned if e.fatalities is not None), default=None),
        evidence=tuple(e for ev in aligned for e in _own_evidence(ev)),
        confidence=max(e.confidence for e in aligned),
        claimed_by=head.claimed_by if all(e.claimed_by for e in aligned) else None,
        tags=tuple(dict.fromkeys(t for e in aligned for t in e.tags)),
        sources=tuple(dict.fromkeys(e.doc_id for e in aligned)),
        outlets=outlets(aligned),
        **_actors(aligned),
        **_place(placed),
        **_dates(aligned),
    )


def outlets(events: Sequence[Event]) -> int:
    """How many independent outlets report the events: distinct sources, else distinct documents."""
    return len({_name(e.source) or f"\x00{e.doc_id}" for e in events})


# ------------------------------------------------------------------ helpers


def actor_base(name: str | None) -> str | None:
    """A comparable form of an actor name: no period (nor a unit after it), country qualifier,
    "ABBR: " prefix, case or 'the'."""
    if not name:
        return None
    period = _PERIOD.search(name)
    base = name[: period.start()] if period else name  # a sub-unit after the period: the force
    base = _QUALIFIER.sub("", _PREFIX.sub("", base))
    base = re.sub(r"\bthe\s+", "", base, flags=re.IGNORECASE)
    return re.sub(r"[-‐'’\s]+", " ", base.casefold()).strip() or None


def _weak(name: str | None) -> bool:
    base = actor_base(name)
    return base is None or base.startswith(_WEAK_ACTORS)


def _same_side(x: str | None, y: str | None) -> bool:
    """Same actor, or a government and its own forces ("government warplanes", "the army")."""
    bx, by = actor_base(x), actor_base(y)
    if bx == by:
        return True
    gx, gy = _GOVERNMENT.match(bx or ""), _GOVERNMENT.match(by or "")
    if gx and gy:
        return gx["state"] == gy["state"] and "government" in (gx["kind"], gy["kind"])
    return False


def _named_same(x: str | None, y: str | None) -> bool:
    return not _weak(x) and _same_side(x, y)


def _fits(x: str | None, y: str | None) -> bool:
    return _weak(x) or _weak(y) or _same_side(x, y)


def _name(value: str | None) -> str | None:
    return " ".join(value.casefold().split()) or None if value else None


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _province_contains(a: Event, b: Event) -> bool:
    return bool(a.admin1) and _name(a.admin1) == _name(b.admin1)


def _align(head: Event, other: Event) -> Event:
    """`other` with its actor sides swapped when that is how it matches `head`."""
    straight = _fits(head.actor1, other.actor1) and _fits(head.actor2, other.actor2)
    if straight or not actors_compatible(head, other):
        return other
    return other.sides_swapped()


def _actors(events: Sequence[Event]) -> dict[str, Any]:
    side1 = _strongest(events, "actor1")
    side2 = _strongest(events, "actor2")
    return {
        "actor1": side1.actor1,
        "assoc_actor_1": side1.assoc_actor_1,
        "inter1": side1.inter1,
        "actor2": side2.actor2,
        "assoc_actor_2": side2.assoc_actor_2,
        "inter2": side2.inter2,
    }


def _strongest(events: Sequence[Event], field: str) -> Event:
    """The first event naming this side's actor, preferring a named actor to a generic one."""
    named = [e for e in events if not _weak(getattr(e, field))]
    known = [e for e in events if getattr(e, field)]
    return (named or known or list(events))[0]


_PLACE_FIELDS = (
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
)


def _place(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in _PLACE_FIELDS}


def _dates(events: Sequence[Event]) -> dict[str, Any]:
    """The tightest range all reports allow; when they do not overlap, the most precise one."""
    ranges = [r for r in (date_range(e) for e in events) if r is not None]
    if not ranges:
        head = events[0]
        return {"event_date": head.event_date, "date_start": head.date_start}
    first, last = max(r[0] for r in ranges), min(r[1] for r in ranges)
    if first > last:
        first, last = min(ranges, key=lambda r: (r[1] - r[0], ranges.index(r)))
    width = (last - first).days
    precision = 1 if width == 0 else 2 if width <= 7 else 3
    return {
        "event_date": first.isoformat() if width == 0 else None,
        "date_start": first.isoformat(),
        "date_end": last.isoformat(),
        "time_precision": precision,
    }


def _joined(values: Iterable[str | None]) -> str | None:
    seen: dict[str, str] = {}
    for value in values:
        key = _name(value)
        if value and key and key not in seen:
            seen[key] = value
    return "; ".join(seen.values()) or None


def _most_common(values: list[str]) -> str:
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def _own_evidence(event: Event) -> tuple[Evidence, ...]:
    return tuple(replace(e, doc_id=e.doc_id or event.doc_id) for e in event.evidence)
