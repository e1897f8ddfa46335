"""Throughput of sitrep extraction and `sitrep run`, next to bare spaCy on the same texts.

Usage: python benchmarks/throughput.py [--limit N] [--gazetteer PATH] [--batch-size N]
       [--processes N]

Texts: the LGL and GeoVirus articles in ../shared/data/geo/*.jsonl when present (read here at
run time, interleaved so both corpora are represented), else the project's examples/. Prints
the machine's cores, articles/s and chars/s for each stage, the ratio to bare spaCy, and the
peak memory of the process. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_GEO = ROOT.parent / "shared" / "data" / "geo"
SHARED_EVENTS = ROOT.parent / "shared" / "data" / "events"
CORPORA = ("lgl.jsonl", "geovirus.jsonl")
WARM_UP = 4


@dataclass(frozen=True, slots=True)
class Text:
    doc_id: str
    text: str
    origin: str


@dataclass(frozen=True, slots=True)
class Timing:
    label: str
    seconds: float
    articles: int
    chars: int
    note: str = ""
    cpu: float = 0.0  # CPU seconds of this process and its children

    def line(self, baseline: Timing | None) -> str:
        per_s = self.articles / self.seconds
        chars_s = self.chars / self.seconds
        ratio = f"{baseline.seconds / self.seconds:5.2f}x" if baseline else "  1.00x"
        cpu_ratio = f"{baseline.cpu / self.cpu:5.2f}x" if baseline else "  1.00x"
        return (
            f"{self.label:<26} {self.seconds:7.1f} s {per_s:6.1f} art/s {chars_s:8,.0f} chars/s"
            f" {ratio} | cpu {self.cpu:6.1f} s {cpu_ratio} | {self.note}"
        )


def load_texts(limit: int | None, sizes: tuple[int, int] = (0, 10**9)) -> list[Text]:
    """Interleaved LGL and GeoVirus texts, else examples/ (txt files and JSONL lines); only
    those whose length in characters lies within `sizes`."""
    corpora = [SHARED_GEO / name for name in CORPORA if (SHARED_GEO / name).is_file()]
    mixed: Iterable[Text]
    if corpora:
        streams = [_jsonl_texts(path) for path in corpora]
        mixed = (t for group in itertools.zip_longest(*streams) for t in group if t is not None)
    else:
        mixed = _example_texts(ROOT / "examples")
    fitting = (t for t in mixed if sizes[0] <= len(t.text) <= sizes[1])
    return list(itertools.islice(fitting, limit))


def half_conflict_texts(
    limit: int | None, conflict: Path | None = None, bulletin: int | None = None
) -> list[Text]:
    """Half conflict, half not: conflict texts interleaved with GeoVirus disease news. The
    conflict texts are a JSONL file's (`conflict`: id and text per line, such as a feed of
    conflict news), else ACLED event notes joined in file order into bulletins of about
    `bulletin` characters (default: the disease articles' mean length, so that the two halves
    are equal in characters as well as in articles; a bulletin is far denser in events than
    news: every sentence tells one)."""
    notes = SHARED_EVENTS / "acled_dev.jsonl"
    disease = SHARED_GEO / "geovirus.jsonl"
    if not disease.is_file() or not (conflict or notes).is_file():
        return []
    size = bulletin or mean_length(_jsonl_texts(disease))
    reports = _jsonl_texts(conflict) if conflict else _bulletins(_jsonl_texts(notes), size)
    streams = [iter(reports), iter(_jsonl_texts(disease))]
    mixed = (t for group in zip(*streams, strict=False) for t in group)
    return list(itertools.islice(mixed, limit))


def mean_length(texts: Iterable[Text]) -> int:
    lengths = [len(t.text) for t in texts]
    return sum(lengths) // max(1, len(lengths))


def _bulletins(notes: Iterable[Text], size: int) -> Iterable[Text]:
    """Notes joined in order; a bulletin ends where the next note would take it farther from
    `size` characters than it already is."""
    parts: list[str] = []
    length = 0
    for note in notes:
        if parts and abs(length + len(note.text) - size) > abs(length - size):
            yield Text(f"bulletin-{note.doc_id}", "\n\n".join(parts), "acled notes")
            parts, length = [], 0
        parts.append(note.text)
        length += len(note.text) + 2


def _jsonl_texts(path: Path) -> Iterable[Text]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                yield Text(str(record["id"]), record["text"], path.name)


def _example_texts(folder: Path) -> Iterable[Text]:
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".txt":
            yield Text(path.stem, path.read_text(encoding="utf-8"), "examples")
        elif path.suffix == ".jsonl":
            yield from _jsonl_texts(path)


def peak_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


def timed(label: str, work: Callable[[], Any], texts: list[Text]) -> tuple[Timing, Any]:
    """Wall time and CPU time (this process and its children) of one stage."""
    cpu_start = cpu_seconds()
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_start
    chars = sum(len(t.text) for t in texts)
    return Timing(label, seconds, len(texts), chars, cpu=cpu), result


def mean_of(first: Timing, second: Timing) -> Timing:
    """Bare spaCy timed before and after sitrep extraction, averaged, so that a change in the
    machine's other load during the run weighs on both sides."""
    print(f"bare spaCy: {first.seconds:.1f} s before, {second.seconds:.1f} s after extraction")
    return replace(
        first,
        seconds=(first.seconds + second.seconds) / 2,
        cpu=(first.cpu + second.cpu) / 2,
        note=first.note + ", mean of two runs",
    )


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def bare_spacy(nlp: Any, texts: list[Text], batch_size: int) -> int:
    return sum(len(doc) for doc in nlp.pipe((t.text for t in texts), batch_size=batch_size))


def sitrep_extraction(extractor: Any, texts: list[Text], batch_size: int) -> tuple[int, int]:
    from sitrep.model import Document
    from sitrep.pipeline import Result, run_extraction

    documents = (Document(doc_id=t.doc_id, text=t.text) for t in texts)
    events = failures = 0
    for item in run_extraction(extractor, documents, batch_size=batch_size):
        if isinstance(item, Result):
            events += len(item.events)
        else:
            failures += 1
    return events, failures


def write_jsonl(texts: list[Text], folder: Path) -> Path:
    source = folder / "input.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for t in texts:
            out.write(json.dumps({"id": t.doc_id, "text": t.text}) + "\n")
    return source


def sitrep_run(
    source: Path, gazetteer: Path | None, db: Path, *, prefilter: bool, processes: int = 1
) -> tuple[dict[str, int], int]:
    """`sitrep run INPUT.jsonl --db DB --quiet [--no-prefilter] [--processes N]` in a process
    of its own, as a user runs it (interpreter start, imports and loading included); returns
    the store's counts and the documents not parsed."""
    from sitrep.store import Store

    command = [sys.executable, "-m", "sitrep", "run", str(source), "--db", str(db), "--quiet"]
    command += [] if prefilter else ["--no-prefilter"]
    command += ["--processes", str(processes)] if processes > 1 else []
    command += ["--gazetteer", str(gazetteer)] if gazetteer else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    with Store.open(db) as store:
        return store.counts(), _not_parsed(done.stderr)


def _not_parsed(summary: str) -> int:
    """The 'N without signs of conflict' of `sitrep run`'s summary line."""
    found = re.search(r"(\d+) without signs of conflict", summary)
    return int(found.group(1)) if found else 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--gazetteer", type=Path, default=None, help="gazetteer file")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size")
    parser.add_argument(
        "--corpus",
        choices=["news", "half-conflict"],
        default="news",
        help="news: LGL + GeoVirus articles; half-conflict: ACLED-note bulletins + GeoVirus",
    )
    parser.add_argument(
        "--conflict-texts",
        type=Path,
        default=None,
        help="half-conflict: a JSONL file (id, text) of conflict reports instead of the ACLED"
        " bulletins",
    )
    parser.add_argument(
        "--bulletin-chars",
        type=int,
        default=None,
        help="half-conflict: characters of ACLED notes per bulletin (default: the mean length"
        " of the disease articles)",
    )
    parser.add_argument("--min-chars", type=int, default=0, help="only articles this long")
    parser.add_argument("--max-chars", type=int, default=10**9, help="only articles this short")
    parser.add_argument(
        "--processes", type=int, default=2, help="also time `sitrep run --processes N` (1: skip)"
    )
    args = parser.parse_args(argv)

    sizes = (args.min_chars, args.max_chars)
    if args.corpus == "news":
        texts = load_texts(args.limit, sizes)
    else:
        texts = half_conflict_texts(args.limit, args.conflict_texts, args.bulletin_chars)
    if not texts:
        sys.exit("no texts found; run from a checkout that has examples/")
    report_setup(texts)

    from sitrep.pipeline import Extractor

    load, extractor = timed("load", lambda: Extractor.load(gazetteer=args.gazetteer), texts)
    print(
        f"extractor load: {load.seconds:.2f} s (model {model_name(extractor.nlp)},"
        f" gazetteer {extractor.gazetteer.path}); peak memory {peak_mb():.0f} MB"
    )
    stock = stock_model(extractor.nlp)
    try:
        warm = texts[:WARM_UP]
        bare_spacy(stock, warm, args.batch_size)
        sitrep_extraction(extractor, warm, args.batch_size)
        spacy_t, tokens = timed(
            "bare spaCy (nlp.pipe)",
            lambda: bare_spacy(stock, texts, args.batch_size),
            texts,
        )
        spacy_t = replace(spacy_t, note=f"{tokens:,} tokens")
        extract_t, (events, failures) = timed(
            "sitrep extraction", lambda: sitrep_extraction(extractor, texts, args.batch_size), texts
        )
        extract_t = replace(extract_t, note=f"{events} events, {failures} failures")
        spacy_again, _ = timed(
            "bare spaCy again",
            lambda: bare_spacy(stock, texts, args.batch_size),
            texts,
        )
        spacy_t = mean_of(spacy_t, spacy_again)
    finally:
        extractor.close()
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as name:
        runs = run_stages(texts, args, Path(name))
    print()
    print(
        "stage                         wall  articles/s    chars/s  x spaCy | CPU time  x spaCy"
        " (wall ratios need an idle machine; CPU ratios hold under load)"
    )
    for timing in (spacy_t, extract_t, *runs):
        print(timing.line(None if timing is spacy_t else spacy_t))
    print()
    print(
        f"sitrep extraction takes {extract_t.seconds / spacy_t.seconds:.2f}x the time of bare spaCy"
    )
    print(
        f"peak memory (ru_maxrss): {peak_mb():.0f} MB this process, {children_mb():.0f} MB"
        " largest child process"
    )


def run_stages(texts: list[Text], args: argparse.Namespace, folder: Path) -> list[Timing]:
    """`sitrep run` without and with the prefilter, then in --processes N; each stores into
    its own fresh SQLite file and includes its own loading."""
    source = write_jsonl(texts, folder)
    stages = [("sitrep run --no-prefilter", False, 1), ("sitrep run", True, 1)]
    if args.processes > 1:
        stages.append((f"sitrep run --processes {args.processes}", True, args.processes))
    timings = []
    for n, (label, prefilter, processes) in enumerate(stages):
        db = folder / f"run{n}.db"
        timing, (stored, screened) = timed(
            label,
            functools.partial(
                sitrep_run, source, args.gazetteer, db, prefilter=prefilter, processes=processes
            ),
            texts,
        )
        note = (
            f"{stored['documents']} docs, {stored['events']} events stored, {screened} not"
            " parsed; its own process: start, imports and load included"
        )
        timings.append(replace(timing, note=note))
    return timings


def children_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


def stock_model(nlp: Any) -> Any:
    """The same model package as shipped (all its components, none of sitrep's), loaded anew."""
    import spacy

    stock = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    print(f"bare spaCy baseline: {model_name(stock)}")
    return stock


def model_name(nlp: Any) -> str:
    meta = nlp.meta
    return (
        f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} [{', '.join(nlp.pipe_names)}]"
    )


def report_setup(texts: list[Text]) -> None:
    origins = sorted({t.origin for t in texts})
    chars = sum(len(t.text) for t in texts)
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores"
        + (f" ({affinity} usable)" if affinity is not None else "")
        + f", Python {platform.python_version()}"
    )
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    print(
        f"texts: {len(texts)} from {', '.join(origins)}; {chars:,} chars"
        f" (mean {chars / len(texts):,.0f} per article)"
    )


if __name__ == "__main__":
    main()
