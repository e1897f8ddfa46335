"""Event filters -> parametrised SQL, as pure functions.

Values always travel as parameters; only names from fixed tables are written into the SQL.
The SQL calls two functions the Store registers on its connection: `sitrep_icontains(haystack,
needle)` (case-insensitive substring, Unicode-aware) and `sitrep_km(lat1, lon1, lat2, lon2)`
(great-circle distance).

By default queries read the `clusters` table (one row per merged event); with
`EventQuery.unmerged` they read `events` (one row per report). Both have the same columns.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.errors import InputError
from sitrep.model import EVENT_FIELDS
from sitrep.store.dbapi import NO_LIMIT
from sitrep.store.text_search import SQLITE, TextSearch

EVENT_COLUMNS: tuple[str, ...] = tuple(f for f in EVENT_FIELDS if f not in ("evidence", "tags"))
KM_PER_DEGREE = 111.195

ORDERINGS: dict[str, str] = {
    "event_date": "COALESCE(e.event_date, e.date_start)",
    "date_start": "e.date_start",
    "date_end": "e.date_end",
    "fatalities": "e.fatalities",
    "confidence": "e.confidence",
    "event_id": "e.event_id",
    "country": "e.country",
    "event_type": "e.event_type",
    "added": "e.id",
}
_NEVER_NULL = frozenset({"confidence", "event_id", "event_type", "added"})
_DAY = ORDERINGS["event_date"]
RARE_DEATH_TOLL = 10  # at least this many deaths: few events, read them through the index

Clause = tuple[str, list[object]]


@dataclass(frozen=True, slots=True)
class _Target:
    table: str
    coords: str
    in_documents: str  # rows whose report(s) are in the document rowids {docs}; {e} is "e."


_EVENTS = _Target("events", "event_coords", "{e}document_id IN ({docs})")
_CLUSTERS = _Target(
    "clusters",
    "cluster_coords",
    "{e}id IN (SELECT m.cluster FROM cluster_members AS m JOIN events AS x ON x.id = m.event "
    "WHERE x.document_id IN ({docs}))",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """What `Store.events` filters on. None means "any"; all filters combine with AND.

    bbox is (west, south, east, north) in degrees, as in GeoJSON; west > east crosses the
    antimeridian. near is (latitude, longitude, km). order_by is a key of ORDERINGS,
    prefixed with "-" for descending. Merged events are returned unless `unmerged`; with
    `unmerged`, `event_id` selects every report behind the merged event of that id.
    """

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    since: date | None = None
    until: date | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    near: tuple[float, float, float] | None = None
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    min_confidence: float | None = None
    source: str | None = None
    text: str | None = None
    event_id: str | None = None
    unmerged: bool = False
    limit: int | None = None
    offset: int = 0
    order_by: str = "event_date"


@dataclass(frozen=True, slots=True, kw_only=True)
class Names:
    """What the Store looks up before querying: the stored names an actor or source filter
    stands for, and how far a sort day may lie from an event's first and last day.

    None = not looked up: the filter falls back to a substring match on the columns; date
    filters do not bound the sort day (correct, but they cannot use its index).
    """

    actors: Sequence[str] | None = None
    sources: Sequence[str] | None = None
    reach: int | None = None  # the most days any row's sort day lies from its first/last day


def build_event_sql(
    query: EventQuery,
    *,
    names: Names | None = None,
    in_order: bool | None = None,
    search: TextSearch = SQLITE,
) -> Clause:
    """SELECT rowid and the event columns of every event matching `query`, ordered and paged.

    `in_order` says how SQLite should run it: read rows in sort order (through the sort key's
    index) and stop at the page, or find the matching rows through the filters' indexes and
    sort them. The Store decides by counting matches (sitrep.store.plan); None guesses from
    which filters are set.
    """
    target = _EVENTS if query.unmerged else _CLUSTERS
    names = names or Names()
    scan = not _selective(query) if in_order is None else in_order
    where, params = _where(query, target, names, scan=scan, search=search)
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    order = _order(query, by_index=scan, dated=bool(day_bounds(query, names.reach)))
    sql = f"SELECT e.id, {columns} FROM {target.table} AS e WHERE {where} ORDER BY {order}"
    sql += " LIMIT ? OFFSET ?"
    return sql, params + _page(query)


def _where(
    q: EventQuery, target: _Target, names: Names, *, scan: bool, search: TextSearch
) -> Clause:
    e = "+e." if scan else "e."  # "+": SQLite may not use that column's index
    clauses = [c for c in _clauses(q, target, names, e, search) if c is not None]
    clauses += day_bounds(q, names.reach)
    where = " AND ".join(sql for sql, _ in clauses) or "1 = 1"
    return where, [p for _, ps in clauses for p in ps]


def _clauses(
    q: EventQuery, target: _Target, names: Names, e: str, search: TextSearch
) -> list[Clause | None]:
    return [
        _country(q.country, e),
        _equal(f"{e}admin1", q.admin1),
        _equal(f"{e}event_type", q.event_type),
        _equal(f"{e}sub_event_type", q.sub_event_type),
        since_clause(q.since),
        until_clause(q.until),
        _actor(q.actor, names.actors, e, target.table),
        _bbox(q.bbox, target.coords, e),
        _near(q.near, target.coords, e),
        _at_least(f"{e}fatalities", q.min_fatalities),
        _at_most(f"{e}fatalities", q.max_fatalities),
        _at_least(f"{e}confidence", q.min_confidence),
        _source(q.source, names.sources, e),
        _text(q.text, target, e, search),
        _event_id(q.event_id, e, unmerged=q.unmerged),
    ]


def _equal(column: str, value: str | None) -> Clause | None:
    return None if value is None else (f"{column} = ? COLLATE NOCASE", [value])


def _country(value: str | None, e: str) -> Clause | None:
    if value is None:
        return None
    return f"({e}country = ? COLLATE NOCASE OR {e}iso3 = ? COLLATE NOCASE)", [value, value]


def since_clause(day: date | None) -> Clause | None:
    if day is None:
        return None
    return "COALESCE(e.date_end, e.event_date, e.date_start) >= ?", [day.isoformat()]


def until_clause(day: date | None) -> Clause | None:
    if day is None:
        return None
    return "COALESCE(e.date_start, e.event_date, e.date_end) <= ?", [day.isoformat()]


_ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def _actor(name: str | None, known: Sequence[str] | None, e: str, table: str) -> Clause | None:
    if name is None:
        return None
    if known is None:
        sql = " OR ".join(f"sitrep_icontains({e}{c}, ?)" for c in _ACTOR_COLUMNS)
        return f"({sql})", [name] * len(_ACTOR_COLUMNS)
    if not known:
        return "1 = 0", []
    marks = ", ".join("?" * len(known))
    values: list[object] = [v for _ in _ACTOR_COLUMNS for v in known]
    if e.startswith("+"):
        return "(" + " OR ".join(f"{e}{c} IN ({marks})" for c in _ACTOR_COLUMNS) + ")", values
    each = " UNION ".join(f"SELECT id FROM {table} WHERE {c} IN ({marks})" for c in _ACTOR_COLUMNS)
    return f"e.id IN ({each})", values


def _source(name: str | None, known: Sequence[str] | None, e: str) -> Clause | None:
    if name is None:
        return None
    if known is None:
        return _contains(f"{e}source", name)
    if not known:
        return "1 = 0", []
    return f"{e}source IN ({', '.join('?' * len(known))})", list(known)


def _event_id(value: str | None, e: str, *, unmerged: bool) -> Clause | None:
    if value is None:
        return None
    if not unmerged:
        return f"{e}event_id = ?", [value]
    members = (
        "SELECT m.event FROM cluster_members AS m JOIN clusters AS c ON c.id = m.cluster "
        "WHERE c.event_id = ?"
    )
    return f"({e}event_id = ? OR {e}id IN ({members}))", [value, value]


def _contains(column: str, value: str | None) -> Clause | None:
    return None if value is None else (f"sitrep_icontains({column}, ?)", [value])


def _at_least(column: str, value: float | None) -> Clause | None:
    return None if value is None else (f"{column} >= ?", [value])


def _at_most(column: str, value: float | None) -> Clause | None:
    return None if value is None else (f"{column} <= ?", [value])


def _bbox(
    bbox: tuple[float, float, float, float] | None, coords: str, e: str = "e."
) -> Clause | None:
    if bbox is None:
        return None
    west, south, east, north = check_bbox(bbox)
    joiner = "AND" if west <= east else "OR"  # west > east: the box crosses the antimeridian
    candidates = (
        f"SELECT id FROM {coords} WHERE (max_lon >= ? {joiner} min_lon <= ?) "
        "AND max_lat >= ? AND min_lat <= ?"
    )
    exact = f"({e}longitude >= ? {joiner} {e}longitude <= ?) AND {e}latitude BETWEEN ? AND ?"
    params: list[object] = [west, east, south, north]
    return f"{e}id IN ({candidates}) AND {exact}", params + params


def check_bbox(bbox: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """(west, south, east, north) in range, or InputError saying what is wrong."""
    west, south, east, north = (float(v) for v in bbox)
    if not (-90 <= south <= north <= 90):
        raise InputError(
            f"bounding box {bbox}: latitudes must satisfy -90 <= south <= north <= 90; "
            "give it as west,south,east,north"
        )
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise InputError(f"bounding box {bbox}: longitudes must be between -180 and 180")
    return west, south, east, north


def _near(near: tuple[float, float, float] | None, coords: str, e: str = "e.") -> Clause | None:
    if near is None:
        return None
    lat, lon, km = (float(v) for v in near)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km >= 0):
        raise InputError(
            f"near {near}: give latitude (-90..90), longitude (-180..180) and a radius >= 0 km"
        )
    box = near_box((lat, lon, km))
    exact: Clause = (f"sitrep_km({e}latitude, {e}longitude, ?, ?) <= ?", [lat, lon, km])
    if box is None:
        return exact
    prefilter = _bbox(box, coords, e)
    assert prefilter is not None
    return f"{prefilter[0]} AND {exact[0]}", prefilter[1] + exact[1]


def near_box(near: tuple[float, float, float]) -> tuple[float, float, float, float] | None:
    """A box containing the circle, or None when it would touch a pole or wrap the globe."""
    lat, lon, km = (float(v) for v in near)
    dlat = km / KM_PER_DEGREE
    south, north = lat - dlat, lat + dlat
    cos = math.cos(math.radians(max(abs(south), abs(north))))
    if south < -90 or north > 90 or cos * 180 * KM_PER_DEGREE <= km:
        return None
    dlon = km / (KM_PER_DEGREE * cos)
    west, east = _wrap(lon - dlon), _wrap(lon + dlon)
    return west, south, east, north


def _wrap(lon: float) -> float:
    return (lon + 180) % 360 - 180 if not -180 <= lon <= 180 else lon


def _text(text: str | None, target: _Target, e: str, search: TextSearch) -> Clause | None:
    if text is None:
        return None
    return target.in_documents.format(docs=search.documents, e=e), [search.query(text)]


def _selective(q: EventQuery) -> bool:
    """Whether a filter picks few enough rows that sorting them beats reading in sort order."""
    rare = (q.actor, q.source, q.admin1, q.bbox, q.near, q.text, q.event_id)
    deadly = q.min_fatalities is not None and q.min_fatalities >= RARE_DEATH_TOLL
    return any(v is not None for v in rare) or deadly


def day_bounds(q: EventQuery, reach: int | None) -> list[Clause]:
    """Bounds on the sort day implied by a date filter, so the sort day's index can serve it.

    An event overlaps [since, until] when its last day >= since and its first day <= until; its
    sort day lies at most `reach` days from both, hence within [since - reach, until + reach].
    """
    if reach is None or (q.since is None and q.until is None):
        return []
    out: list[Clause] = [(f"({_DAY}) IS NULL = 0", [])]
    if q.since is not None:
        out.append((f"{_DAY} >= ?", [_shift(q.since, -reach)]))
    if q.until is not None:
        out.append((f"{_DAY} <= ?", [_shift(q.until, reach)]))
    return out


def _shift(day: date, days: int) -> str:
    try:
        return (day + timedelta(days=days)).isoformat()
    except OverflowError:
        return (date.min if days < 0 else date.max).isoformat()


def _order(q: EventQuery, *, by_index: bool = True, dated: bool = False) -> str:
    """ORDER BY terms: NULLs last; `dated` (the sort day is bounded, so never NULL) drops the
    NULL test, which lets SQLite read the sort day's index in order."""
    key = q.order_by.removeprefix("-")
    if key not in ORDERINGS:
        raise InputError(
            f"cannot order events by {q.order_by!r}: use one of {', '.join(ORDERINGS)} "
            "(prefix - for descending)"
        )
    expr = ORDERINGS[key] if by_index else f"+{ORDERINGS[key]}"  # "+": sort, not the index
    if q.order_by.startswith("-"):  # SQLite puts NULL last when descending
        return f"{expr} DESC, e.id DESC"
    if key in _NEVER_NULL or (dated and key == "event_date"):
        return f"{expr} ASC, e.id ASC"
    return f"({expr}) IS NULL, {expr} ASC, e.id ASC"


def _page(q: EventQuery) -> list[object]:
    if (q.limit is not None and q.limit < 0) or q.offset < 0:
        raise InputError("limit and offset must be zero or positive")
    return [NO_LIMIT if q.limit is None else q.limit, q.offset]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """'west,south,east,north' (degrees) -> a checked bounding box, or InputError."""
    west, south, east, north = _numbers(text, 4, "--bbox WEST,SOUTH,EAST,NORTH")
    return check_bbox((west, south, east, north))


def parse_near(text: str) -> tuple[float, float, float]:
    """'latitude,longitude,km' -> a point and radius, or InputError."""
    lat, lon, km = _numbers(text, 3, "--near LAT,LON,KM")
    _near((lat, lon, km), "event_coords")  # checks the ranges
    return lat, lon, km


def _numbers(text: str, count: int, usage: str) -> list[float]:
    parts = [p.strip() for p in text.split(",")]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != count or not all(math.isfinite(v) for v in values):
        raise InputError(f"{text!r}: give {count} numbers separated by commas, as in {usage}")
    return values
