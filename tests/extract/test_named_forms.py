"""Named actors in the spellings coders' notes use, and a force's sub-unit fighting on its side
(never its opponent)."""

import pytest

from sitrep.extract.actors import ActorDictionary
from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tiger Forces moved north.",
            "Military Forces of Syria (2024-) Tiger Paramilitary Forces (Qawat al-Nimr)",
        ),
        ("The Tribal mobilization moved north.", "TMF: Tribal Mobilization Forces"),
        (
            "Popular mobilization fighters moved north.",
            "Military Forces of Iraq (2022-) Popular Mobilization Forces",
        ),
        ("JaS moved north.", "JaS: Levant Front"),
        ("Ansar al-Tawhid moved north.", "Ansar al Tawhid"),
        ("Harakat al-Qiyam moved north.", "Harakat Al Qiyam"),
        ("The Turkmen Front moved north.", "Iraqi Turkmen Front"),
        ("Turkish border guards moved north.", "Military Forces of Turkey (2016-) Gendarmerie"),
        ("Jaysh Khalid ibn Walid moved north.", "Khalid ibn al-Walid Army"),
        ("Arbaki militiamen moved north.", "Militia (Pro-Government)"),
        ("The Taliban Red Unit moved north.", "Taliban - Red Unit"),
    ],
)
def test_spellings_of_notes(dictionary, text, name):
    (mention,) = dictionary.find(text, country=None)
    assert mention.actor.name == name


@pytest.fixture(scope="module")
def coded():
    extractor = Extractor.load()

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        (result,) = list(run_extraction(extractor, [Document(doc_id="t", text=text)]))
        assert isinstance(result, Result)
        return [(e.sub_event_type, e.actor1, e.actor2) for e in result.events]

    yield run
    extractor.close()


def test_sub_unit_is_no_opponent(coded):
    text = (
        "In Syria, on 3 May 2019, fighting took place between regime forces, including the "
        "Tiger Forces, and Ahrar al-Sham near a hill farm."
    )
    assert coded(text) == [
        ("Armed clash", "Military Forces of Syria (2024-)", "AAS: Ahrar al-Sham")
    ]
