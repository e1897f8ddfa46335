"""A province's name tells the report's country when no place resolves ('in southern Idleb')."""

import pytest

from sitrep.extract.actors import ActorDictionary
from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Shells fell on a hamlet in eastern Idleb.", "Syria"),
        ("Shells fell on a hamlet in Deir-ez-Zor.", "Syria"),
        ("Shells fell on a hamlet in Deir ez-Zor.", "Syria"),
        ("A bomb went off on a road in Diyala.", "Iraq"),
        ("A bomb went off on a road near here.", None),
    ],
)
def test_region_names_country(dictionary, text, country):
    assert dictionary.country_named(text) == country


@pytest.fixture(scope="module")
def coded():
    extractor = Extractor.load()

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        (result,) = list(run_extraction(extractor, [Document(doc_id="t", text=text)]))
        assert isinstance(result, Result)
        return [(e.sub_event_type, e.actor1, e.actor2) for e in result.events]

    yield run
    extractor.close()


def test_unknown_village_in_a_known_province(coded):
    assert coded("Gunmen shot dead a shepherd near Qzzyrat in rural Diyala.") == [
        ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    ]
