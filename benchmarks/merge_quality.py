"""Pairwise precision and recall of the merge on reports whose true clusters are known.

    python benchmarks/merge_quality.py            # extract tests/data/merge/reports.jsonl now
    python benchmarks/merge_quality.py --frozen   # use the events stored in events.jsonl

Each report is ingested into a temporary store (in file order, then again in reverse order);
every pair of events is scored: same true cluster vs same merged event. Prints P/R/F1, whether
both orders gave the same clusters, and the pairs the merge got wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import combinations
from pathlib import Path

from sitrep.model import Document, Event
from sitrep.store import Store

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "merge"
Item = tuple[Document, list[Event]]


def documents(path: Path) -> list[Document]:
    """The reports of a JSON Lines file (id, title, published, source, text)."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        out.append(
            Document(
                doc_id=row["id"],
                text=row["text"],
                title=row.get("title"),
                published=published,
                source=row.get("source"),
            )
        )
    return out


def frozen_items(reports: Path, events: Path) -> list[Item]:
    """Reports paired with the events stored for them in `events`."""
    by_doc: dict[str, list[Event]] = {}
    for line in events.read_text("utf-8").splitlines():
        event = Event.from_dict(json.loads(line))
        by_doc.setdefault(event.doc_id, []).append(event)
    return [(d, by_doc.get(d.doc_id, [])) for d in documents(reports)]


def extracted_items(reports: Path) -> list[Item]:
    """Reports paired with the events the pipeline extracts from them now."""
    from sitrep.pipeline import Result
    from sitrep.runner import Tally, stream

    found = {}
    for item in Tally().watch(stream([str(reports)])):
        if isinstance(item, Result):
            found[item.document.doc_id] = list(item.events)
    return [(d, found.get(d.doc_id, [])) for d in documents(reports)]


def merged_clusters(items: Iterable[Item], db: Path) -> dict[str, str]:
    """event_id of every stored report's event -> event_id of the merged event it is in."""
    with Store.open(db) as store:
        for document, events in items:
            store.ingest(document, events, [])
        out = {}
        for merged in store.events():
            for member in store.events(unmerged=True, event_id=merged.event_id):
                out[member.event_id] = merged.event_id
    return out


def pairwise(truth: dict[str, str], found: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of `found` against `truth` (item -> cluster label)."""
    items = sorted(truth)
    same_true = {(a, b) for a, b in combinations(items, 2) if truth[a] == truth[b]}
    same_found = {(a, b) for a, b in combinations(items, 2) if found[a] == found[b]}
    hits = len(same_true & same_found)
    precision = hits / len(same_found) if same_found else 1.0
    recall = hits / len(same_true) if same_true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def true_labels(items: Iterable[Item], clusters: dict[str, list[str]]) -> dict[str, str]:
    """event_id -> true cluster name, through the report each event came from."""
    of_doc = {doc: name for name, docs in clusters.items() for doc in docs}
    return {e.event_id: of_doc[d.doc_id] for d, events in items for e in events}


def groups(labels: dict[str, str]) -> set[frozenset[str]]:
    found: dict[str, set[str]] = {}
    for item, label in labels.items():
        found.setdefault(label, set()).add(item)
    return {frozenset(g) for g in found.values()}


def mistakes(truth: dict[str, str], found: dict[str, str], doc_of: dict[str, str]) -> Iterator[str]:
    for a, b in combinations(sorted(truth), 2):
        same_true, same_found = truth[a] == truth[b], found[a] == found[b]
        if same_true != same_found:
            kind = "split" if same_true else "wrongly merged"
            yield f"{kind}: {doc_of[a]} / {doc_of[b]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", action="store_true", help="use events.jsonl, do not extract")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    reports = args.data / "reports.jsonl"
    clusters = json.loads((args.data / "clusters.json").read_text("utf-8"))["clusters"]
    items = (
        frozen_items(reports, args.data / "events.jsonl")
        if args.frozen
        else extracted_items(reports)
    )
    truth = true_labels(items, clusters)
    doc_of = {e.event_id: d.doc_id for d, events in items for e in events}
    with tempfile.TemporaryDirectory() as tmp:
        found = merged_clusters(items, Path(tmp) / "forward.db")
        backward = merged_clusters(list(reversed(items)), Path(tmp) / "backward.db")
    precision, recall, f1 = pairwise(truth, found)
    print(
        f"reports {len(items)}, events {len(truth)}, true clusters {len(groups(truth))}, "
        f"merged events {len(groups(found))}"
    )
    pairs = sum(len(g) * (len(g) - 1) // 2 for g in groups(truth))
    print(
        f"pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f} ({pairs} true pairs)"
    )
    print(f"same clusters when ingested in reverse order: {groups(found) == groups(backward)}")
    for line in mistakes(truth, found, doc_of):
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
