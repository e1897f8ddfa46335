"""A weapon's launcher told before (sitrep/extract/launchers.py): a report that names one
launcher of remote fire lends it to the strikes and downed weapons it tells after without
naming anyone."""

import pytest

from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction

Coded = tuple[str, str | None, str | None]


@pytest.fixture(scope="module")
def extractor():
    extractor = Extractor.load()
    yield extractor
    extractor.close()


def _coded(extractor: Extractor, text: str) -> list[Coded]:
    (result,) = list(run_extraction(extractor, [Document(doc_id="t", text=text)]))
    assert isinstance(result, Result)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in result.events]


def test_an_unnamed_strike_after_the_barrage_is_the_launchers(extractor):
    text = (
        "Russia launched 40 drones and two missiles at Ukraine overnight, Ukraine's air force"
        " said on Monday. Air defence units shot down 31 of the drones, it said. A missile"
        " struck a school in the city of Poltava, killing two people."
    )
    assert _coded(extractor, text)[-1] == (
        "Shelling/artillery/missile attack",
        "Military Forces of Russia (2000-)",
        "Civilians (Ukraine)",
    )


def test_the_downed_drones_are_the_launchers(extractor):
    text = (
        "Russia launched 40 drones at Ukraine overnight, Ukraine's air force said on Monday."
        " Air defence units shot down 31 of the drones over the Poltava region, it said."
    )
    assert _coded(extractor, text)[-1] == (
        "Disrupted weapons use",
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    )


def test_two_launchers_named_lend_none(extractor):
    text = (
        "Russian artillery shelled the town of Vovchansk, Ukraine, on Monday. Ukrainian drones"
        " struck a fuel depot in Russia's Belgorod region the same night. A missile hit a"
        " warehouse in the city of Kharkiv, Ukraine, on Tuesday."
    )
    assert _coded(extractor, text)[-1][1] == "Unidentified Armed Group (Ukraine)"


def test_a_launcher_is_never_the_other_side_of_its_own_downing(extractor):
    text = (
        "Ukraine launched 30 drones at the Bryansk region of Russia overnight. Ukraine's air"
        " defence units shot down 12 of the drones that Russia launched in return."
    )
    assert (
        "Disrupted weapons use",
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Ukraine (2019-)",
    ) not in _coded(extractor, text)
