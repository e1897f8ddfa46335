"""The same store work on SQLite and on PostgreSQL: ingest rate and query latency, side by side.

    python benchmarks/store_backends.py [--events 20000] [--repeat 20] [--postgres URL]

Writes synthetic reports (10 events each, the generator of query_latency.py) through
`Store.ingest`, the path `sitrep run` takes (one transaction per report, clustering included),
into a fresh SQLite file and into a fresh schema of the PostgreSQL database at `--postgres`
(default: $SITREP_TEST_POSTGRES), then times the first page of each query kind of
query_latency.py on both. Prints reports/s and events/s written, and p50/p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from query_latency import KINDS, measure, p95, synthetic_rows

from sitrep.model import Document, Event, Evidence
from sitrep.store import Store
from sitrep.store.postgres import in_schema

TRIGGER = Evidence(start=0, end=6, text="killed", role="trigger")


def reports(n: int, seed: int = 7) -> Iterator[tuple[Document, list[Event]]]:
    """Synthetic reports of 10 events each; the text holds words the full-text query uses."""
    rng = random.Random(seed)
    for doc, group in itertools.groupby(synthetic_rows(n, rng), key=lambda row: row[0]):
        events = [Event(**values, evidence=(TRIGGER,)) for _, values in group]
        words = " ".join(f"w{rng.randrange(20000)}" for _ in range(30))
        yield Document(doc_id=f"d{doc:07d}", text=f"killed {words}"), events


def fill(store: Store, n: int) -> float:
    """Seconds to ingest n synthetic events, report by report."""
    started = time.perf_counter()
    for document, events in reports(n):
        store.ingest(document, events, [])
    return time.perf_counter() - started


def schema_url(base: str) -> tuple[str, str]:
    """A URL whose search_path is a new schema, and the schema's name."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return in_schema(base, schema), schema


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def latencies(store: Store, repeat: int) -> dict[str, tuple[float, float]]:
    rng = random.Random(11)
    list(store.events(actor="SDF", limit=1))  # load the actor dictionary once
    found = {}
    for name, kind in KINDS.items():
        times = measure(store, kind, repeat, rng)
        found[name] = (statistics.median(times), p95(times))
    return found


def run(where: str, events: int, repeat: int) -> tuple[float, dict[str, tuple[float, float]]]:
    with Store.open(where) as store:
        seconds = fill(store, events)
        return seconds, latencies(store, repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--postgres", default=os.environ.get("SITREP_TEST_POSTGRES"))
    args = parser.parse_args(argv)
    if not args.postgres:
        print("give --postgres postgresql://user@host:port/database (or SITREP_TEST_POSTGRES)")
        return 2
    reports_n = -(-args.events // 10)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = run(str(Path(tmp) / "bench.db"), args.events, args.repeat)
    url, schema = schema_url(args.postgres)
    try:
        results["postgresql"] = run(url, args.events, args.repeat)
    finally:
        drop_schema(args.postgres, schema)
    print(f"cores {os.cpu_count()}, load {os.getloadavg()[0]:.2f}; {args.events:,} events")
    for backend, (seconds, _) in results.items():
        print(
            f"ingest {backend:<11} {seconds:7.1f} s {reports_n / seconds:8.1f} reports/s "
            f"{args.events / seconds:8.1f} events/s"
        )
    print(f"{'query':32} {'sqlite p50':>10} {'p95':>7} {'postgresql p50':>15} {'p95':>7}")
    lite, pg = results["sqlite"][1], results["postgresql"][1]
    for name in KINDS:
        print(f"{name:32} {lite[name][0]:10.1f} {lite[name][1]:7.1f} {pg[name][0]:15.1f} "
              f"{pg[name][1]:7.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
