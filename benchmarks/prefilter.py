"""Recall and rejection of the relevance prefilter (sitrep.scale.prefilter).

Usage: python benchmarks/prefilter.py [--show-misses N]

Recall: the share of ACLED event notes (../shared/data/events/acled_dev.jsonl; every one
describes an event, so every one must pass) that the prefilter lets through; the target is
>= 0.99. Rejection: the share of GeoVirus articles (disease news, ../shared/data/geo) it passes
over, reported for the even and odd halves separately and for all; the LGL local-news pass rate
is shown for reference (local news mixes crime, politics and everyday life). Also the cost per
document. Reads the development data at run time; prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", type=int, default=0, help="print N missed notes")
    args = parser.parse_args(argv)
    notes_path = SHARED / "events" / "acled_dev.jsonl"
    if not notes_path.is_file():
        raise SystemExit(f"no development data at {SHARED}; nothing to measure")
    from sitrep.scale.prefilter import Prefilter

    prefilter = Prefilter.load()
    notes = texts(notes_path)
    geovirus = texts(SHARED / "geo" / "geovirus.jsonl")
    lgl = texts(SHARED / "geo" / "lgl.jsonl")
    start = time.perf_counter()
    passed = [prefilter.passes(t) for t in notes]
    seconds = time.perf_counter() - start
    recall = sum(passed) / len(notes)
    print(f"ACLED notes: {len(notes)}, passed {sum(passed)}, recall {recall:.4f} (target >= 0.99)")
    for name, corpus in (
        ("GeoVirus even", geovirus[::2]),
        ("GeoVirus odd", geovirus[1::2]),
        ("GeoVirus all", geovirus),
        ("LGL", lgl),
    ):
        shown = sum(prefilter.passes(t) for t in corpus)
        print(
            f"{name:>14}: {len(corpus)} articles, passed {shown}, passed over"
            f" {len(corpus) - shown} ({1 - shown / len(corpus):.1%})"
        )
    start = time.perf_counter()
    for t in geovirus + lgl:
        prefilter.passes(t)
    article = (time.perf_counter() - start) / len(geovirus + lgl)
    print(f"cost: {seconds / len(notes) * 1e6:.0f} us per note, {article * 1e6:.0f} us per article")
    missed = [t for t, ok in zip(notes, passed, strict=True) if not ok]
    for text in missed[: args.show_misses]:
        print("  missed:", text[:150])


if __name__ == "__main__":
    main()
