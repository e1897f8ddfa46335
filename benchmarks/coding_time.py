"""CPU time of sitrep's coding stage (everything after the parse) on dense conflict text.

Usage: python benchmarks/coding_time.py [--repeat N] [--limit N] [--bulletin-chars N]
       [--events-out FILE.jsonl]

The texts are the half-conflict stream's conflict half (ACLED dev notes joined into bulletins,
as `throughput.py --corpus half-conflict` builds them), else the reports in examples/. Each
text is parsed once; then the coding of every parsed document (places, actors, dates, events,
control facts) is timed with `time.process_time`, `--repeat` times after one warm-up pass. On a
shared machine wall time moves with the other load and CPU time less so: compare two versions
by running them side by side, and check that `--events-out` files are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from throughput import ROOT, Text, half_conflict_texts, load_texts


def conflict_texts(limit: int | None, bulletin: int | None) -> list[Text]:
    """The bulletins of the half-conflict stream, else the examples."""
    texts = [t for t in half_conflict_texts(None, bulletin=bulletin) if t.origin == "acled notes"]
    return (texts or load_texts(None))[:limit]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed coding passes")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--bulletin-chars", type=int, default=None, help="bulletin length")
    parser.add_argument("--events-out", type=Path, default=None, help="write the events here")
    args = parser.parse_args(argv)

    from sitrep.model import Document
    from sitrep.pipeline import Extractor, Result, _safe_extract

    texts = conflict_texts(args.limit, args.bulletin_chars)
    if not texts:
        sys.exit(f"no texts found under {ROOT}")
    extractor = Extractor.load()
    start = time.process_time()
    docs = list(extractor.nlp.pipe((t.text for t in texts), batch_size=16))
    parse = time.process_time() - start
    documents = [Document(doc_id=t.doc_id, text=t.text) for t in texts]

    def code() -> list[object]:
        return [_safe_extract(extractor, d, doc) for d, doc in zip(documents, docs, strict=True)]

    results = code()  # warm-up: imports, memos
    times = []
    for _ in range(args.repeat):
        start = time.process_time()
        results = code()
        times.append(time.process_time() - start)
    extractor.close()
    events = [e for r in results if isinstance(r, Result) for e in r.events]
    chars = sum(len(t.text) for t in texts)
    print(f"{len(texts)} texts, {chars:,} chars, {len(events)} events")
    print(f"parse  {parse:6.2f} s CPU (once)")
    print(
        f"coding {min(times):6.2f} s CPU best, {statistics.mean(times):.2f} mean of {len(times)};"
        f" coding / parse {min(times) / parse:.2f}"
    )
    if args.events_out is not None:
        with args.events_out.open("w", encoding="utf-8") as out:
            for event in events:
                out.write(json.dumps(event.to_dict(), sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
