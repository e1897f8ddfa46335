"""Weapons downed in flight, told as a part of a barrage ("shot down 61 of the drones",
"intercepted and destroyed 42 drones", "20 drones were lost to jamming"), are disrupted
weapons use with no one killed; a part named again after the barrage is a new act, not the
strike told once more."""

import pytest

from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def extractor():
    extractor = Extractor.load()
    yield extractor
    extractor.close()


def _events(extractor, text):
    (result,) = list(run_extraction(extractor, [Document(doc_id="t", text=text)]))
    assert isinstance(result, Result)
    return [(e.sub_event_type, e.actor1, e.fatalities) for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said it shot down 48 of 73 Shahed drones launched at Odesa overnight.",
        "Air defence units shot down most of the missiles over Dnipro, Ukraine, on Tuesday.",
    ],
)
def test_a_part_of_a_barrage_downed_kills_no_one(extractor, text):
    assert _events(extractor, text) == [
        ("Disrupted weapons use", "Military Forces of Ukraine (2019-)", None)
    ]


def test_intercepted_and_destroyed_is_disrupted(extractor):
    text = (
        "Russia's Defence Ministry said air defence systems had intercepted and destroyed 42"
        " Ukrainian drones over the Bryansk region overnight."
    )
    assert [e[:2] for e in _events(extractor, text)] == [
        ("Disrupted weapons use", "Military Forces of Russia (2000-)")
    ]


def test_drones_lost_to_jamming_strike_nothing(extractor):
    text = "Twenty drones were lost to electronic warfare over Kharkiv, Ukraine, on Friday."
    assert [e[0] for e in _events(extractor, text)] == ["Disrupted weapons use"]


def test_the_drones_downed_after_the_barrage_are_their_own_act(extractor):
    text = (
        "Russia launched 85 drones at Ukraine overnight, Ukraine's air force said on Monday."
        " Air defence units shot down 61 of the drones over the Kyiv region, it said."
    )
    assert [e[:2] for e in _events(extractor, text)] == [
        ("Air/drone strike", "Military Forces of Russia (2000-)"),
        ("Disrupted weapons use", "Military Forces of Ukraine (2019-)"),
    ]


def test_a_destroyed_depot_is_no_downing(extractor):
    text = "Ukrainian drones destroyed an ammunition depot near Kursk, Russia, on Sunday."
    assert [e[0] for e in _events(extractor, text)] == ["Air/drone strike"]
