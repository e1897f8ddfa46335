"""The quality gate's floors file is well formed, and the gate reads nested metrics."""

import json
from pathlib import Path

from sitrep.evaluate.gate import below_floor, load_floors

FLOORS = Path(__file__).resolve().parents[1] / "quality" / "floors.json"


def test_every_section_loads_with_scores_between_zero_and_one():
    sections = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(sections) == {"events", "geo:lgl", "geo:geovirus"}
    for section in sections:
        assert all(0 < v <= 1 for v in load_floors(FLOORS, section).values())


def test_a_score_below_its_floor_is_reported_and_a_missing_one_too():
    report = {"recognition": {"exact": {"f1": 0.7}}, "detection": 0.99}
    floors = {"recognition.exact.f1": 0.8, "detection": 0.9, "date_exact": 0.5}
    assert below_floor(report, floors) == [
        "date_exact: missing from the report (floor 0.5)",
        "recognition.exact.f1: 0.7000 is below its floor 0.8000",
    ]
