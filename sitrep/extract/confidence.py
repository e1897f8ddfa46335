"""Calibrated confidence: how often an event coded like this one is coded right.

The assembler gives each event a raw score from how much of it the text pins down (named actors,
a town, a day, no attribution). That score ranks events but is not a probability. A Calibration
maps (sub-event type, raw score) to the share of such events whose type and sub-type were right
on the development gold data, smoothed towards the sub-type's share and the overall share where
there are few examples. `sitrep eval events --fit-calibration FILE` refits the table; the shipped
table is `sitrep/data/calibration.json`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import InputError

PRIOR_WEIGHT = 8.0  # examples' worth of the back-off estimate in each cell


@dataclass(frozen=True, slots=True)
class Sample:
    """One scored event: its sub-type, its raw score, and whether it was coded right."""

    sub_event_type: str
    raw: float
    right: bool


@dataclass(frozen=True, slots=True)
class Calibration:
    """Probability of being right by (sub-type, raw score), with back-off estimates."""

    overall: float
    by_type: dict[str, float] = field(default_factory=dict)
    cells: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Calibration:
        """The shipped table, or one written by `--fit-calibration`."""
        try:
            if path is None:
                text = resources.files("sitrep.data").joinpath("calibration.json").read_text()
            else:
                text = Path(path).read_text(encoding="utf-8")
            data = json.loads(text)
            return cls(float(data["overall"]), dict(data["by_type"]), dict(data["cells"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            where = path or "the shipped calibration table"
            raise InputError(
                f"cannot read {where} ({exc}); refit it with "
                "`sitrep eval events GOLD --fit-calibration FILE`"
            ) from exc

    def apply(self, sub_event_type: str, raw: float) -> float:
        """The calibrated confidence of an event with this sub-type and raw score."""
        cell = self.cells.get(_key(sub_event_type, raw))
        if cell is None:
            cell = self.by_type.get(sub_event_type, self.overall)
        return round(min(0.99, max(0.01, cell)), 2)

    def to_json(self) -> dict[str, Any]:
        return {"overall": self.overall, "by_type": self.by_type, "cells": self.cells}


def fit(samples: Iterable[Sample], *, prior_weight: float = PRIOR_WEIGHT) -> Calibration:
    """Smoothed shares of right events per sub-type and per (sub-type, raw score) cell."""
    type_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cell_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    right = total = 0
    for s in samples:
        for counts in (type_counts[s.sub_event_type], cell_counts[_key(s.sub_event_type, s.raw)]):
            counts[0] += int(s.right)
            counts[1] += 1
        right += int(s.right)
        total += 1
    overall = right / total if total else 0.5
    by_type = {t: _smooth(c, overall, prior_weight) for t, c in type_counts.items()}
    cells = {
        key: _smooth(c, by_type[key.split("|")[0]], prior_weight) for key, c in cell_counts.items()
    }
    return Calibration(round(overall, 4), by_type, cells)


def reliability(pairs: Iterable[tuple[float, bool]], *, bins: int = 10) -> dict[str, Any]:
    """Accuracy per confidence bin and the expected calibration error (ECE)."""
    counts = [[0, 0, 0.0] for _ in range(bins)]
    for confidence, ok in pairs:
        row = counts[min(bins - 1, int(confidence * bins))]
        row[0] += int(ok)
        row[1] += 1
        row[2] += confidence
    total = sum(r[1] for r in counts)
    table = []
    ece = 0.0
    for i, (hits, n, conf_sum) in enumerate(counts):
        if not n:
            continue
        accuracy, mean = hits / n, conf_sum / n
        ece += n / total * abs(accuracy - mean)
        table.append(
            {"bin": f"{i / bins:.1f}-{(i + 1) / bins:.1f}", "events": n, "mean": round(mean, 3)}
            | {"accuracy": round(accuracy, 3)}
        )
    return {"bins": table, "ece": round(ece, 4) if total else None}


def cross_fitted(samples: list[Sample], *, folds: int = 2) -> list[tuple[float, bool]]:
    """Each sample's calibrated confidence from a table fitted on the other folds, so that the
    reliability reported is not measured on the data the table was fitted to."""
    out: list[tuple[float, bool]] = []
    for k in range(folds):
        table = fit(s for i, s in enumerate(samples) if i % folds != k)
        out += [
            (table.apply(s.sub_event_type, s.raw), s.right)
            for i, s in enumerate(samples)
            if i % folds == k
        ]
    return out


def _key(sub_event_type: str, raw: float) -> str:
    return f"{sub_event_type}|{round(raw, 2):.2f}"


def _smooth(counts: list[int], prior: float, weight: float) -> float:
    hits, n = counts
    return round((hits + weight * prior) / (n + weight), 4)
