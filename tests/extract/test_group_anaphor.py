"""'The group' as subject refers back to the actor named before it, as a pronoun does."""

import pytest

from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def coded():
    extractor = Extractor.load()

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        (result,) = list(run_extraction(extractor, [Document(doc_id="t", text=text)]))
        assert isinstance(result, Result)
        return [(e.sub_event_type, e.actor1, e.actor2) for e in result.events]

    yield run
    extractor.close()


BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_the_group_refers_back(coded):
    text = (
        "Boko Haram fighters crossed into Gwoza, Nigeria, on 3 May 2019. "
        "The group then stormed a police station there."
    )
    assert coded(text) == [("Armed clash", BOKO, "Police Forces of Nigeria (2023-)")]
