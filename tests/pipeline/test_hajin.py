"""Issue 2's must-show on the shared front-line report (read from ../shared, never copied)."""

from pathlib import Path

import pytest

SDF, IS = "QSD: Syrian Democratic Forces", "Islamic State (Syria)"
HAJIN = Path(__file__).resolve().parents[3] / "shared" / "examples" / "hajin.txt"


@pytest.fixture(scope="module")
def hajin(extract):
    if not HAJIN.is_file():
        pytest.skip(f"{HAJIN} is absent")
    return extract(HAJIN.read_text(encoding="utf-8"), doc_id="hajin")


def test_clash_between_sdf_and_islamic_state_at_hajin(hajin):
    clashes = [
        e
        for e in hajin.events
        if e.sub_event_type == "Armed clash"
        and {e.actor1, e.actor2} == {SDF, IS}
        and "aggregate" not in e.tags
    ]
    assert len(clashes) == 1
    clash = clashes[0]
    assert (clash.event_type, clash.country, clash.admin1) == ("Battles", "Syria", "Deir ez-Zor")
    assert (round(clash.latitude, 3), round(clash.longitude, 3)) == (34.695, 40.831)
    assert clash.geo_precision == 1
    assert "2018-02-09" <= clash.date_start <= clash.date_end <= "2018-03-09"
    assert "framing:gangs" in clash.tags


def test_evidence_points_into_the_text(hajin):
    text = hajin.document.text
    for event in hajin.events:
        assert event.evidence
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_transliterated_villages_stay_unresolved(hajin):
    unresolved = {t.text for t in hajin.unresolved}
    assert {"Xiranice", "Behran"} <= unresolved
    coded_at = {e.location for e in hajin.events}
    assert not coded_at & {"Xiranice", "Behran"}


def test_the_attacks_a_fighter_counts_are_a_claimed_aggregate(hajin):
    (counted,) = [e for e in hajin.events if "aggregate" in e.tags]
    assert (counted.actor1, counted.actor2) == (IS, SDF)
    assert counted.claimed_by is not None and "Talal" in counted.claimed_by


def test_villages_cleared_of_is_are_taken_by_the_sdf(hajin):
    (taken,) = [
        e for e in hajin.events if e.sub_event_type == "Non-state actor overtakes territory"
    ]
    assert (taken.actor1, taken.actor2) == (
        "QSD: Syrian Democratic Forces",
        "Islamic State (Syria)",
    )
    assert {"unresolved_place:Abu Hamam", "unresolved_place:Xiranice"} <= set(taken.tags)
    assert (taken.admin1, taken.geo_precision) == ("Deir ez-Zor", 3)
