"""Score the PLOVER category of sitrep's events against PLOVER gold records (`sitrep eval plover`).

Each gold record is one sentence coded with one PLOVER category (`gold.event`). sitrep runs on the
sentence; the PLOVER category of its first event (or NONE when it codes no event) is compared with
the gold one. Many PLOVER categories lie outside ACLED (DEMAND, REJECT, CONSULT, AID, ...): accuracy
is reported over all records and over the records whose gold category sitrep can code, and, for
the others, how often sitrep rightly codes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError
from sitrep.evaluate.events import gold_lines
from sitrep.model import Document, Event
from sitrep.taxonomy import SUB_TYPES

NONE = "NONE"
# The PLOVER categories some ACLED sub-event type maps onto: the ones sitrep can code.
CODABLE = frozenset(info.plover.value for info in SUB_TYPES.values() if info.plover is not None)


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverRecord:
    """One gold sentence and its PLOVER category."""

    record_id: str
    text: str
    category: str


@dataclass(slots=True)
class PloverScores:
    """(gold, predicted) category pairs; `report()` gives the accuracies and a confusion table."""

    pairs: list[tuple[str, str]] = field(default_factory=list)

    def add(self, gold: str, predicted: str) -> None:
        self.pairs.append((gold, predicted))

    def report(self) -> dict[str, Any]:
        codable = [(g, p) for g, p in self.pairs if g in CODABLE]
        outside = [(g, p) for g, p in self.pairs if g not in CODABLE]
        return {
            "records": len(self.pairs),
            "accuracy_all": _accuracy(self.pairs),
            "codable_records": len(codable),
            "accuracy_codable": _accuracy(codable),
            "outside_records": len(outside),
            "no_event_outside": _rate(p == NONE for _, p in outside),
            "per_category": _per_category(self.pairs),
            "confusion": _confusion(self.pairs),
        }


def read_plover(path: Path) -> Iterator[PloverRecord]:
    """Gold records from a PLOVER JSONL file; a bad line is an EvalError naming file and line."""
    return gold_lines(path, _record)


def _record(path: Path, number: int, line: str) -> PloverRecord:
    try:
        raw = json.loads(line)
        category = str(raw["gold"]["event"]).strip().upper()
        return PloverRecord(record_id=str(raw["id"]), text=str(raw["text"]), category=category)
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise EvalError(
            f"{path}:{number}: not a PLOVER gold record ({exc}); each line needs id, text and "
            "gold.event"
        ) from exc


def as_documents(records: Iterable[PloverRecord]) -> Iterator[Document]:
    for r in records:
        yield Document(doc_id=r.record_id, text=r.text)


def predicted_category(events: Iterable[Event]) -> str:
    """The PLOVER category of the first event ('FIGHT/firearms' -> FIGHT), or NONE."""
    for event in events:
        if event.plover:
            return event.plover.split("/")[0]
        return NONE
    return NONE


def _accuracy(pairs: list[tuple[str, str]]) -> float | None:
    return _rate(g == p for g, p in pairs)


def _rate(hits: Iterable[bool]) -> float | None:
    flags = list(hits)
    return round(sum(flags) / len(flags), 4) if flags else None


def _per_category(pairs: list[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    support = Counter(g for g, _ in pairs)
    right = Counter(g for g, p in pairs if g == p)
    return {
        g: {"n": n, "accuracy": round(right[g] / n, 4), "codable": g in CODABLE}
        for g, n in sorted(support.items())
    }


def _confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter[str]] = {}
    for g, p in pairs:
        table.setdefault(g, Counter())[p] += 1
    return {g: dict(c.most_common()) for g, c in sorted(table.items())}
