"""The quality gate: scores compared with floors pinned in the repository (floors only rise)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError


def load_floors(path: Path, section: str) -> dict[str, float]:
    """The floors of one section ('events', 'geo:lgl', ...) of a floors JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read floors file {path}: {exc}") from exc
    floors = data.get(section)
    if not isinstance(floors, dict):
        raise EvalError(f"floors file {path} has no section {section!r}; add one or drop --floors")
    return {str(k): float(v) for k, v in floors.items()}


def below_floor(report: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per metric that fell below its floor (or is missing from the report)."""
    problems = []
    for metric, floor in sorted(floors.items()):
        value = metric_value(report, metric)
        if not isinstance(value, int | float):
            problems.append(f"{metric}: missing from the report (floor {floor})")
        elif value < floor:
            problems.append(f"{metric}: {value:.4f} is below its floor {floor:.4f}")
    return problems


def metric_value(report: dict[str, Any], metric: str) -> object:
    """A metric by its dotted path in a nested report ("recognition.exact.f1")."""
    value: object = report
    for part in metric.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value
