"""`sitrep eval events` on a small gold file written for the project: scores, calibration."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import sitrep

from sitrep.extract.confidence import Calibration

SCHEMA = "acled_2019plus_6types"
RECORDS = [
    (
        "g1",
        "On 4 May 2024, soldiers clashed with gunmen near Zaria, killing three gunmen.",
        {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2024-05-04"},
    ),
    (
        "g2",
        "On 6 May 2024, hundreds of traders marched peacefully in Zaria against new taxes.",
        {
            "event_type": "Protests",
            "sub_event_type": "Peaceful protest",
            "event_date": "2024-05-06",
        },
    ),
]


def write_gold(folder: Path) -> Path:
    path = folder / "gold.jsonl"
    lines = [
        json.dumps({"id": rid, "text": text, "gold": {"schema": SCHEMA, **gold}})
        for rid, text, gold in RECORDS
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_reports_calibration_and_fits_a_table(tmp_path: Path) -> None:
    table = tmp_path / "calibration.json"
    run = sitrep("eval", "events", write_gold(tmp_path), "--fit-calibration", table)
    assert run.code == 0, run.err
    report = json.loads(run.out)
    assert (report["records"], report["detection"], report["event_type"]) == (2, 1.0, 1.0)
    assert report["sub_event_type_weighted_f1"] == 1.0
    assert sum(b["events"] for b in report["calibration"]["cross_fitted"]["bins"]) == 2
    assert sum(b["events"] for b in report["calibration"]["shipped"]["bins"]) == 2
    fitted = Calibration.load(table)
    assert fitted.overall == 1.0
    assert set(fitted.by_type) == {"Armed clash", "Peaceful protest"}


def test_eval_reads_each_note_s_outlet_unless_told_not_to(tmp_path: Path) -> None:
    gold = {
        "schema": SCHEMA,
        "event_type": "Riots",
        "sub_event_type": "Mob violence",
        "event_date": "2024-05-06",
        "actor1": "Rioters (Kenya)",
        "actor2": "Civilians (Kenya)",
        "source": "Daily Nation (Kenya); AFP",
    }
    path = tmp_path / "outlets.jsonl"
    text = "A mob lynched a man accused of stealing a goat."
    path.write_text(json.dumps({"id": "o1", "text": text, "gold": gold}) + "\n", "utf-8")
    with_outlet = sitrep("eval", "events", path)
    without = sitrep("eval", "events", path, "--without-outlets")
    assert (with_outlet.code, without.code) == (0, 0), with_outlet.err + without.err
    scores = [json.loads(r.out) for r in (with_outlet, without)]
    assert [(s["actor1"], s["both_actors"]) for s in scores] == [(1.0, 1.0), (0.0, 0.0)]
