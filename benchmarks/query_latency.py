"""Query latency of `Store.events` on a store of synthetic events (default one million).

    python benchmarks/query_latency.py [--events 1000000] [--repeat 30] [--db PATH]

Builds the store in a temporary folder (bulk insert with the indexes dropped, then rebuilt and
ANALYZEd), then times each kind of query: the first page (50 merged events, as Event records)
with varied parameters, `--repeat` times. Prints p50/p95 in milliseconds per query kind.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.store import Store
from sitrep.store.queries import EVENT_COLUMNS

DOCS_PER_EVENT = 10  # events per synthetic document
TYPES = {
    "Battles": ["Armed clash", "Government regains territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Looting/property destruction"],
}
NAMED = [
    "QSD: Syrian Democratic Forces",
    "Islamic State",
    "RSF: Rapid Support Forces",
    "Al Shabaab",
    "JNIM: Group for Support of Islam and Muslims",
]


def countries(rng: random.Random) -> list[tuple[str, str, float, float]]:
    """(name, iso3, latitude, longitude) of 40 invented countries spread over the globe."""
    out = []
    for i in range(40):
        name = f"Country{i:02d}"
        out.append((name, f"C{i:02d}", rng.uniform(-40, 55), rng.uniform(-120, 140)))
    return out


def actors(places: list[tuple[str, str, float, float]]) -> list[str]:
    local = [
        f"{kind} of {c} (2000-)"
        for c, *_ in places
        for kind in ("Military Forces", "Police Forces")
    ]
    groups = [f"Armed Group {i}" for i in range(200)]
    return NAMED + local + groups + [f"Civilians ({c})" for c, *_ in places]


def synthetic_rows(n: int, rng: random.Random) -> Iterator[tuple[int, dict[str, Any]]]:
    """(document number, event column values) for n events."""
    places = countries(rng)
    names = actors(places)
    sources = [f"Outlet {i}" for i in range(300)]
    days = [(date(2018, 1, 1) + timedelta(days=d)).isoformat() for d in range(7 * 365 + 40)]
    kinds = [(t, s) for t, subs in TYPES.items() for s in subs]
    provinces = [f"Province {i}" for i in range(12)]
    for i in range(n):
        country, iso3, lat, lon = rng.choice(places)
        event_type, sub_event_type = rng.choice(kinds)
        day = rng.randrange(7 * 365)
        span = 0 if rng.random() < 0.8 else rng.choice((2, 6, 29))
        fatalities = None if rng.random() < 0.4 else int(rng.expovariate(0.3))
        yield (
            i // DOCS_PER_EVENT,
            {
                "event_id": f"e{i:08d}",
                "doc_id": f"d{i // DOCS_PER_EVENT:07d}",
                "source": rng.choice(sources),
                "event_date": days[day] if span == 0 else None,
                "date_start": days[day],
                "date_end": days[day + span],
                "time_precision": 1 if span == 0 else 2 if span < 7 else 3,
                "event_type": event_type,
                "sub_event_type": sub_event_type,
                "actor1": rng.choice(names),
                "actor2": rng.choice(names) if rng.random() < 0.7 else None,
                "country": country,
                "iso3": iso3,
                "admin1": f"{country} {rng.choice(provinces)}",
                "location": f"Town {rng.randrange(5000)}",
                "latitude": lat + 8 * rng.random() - 4,
                "longitude": lon + 8 * rng.random() - 4,
                "geo_precision": 1,
                "fatalities": fatalities,
                "notes": "",
                "confidence": round(rng.random(), 3),
            },
        )


def build(path: Path, n: int, seed: int = 7) -> None:
    """A store at `path` with n synthetic events, each its own cluster."""
    rng = random.Random(seed)
    Store.open(path).close()  # create and migrate
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # a scratch file: no rollback, no WAL copy
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")  # 400 MB: index builds sort in memory
    conn.execute("PRAGMA temp_store = MEMORY")
    indexes = _drop_indexes(conn)
    conn.execute("BEGIN")
    _insert(conn, n, rng)
    _timed("rows inserted")
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    _timed("indexes built")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


_STARTED = time.perf_counter()


def _timed(what: str) -> None:
    print(f"  {what}: {time.perf_counter() - _STARTED:.0f} s", file=sys.stderr)


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('events', 'clusters', 'evidence')"
    ).fetchall()
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


_WORDS = [f"w{i}" for i in range(20000)]


def _insert(conn: sqlite3.Connection, n: int, rng: random.Random) -> None:
    columns = ", ".join(EVENT_COLUMNS)
    marks = ", ".join("?" * len(EVENT_COLUMNS))
    event_sql = f"INSERT INTO events (id, document_id, {columns}) VALUES (?, ?, {marks})"
    cluster_sql = f"INSERT INTO clusters (id, size, outlets, {columns}) VALUES (?, 1, 1, {marks})"
    batch: list[tuple[int, int, dict[str, Any]]] = []
    for i, (doc, values) in enumerate(synthetic_rows(n, rng), start=1):
        if (i - 1) % DOCS_PER_EVENT == 0:
            _document(conn, doc, rng)
        batch.append((i, doc + 1, values))
        if len(batch) == 20000:
            _flush(conn, batch, event_sql, cluster_sql)
            batch = []
    _flush(conn, batch, event_sql, cluster_sql)
    conn.execute(
        "INSERT OR IGNORE INTO known_names SELECT 'actor', actor1 FROM clusters "
        "UNION SELECT 'actor', actor2 FROM clusters WHERE actor2 IS NOT NULL "
        "UNION SELECT 'source', source FROM clusters"
    )


def _document(conn: sqlite3.Connection, doc: int, rng: random.Random) -> None:
    words = " ".join(rng.choice(_WORDS) for _ in range(30))
    conn.execute(
        "INSERT INTO documents (id, doc_id, content_hash, source, title, text, added_at) "
        "VALUES (?, ?, ?, 'synthetic', ?, ?, '2024-01-01')",
        (doc + 1, f"d{doc:07d}", f"h{doc}", f"Report {doc}", words),
    )


def _flush(
    conn: sqlite3.Connection,
    batch: list[tuple[int, int, dict[str, Any]]],
    event_sql: str,
    cluster_sql: str,
) -> None:
    values = [[v.get(c) for c in EVENT_COLUMNS] for _, _, v in batch]
    conn.executemany(
        event_sql, [(i, doc, *row) for (i, doc, _), row in zip(batch, values, strict=True)]
    )
    conn.executemany(cluster_sql, [(i, *row) for (i, _, _), row in zip(batch, values, strict=True)])
    conn.executemany("INSERT INTO cluster_members VALUES (?, ?)", [(i, i) for i, _, _ in batch])
    points = [
        (i, v["longitude"], v["longitude"], v["latitude"], v["latitude"]) for i, _, v in batch
    ]
    conn.executemany("INSERT INTO event_coords VALUES (?, ?, ?, ?, ?)", points)
    conn.executemany("INSERT INTO cluster_coords VALUES (?, ?, ?, ?, ?)", points)
    conn.executemany(
        "INSERT INTO evidence VALUES (?, 0, 0, 7, 'shelled', 'trigger')",
        [(i,) for i, _, _ in batch],
    )


Kind = Callable[[random.Random], dict[str, Any]]


def _day(rng: random.Random) -> date:
    return date(2018, 1, 1) + timedelta(days=rng.randrange(7 * 365 - 40))


def _country(rng: random.Random) -> str:
    return f"Country{rng.randrange(40):02d}"


def _month(rng: random.Random) -> dict[str, Any]:
    start = _day(rng)
    return {"since": start, "until": start + timedelta(days=30)}


KINDS: dict[str, Kind] = {
    "no filter": lambda rng: {},
    "newest first": lambda rng: {"order_by": "-event_date"},
    "page 20 (offset 1000)": lambda rng: {"offset": 1000},
    "date range (30 days)": _month,
    "event type": lambda rng: {"event_type": rng.choice(list(TYPES))},
    "sub-event type": lambda rng: {"sub_event_type": rng.choice(TYPES[rng.choice(list(TYPES))])},
    "actor alias (SDF, Daesh...)": lambda rng: {"actor": rng.choice(["SDF", "Daesh", "RSF"])},
    "actor substring": lambda rng: {"actor": f"Armed Group {rng.randrange(200)}"},
    "country": lambda rng: {"country": _country(rng)},
    "admin1": lambda rng: {"admin1": f"{_country(rng)} Province {rng.randrange(12)}"},
    "bbox (2x2 degrees)": lambda rng: _bbox(rng, 1.0),
    "radius 50 km": lambda rng: _near(rng, 50),
    "fatalities >= 20": lambda rng: {"min_fatalities": 20},
    "most deadly first": lambda rng: {"order_by": "-fatalities"},
    "confidence >= 0.99": lambda rng: {"min_confidence": 0.99},
    "source": lambda rng: {"source": f"Outlet {rng.randrange(300)}"},
    "full text (one word)": lambda rng: {"text": rng.choice(_WORDS)},
    "country + type + 30 days": lambda rng: {
        "country": _country(rng),
        "event_type": rng.choice(list(TYPES)),
        **_month(rng),
    },
    "unmerged, country": lambda rng: {"country": _country(rng), "unmerged": True},
}


def _bbox(rng: random.Random, half: float) -> dict[str, Any]:
    lat, lon = rng.uniform(-40, 55), rng.uniform(-120, 140)
    return {"bbox": (lon - half, lat - half, lon + half, lat + half)}


def _near(rng: random.Random, km: float) -> dict[str, Any]:
    return {"near": (rng.uniform(-40, 55), rng.uniform(-120, 140), km)}


def measure(store: Store, kind: Kind, repeat: int, rng: random.Random) -> list[float]:
    """Milliseconds to read the first page of 50 events, once per repetition."""
    times = []
    for _ in range(repeat):
        filters = {"limit": 50, **kind(rng)}
        started = time.perf_counter()
        list(store.events(**filters))
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--db", type=Path, help="reuse (or build once) the store at this path")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "synthetic.db"
        if not path.exists():
            started = time.perf_counter()
            build(path, args.events)
            print(f"built {args.events:,} events in {time.perf_counter() - started:.0f} s")
        rng = random.Random(11)
        with Store.open(path) as store:
            list(store.events(actor="SDF", limit=1))  # load the actor dictionary once
            print(f"{'query':32} {'p50 ms':>8} {'p95 ms':>8}")
            for name, kind in KINDS.items():
                times = measure(store, kind, args.repeat, rng)
                print(f"{name:32} {statistics.median(times):8.1f} {p95(times):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
