"""Issue 8's must-show on the shared front-line report (read from ../shared, never copied)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.control.model import Status

SDF, IS = "QSD: Syrian Democratic Forces", "Islamic State (Syria)"
HAJIN = Path(__file__).resolve().parents[3] / "shared" / "examples" / "hajin.txt"


@pytest.fixture(scope="module")
def hajin(extract):
    if not HAJIN.is_file():
        pytest.skip(f"{HAJIN} is absent")
    return extract(HAJIN.read_text(encoding="utf-8"), doc_id="hajin")


def test_hajin_besieged_by_the_sdf_with_the_islamic_state_inside(hajin):
    (siege,) = [f for f in hajin.control if f.place == "Hajin" and f.status == Status.BESIEGES]
    assert (siege.actor, siege.counterpart, siege.resolved) == (SDF, IS, True)
    assert date(2018, 1, 1) <= siege.valid_from <= siege.observed <= date(2018, 3, 31)
    assert siege.valid_until is None


def test_villages_from_abu_hamam_to_xiranice_under_sdf_control_by_the_report_date(hajin):
    held = {
        f.place: f
        for f in hajin.control
        if f.status == Status.CONTROLS and "range:Abu Hamam..Xiranice" in f.tags
    }
    assert sorted(held) == ["Abu Hamam", "Xiranice"]
    for fact in held.values():
        assert (fact.actor, fact.counterpart) == (SDF, IS)
        assert fact.valid_from <= fact.observed <= date(2018, 3, 31)
    assert not held["Xiranice"].resolved  # kept by name, flagged unresolved
    assert held["Xiranice"].country == "Syria"


def test_operation_cizire_storm_launched_2017_09_09_on_two_fronts(hajin):
    (operation,) = hajin.operations
    assert (operation.name, operation.launched, operation.precision, operation.fronts) == (
        "Operation Cizire Storm",
        date(2017, 9, 9),
        1,
        2,
    )
    text = hajin.document.text
    assert all(text[e.start : e.end] == e.text for e in operation.evidence)
    assert {f.operation for f in hajin.control} == {"Operation Cizire Storm"}
