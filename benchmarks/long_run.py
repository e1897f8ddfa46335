"""Memory over a long `sitrep run`: 100,000 documents streamed into SQLite (or PostgreSQL).

Usage: python benchmarks/long_run.py [--documents N] [--parsed-every K] [--processes P]
       [--gazetteer PATH] [--min-chars A --max-chars B] [--db postgresql://...]

The input is one JSONL file written first (not held in memory): article texts from
../shared/data/geo (else examples/), each with its number appended so every document is new
to the store. One document in K is a text the prefilter lets through (it is parsed); the rest
are texts it passes over, so the run tests the streaming path (read, screen, store) at full
length and the parser on a share of it. `--parsed-every 0` cycles the articles in their own
order instead (the hourly rate on ordinary news, e.g. with --min-chars 2000 --max-chars 3000).
Prints the resident memory of the driver and of its worker processes every tenth of the run,
the peaks, and the rate.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from throughput import load_texts

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as stat:
            return int(stat.read().split()[1]) * PAGE / 2**20
    except OSError:
        return 0.0


def children(pid: int) -> list[int]:
    """Every process below `pid` (pool workers and their helpers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found + [c for child in found for c in children(child)]


@dataclass(slots=True)
class Sampler:
    """Stands in for the progress bar: samples memory every `every` documents."""

    total: int
    enabled: bool = False
    done: int = 0
    started: float = field(default_factory=time.perf_counter)
    rows: list[tuple[int, float, float, float]] = field(default_factory=list)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.done % max(1, self.total // 10) == 0 or self.done == self.total:
            me = os.getpid()
            workers = sum(rss_mb(pid) for pid in children(me))
            self.rows.append((self.done, time.perf_counter() - self.started, rss_mb(me), workers))

    def clear(self) -> None:
        pass

    close = clear


def write_input(path: Path, total: int, every: int, sizes: tuple[int, int]) -> None:
    from sitrep.scale.prefilter import Prefilter

    prefilter = Prefilter.load()
    texts = [t.text for t in load_texts(None, sizes)]
    if every == 0:  # the news as it comes: no choice of what passes
        _write(path, total, itertools.cycle(texts))
        return
    parsed = [t for t in texts if prefilter.passes(t)]
    quiet = [t for t in texts if not prefilter.passes(t)] or texts
    print(f"texts: {len(parsed)} that pass the prefilter, {len(quiet)} that do not")
    loud, calm = itertools.cycle(parsed or texts), itertools.cycle(quiet)
    mixed = (next(loud) if n % every == 0 else next(calm) for n in itertools.count())
    _write(path, total, mixed)


def _write(path: Path, total: int, texts: Iterator[str]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n, text in zip(range(total), texts, strict=False):
            record = {"id": f"doc-{n}", "text": f"{text}\n\n(item {n})"}
            out.write(json.dumps(record) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument(
        "--parsed-every", type=int, default=50, help="0: the articles in their own order"
    )
    parser.add_argument("--min-chars", type=int, default=0, help="only articles this long")
    parser.add_argument("--max-chars", type=int, default=10**9, help="only articles this short")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--db", default=None, help="an empty PostgreSQL database to store into")
    args = parser.parse_args(argv)
    from sitrep.runner import Tally, ingest
    from sitrep.scale.plan import Scale

    print(f"cores: {os.cpu_count()}; processes: {args.processes}")
    with tempfile.TemporaryDirectory(prefix="sitrep-long-") as name:
        source, db = Path(name) / "input.jsonl", args.db or str(Path(name) / "long.db")
        sizes = (args.min_chars, args.max_chars)
        write_input(source, args.documents, args.parsed_every, sizes)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        written = usage.ru_utime + usage.ru_stime
        print(f"input: {args.documents:,} documents, {source.stat().st_size / 2**20:,.0f} MB")
        sampler = Sampler(total=args.documents)
        tally = Tally(err=io.StringIO(), progress=sampler)  # type: ignore[arg-type]
        stored = ingest(
            [str(source)],
            db=str(db),
            tally=tally,
            gazetteer=args.gazetteer,
            scale=Scale(processes=args.processes),
        )
        for _ in stored:
            pass
        if args.db is None:
            print(f"database: {Path(db).stat().st_size / 2**20:,.0f} MB")
    print(f"{'documents':>10} {'seconds':>8} {'driver MB':>10} {'workers MB':>11}")
    for done, seconds, driver, workers in sampler.rows:
        print(f"{done:>10,} {seconds:>8.0f} {driver:>10.0f} {workers:>11.0f}")
    elapsed = sampler.rows[-1][1]
    print(tally.summary())
    rate = tally.documents / elapsed
    parsed = tally.documents - tally.screened
    print(f"rate: {rate:,.0f} documents/s ({rate * 3600:,.0f} an hour), {parsed:,} parsed")
    cpu = sum(
        u.ru_utime + u.ru_stime
        for u in (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
    )
    cores = os.cpu_count() or 1
    run_cpu = cpu - written
    hourly = tally.documents / (run_cpu / cores) * 3600
    print(
        f"CPU time of the run {run_cpu:,.0f} s; on {cores} idle cores that is {hourly:,.0f}"
        f" documents an hour (load average now {os.getloadavg()[0]:.1f})"
    )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory: driver {own:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
