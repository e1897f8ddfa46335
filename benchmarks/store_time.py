"""CPU time of storing extracted documents into a fresh SQLite store, apart from extraction.

Usage: python benchmarks/store_time.py [--repeat N] [--limit N] [--corpus news|half-conflict]
       [--rows-out FILE.txt]

The texts are the half-conflict stream (`throughput.py --corpus half-conflict`: ACLED-note
bulletins, every sentence an event, and GeoVirus articles), or LGL + GeoVirus news, else the
reports in examples/. They are extracted once (`sitrep run --no-prefilter` extracts the same);
then the results are stored as `sitrep run` stores them (documents, events with evidence, tags
and clusters, unresolved mentions, control facts; one transaction per document) into a new
file, `--repeat` times, each timed with `time.process_time` and the wall clock. `--rows-out`
writes every table's rows sorted (time columns blanked), to check two versions store the same.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from throughput import ROOT, Text, half_conflict_texts, load_texts

TIME_COLUMNS = frozenset({"added_at", "started", "finished", "recorded_at", "applied_at", "at"})


def extracted(texts: list[Text]) -> list[Any]:
    """The outcomes of extracting every text (no prefilter), in order."""
    from sitrep.model import Document
    from sitrep.pipeline import Extractor, run_extraction

    extractor = Extractor.load()
    try:
        documents = [Document(doc_id=t.doc_id, text=t.text) for t in texts]
        return list(run_extraction(extractor, documents, batch_size=16))
    finally:
        extractor.close()


def store_all(items: list[Any], db: Path) -> tuple[float, float, dict[str, int]]:
    """CPU and wall seconds to store every item into a new store at `db`; its counts."""
    from sitrep.control.storage import after_ingest
    from sitrep.model import Failure
    from sitrep.store import Store

    cpu, wall = time.process_time(), time.perf_counter()
    with Store.open(db) as store:
        run_id = store.start_run({"paths": ["benchmark"]})
        for item in items:
            if isinstance(item, Failure):
                store.record_failure(item, run_id=run_id)
                continue
            after = [after_ingest(item.control, item.operations)]
            store.ingest(item.document, item.events, item.unresolved, run_id=run_id, after=after)
        store.finish_run(run_id, {})
        counts = store.counts()
    return time.process_time() - cpu, time.perf_counter() - wall, counts


def write_rows(db: Path, out: Path) -> None:
    """Every table's rows, sorted, time columns blanked (virtual tables' shadow tables left out)."""
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with out.open("w", encoding="utf-8") as lines:
        for table in sorted(tables):
            if table.startswith(("documents_fts_", "sqlite_")) or table.endswith(
                ("_node", "_rowid", "_parent")
            ):
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]
            select = ", ".join("NULL" if c in TIME_COLUMNS else f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {select} FROM "{table}"').fetchall()
            lines.write(f"== {table} {len(rows)}\n")
            lines.writelines(f"{row!r}\n" for row in sorted(rows, key=repr))
    conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed store passes")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--corpus", choices=["news", "half-conflict"], default="half-conflict")
    parser.add_argument("--rows-out", type=Path, default=None, help="write the stored rows here")
    args = parser.parse_args(argv)

    if args.corpus == "news":
        texts = load_texts(args.limit)
    else:
        texts = half_conflict_texts(args.limit) or load_texts(args.limit)
    if not texts:
        sys.exit(f"no texts found under {ROOT}")
    items = extracted(texts)
    cpu, wall = [], []
    with tempfile.TemporaryDirectory(prefix="sitrep-store-") as folder:
        for n in range(args.repeat):
            db = Path(folder) / f"store{n}.db"
            seconds, elapsed, counts = store_all(items, db)
            cpu.append(seconds)
            wall.append(elapsed)
        if args.rows_out is not None:
            write_rows(db, args.rows_out)
    print(
        f"{len(texts)} texts: {counts['documents']} documents, {counts['events']} events,"
        f" {counts['unresolved']} unresolved mentions stored"
    )
    print(
        f"store {min(cpu):6.2f} s CPU best, {statistics.mean(cpu):.2f} mean of {len(cpu)};"
        f" wall {min(wall):.2f} s best"
    )


if __name__ == "__main__":
    main()
