"""Calibrated confidence: fitting, back-off, reliability, cross-fitting, the shipped table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.extract.confidence import Calibration, Sample, cross_fitted, fit, reliability


def samples() -> list[Sample]:
    clash = [Sample("Armed clash", 0.9, i < 9) for i in range(10)]
    strike = [Sample("Air/drone strike", 0.8, i < 2) for i in range(4)]
    return clash + strike


def test_fit_smooths_cells_towards_their_type_and_types_towards_the_whole() -> None:
    table = fit(samples(), prior_weight=2.0)
    assert table.overall == pytest.approx(11 / 14, abs=1e-4)
    assert table.by_type["Armed clash"] == pytest.approx((9 + 2 * 11 / 14) / 12, abs=1e-4)
    cell = table.cells["Armed clash|0.90"]
    assert cell == pytest.approx((9 + 2 * table.by_type["Armed clash"]) / 12, abs=1e-4)


def test_apply_backs_off_from_cell_to_type_to_overall() -> None:
    table = Calibration(0.7, {"Attack": 0.6}, {"Attack|0.85": 0.91})
    assert table.apply("Attack", 0.85) == 0.91
    assert table.apply("Attack", 0.5) == 0.6
    assert table.apply("Grenade", 0.5) == 0.7
    assert Calibration(1.0).apply("Attack", 0.9) == 0.99


def test_reliability_bins_and_expected_calibration_error() -> None:
    pairs = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True), (0.55, False)]
    report = reliability(pairs)
    assert report["bins"] == [
        {"bin": "0.5-0.6", "events": 2, "mean": 0.55, "accuracy": 0.5},
        {"bin": "0.9-1.0", "events": 10, "mean": 0.95, "accuracy": 0.9},
    ]
    assert report["ece"] == pytest.approx((2 * 0.05 + 10 * 0.05) / 12, abs=1e-4)
    assert reliability([]) == {"bins": [], "ece": None}


def test_cross_fitting_judges_each_sample_by_the_other_fold() -> None:
    got = cross_fitted(samples(), folds=2)
    assert len(got) == 14
    assert sorted(ok for _, ok in got) == sorted(s.right for s in samples())


def test_shipped_table_loads_and_round_trips(tmp_path: Path) -> None:
    shipped = Calibration.load()
    assert 0.0 < shipped.overall < 1.0 and "Armed clash" in shipped.by_type
    path = tmp_path / "table.json"
    path.write_text(json.dumps(shipped.to_json()))
    assert Calibration.load(path) == shipped


def test_unreadable_table_is_one_actionable_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    with pytest.raises(InputError, match="refit it with `sitrep eval events GOLD"):
        Calibration.load(path)
