"""`sitrep eval plover`: PLOVER category accuracy on a small gold file written for the project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.errors import EvalError
from sitrep.evaluate.commands import evaluate
from sitrep.evaluate.plover import CODABLE, NONE, PloverScores, read_plover

RECORDS = [
    ("p1", "Soldiers clashed with rebel fighters near Goma on Monday.", "FIGHT"),
    ("p2", "Thousands of nurses marched through Lusaka on Friday to demand better pay.", "PROTEST"),
    ("p3", "The foreign minister met his Kenyan counterpart in Nairobi on Tuesday.", "CONSULT"),
]


def write_gold(folder: Path) -> Path:
    path = folder / "plover.jsonl"
    lines = [json.dumps({"id": i, "text": t, "gold": {"event": c}}) for i, t, c in RECORDS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_scores_over_all_records_and_over_codable_ones():
    scores = PloverScores()
    for gold, predicted in [("FIGHT", "FIGHT"), ("PROTEST", "ASSAULT"), ("CONSULT", NONE)]:
        scores.add(gold, predicted)
    report = scores.report()
    assert (report["accuracy_all"], report["accuracy_codable"]) == (0.3333, 0.5)
    assert (report["codable_records"], report["no_event_outside"]) == (2, 1.0)
    assert report["confusion"]["PROTEST"] == {"ASSAULT": 1}
    assert {"FIGHT", "ASSAULT", "PROTEST", "COERCE"} <= CODABLE and "CONSULT" not in CODABLE


def test_eval_plover_command_runs_the_pipeline(tmp_path):
    run = CliRunner().invoke(evaluate, ["plover", str(write_gold(tmp_path))])
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout)
    assert report["records"] == 3
    assert report["per_category"]["FIGHT"] == {"n": 1, "accuracy": 1.0, "codable": True}
    assert report["per_category"]["PROTEST"]["accuracy"] == 1.0
    assert report["no_event_outside"] == 1.0


def test_a_record_without_a_category_is_an_eval_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Hello."}) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match="gold.event"):
        list(read_plover(path))
