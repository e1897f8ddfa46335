"""Speed-up of `sitrep run` over workers: local Dask with 1 and 2 workers, and --processes 2.

Usage: python benchmarks/scale.py [--limit N] [--gazetteer PATH] [--prefilter]

Each mode stores the same JSONL file (LGL + GeoVirus articles, as in throughput.py) into its
own SQLite file. Prints the wall time (cluster start and model loading included) and the
steady rate (from the first stored document to the last), each as a multiple of the
one-worker run, and checks that every mode stored the same documents and events.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from throughput import load_texts, report_setup, write_jsonl


@dataclass(slots=True)
class Clock:
    """Stands in for the progress bar: notes when the first and last documents arrive."""

    enabled: bool = False
    done: int = 0
    first: float = 0.0
    last: float = 0.0

    def advance(self, count: int = 1) -> None:
        self.done += count
        self.last = time.perf_counter()
        if self.done == 1:
            self.first = self.last

    def clear(self) -> None:
        pass

    close = clear


def run(source: Path, db: Path, label: str, args: argparse.Namespace, **scale: Any) -> tuple:
    from sitrep.runner import Tally, ingest
    from sitrep.scale.plan import Scale

    clock = Clock()
    tally = Tally(err=io.StringIO(), progress=clock)  # type: ignore[arg-type]
    start = time.perf_counter()
    stored = ingest(
        [str(source)],
        db=str(db),
        tally=tally,
        gazetteer=args.gazetteer,
        scale=Scale(**scale),
        prefilter=args.prefilter,
    )
    for _ in stored:
        pass
    wall = time.perf_counter() - start
    steady = (clock.done - 1) / (clock.last - clock.first)
    return label, wall, steady, tally.events, snapshot(db)


def snapshot(db: Path) -> list:
    conn = sqlite3.connect(db)
    try:
        docs = conn.execute("SELECT doc_id, content_hash FROM documents ORDER BY id").fetchall()
        events = conn.execute("SELECT event_id FROM events ORDER BY id").fetchall()
        return [docs, events]
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--prefilter", action="store_true", help="screen (default: parse all)")
    args = parser.parse_args(argv)
    texts = load_texts(args.limit)
    report_setup(texts)
    modes = [
        ("Dask, 1 worker", {"workers": 1}),
        ("Dask, 2 workers", {"workers": 2}),
        ("--processes 2", {"processes": 2}),
    ]
    with tempfile.TemporaryDirectory(prefix="sitrep-scale-") as name:
        folder = Path(name)
        source = write_jsonl(texts, folder)
        results = [
            run(source, folder / f"{n}.db", label, args, **scale)
            for n, (label, scale) in enumerate(modes)
        ]
    base = results[0]
    print()
    for label, wall, steady, events, _ in results:
        print(
            f"{label:<18} wall {wall:7.1f} s ({len(texts) / wall:5.1f} art/s,"
            f" {base[1] / wall:4.2f}x)  steady {steady:5.1f} art/s ({steady / base[2]:4.2f}x)"
            f"  {events} events"
        )
    same = all(r[4] == base[4] for r in results)
    print(f"all modes stored the same documents and events: {same}")


if __name__ == "__main__":
    main()
