"""Speed and memory of the geoparser: toponyms resolved per second, with the gazetteer on disk.

Usage: python benchmarks/geoparse_speed.py [--limit N] [--gazetteer PATH] [--repeat N]
    [--texts lgl|bulletins]

Texts: the LGL articles in ../shared/data/geo/lgl.jsonl when present (read here at run time),
else the project's examples/; with `--texts bulletins`, ACLED event notes from
../shared/data/events/acled_dev.jsonl joined in file order into bulletins of about 2,000
characters (dense conflict text). spaCy runs first over all texts (timed apart); the geoparser
(recognition and resolution against the SQLite gazetteer) is then timed on its own, cold
(empty lookup cache) and, with --repeat, warm, in wall-clock and CPU time (process_time: less
moved by other work on a shared machine). Prints toponyms and documents per second, the
gazetteer's size on disk, the process's peak resident memory and the Python heap's peak during
geoparsing (tracemalloc): the gazetteer is read through indexes, not loaded. Not a test:
figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LGL = ROOT.parent / "shared" / "data" / "geo" / "lgl.jsonl"
EVENTS = ROOT.parent / "shared" / "data" / "events" / "acled_dev.jsonl"
EXAMPLES = ROOT / "examples"
BULLETIN = 2000  # characters of ACLED notes joined into one conflict text


def load_bulletins(limit: int | None) -> tuple[str, list[str]]:
    """(origin, texts): ACLED notes joined into bulletins of about BULLETIN characters."""
    texts: list[str] = []
    parts: list[str] = []
    with EVENTS.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            parts.append(json.loads(line)["text"])
            if sum(len(p) for p in parts) >= BULLETIN:
                texts.append("\n\n".join(parts))
                parts = []
            if limit is not None and len(texts) >= limit:
                break
    return "ACLED bulletins", texts


def load_texts(limit: int | None) -> tuple[str, list[str]]:
    """(origin, texts): LGL articles when present, else the project's example reports."""
    texts: list[str] = []
    if LGL.exists():
        with LGL.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
        return "LGL", texts
    for path in sorted(EXAMPLES.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return "examples", texts[:limit] if limit else texts


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--gazetteer", default=None, help="gazetteer file (default location)")
    parser.add_argument("--repeat", type=int, default=1, help="geoparse passes (2+: warm cache)")
    parser.add_argument(
        "--texts", choices=("lgl", "bulletins"), default="lgl", help="news or conflict text"
    )
    parser.add_argument(
        "--no-heap",
        action="store_true",
        help="skip tracemalloc (it slows Python code about threefold; use for timing)",
    )
    args = parser.parse_args()

    from sitrep.annotate import entity_spans, load_pipeline
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.geocode.geoparse import geoparse

    if args.texts == "bulletins" and not EVENTS.exists():
        sys.exit(f"no ACLED notes at {EVENTS}: use --texts lgl")
    origin, texts = (load_bulletins if args.texts == "bulletins" else load_texts)(args.limit)
    start = time.perf_counter()
    nlp = load_pipeline()
    spans = [entity_spans(doc) for doc in nlp.pipe(texts)]
    ner_seconds = time.perf_counter() - start
    rss_before = peak_rss_mb()

    with Gazetteer.open(args.gazetteer, build_if_missing=True) as gaz:
        size_mb = gaz.path.stat().st_size / 1e6
        print(f"machine: {platform.machine()} python {platform.python_version()}")
        print(f"texts: {len(texts)} from {origin}; gazetteer {gaz.path} ({size_mb:.0f} MB on disk)")
        print(f"spaCy NER: {ner_seconds:.1f} s ({len(texts) / ner_seconds:.1f} docs/s)")
        for number in range(1, args.repeat + 1):
            if not args.no_heap:
                tracemalloc.start()
            start = time.perf_counter()
            cpu_start = time.process_time()
            found = resolved = 0
            for text, doc_spans in zip(texts, spans, strict=True):
                tops = geoparse(text, doc_spans, gaz, demonyms=True)
                found += len(tops)
                resolved += sum(t.place is not None for t in tops)
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
            _, heap_peak = tracemalloc.get_traced_memory()  # (0, 0) when not tracing
            tracemalloc.stop()
            label = "cold" if number == 1 else "warm"
            print(
                f"geoparse pass {number} ({label}): {seconds:.1f} s, {found} toponyms"
                f" ({resolved} resolved): {resolved / seconds:.0f} resolved/s,"
                f" {found / seconds:.0f} toponyms/s, {len(texts) / seconds:.1f} docs/s;"
                f" CPU {cpu:.1f} s ({1000 * cpu / len(texts):.1f} ms/doc);"
                f" Python heap peak {heap_peak / 1e6:.1f} MB"
            )
    print(
        f"peak resident memory: {peak_rss_mb():.0f} MB"
        f" (after spaCy, before the gazetteer: {rss_before:.0f} MB)"
    )


if __name__ == "__main__":
    main()
