"""Issue 4's must-show on the shared front-line report (read from ../shared, never copied):
the reporter's own doings and the fighters' banter make no event; only the fighting does."""

from pathlib import Path

import pytest

from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction

HAJIN = Path(__file__).resolve().parents[3] / "shared" / "examples" / "hajin.txt"
SIDES = {"QSD: Syrian Democratic Forces", "Islamic State (Syria)"}


@pytest.fixture(scope="module")
def hajin() -> Result:
    if not HAJIN.is_file():
        pytest.skip(f"{HAJIN} is absent")
    extractor = Extractor.load()
    document = Document(doc_id="hajin", text=HAJIN.read_text(encoding="utf-8"))
    (result,) = list(run_extraction(extractor, [document]))
    extractor.close()
    assert isinstance(result, Result)
    return result


def test_only_the_fighting_is_coded(hajin: Result) -> None:
    coded = sorted((e.sub_event_type, "aggregate" in e.tags) for e in hajin.events)
    assert coded == [
        ("Armed clash", False),
        ("Armed clash", True),
        ("Non-state actor overtakes territory", False),
    ]
    assert all({e.actor1, e.actor2} == SIDES for e in hajin.events)
