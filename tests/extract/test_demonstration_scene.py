"""Police action told after a demonstration, with no place or day of its own, is that
demonstration's intervention; with a place or a day of its own it is another event."""

from datetime import date

import pytest

from sitrep.model import Document
from sitrep.pipeline import Extractor, Result, run_extraction


@pytest.fixture(scope="module")
def told():
    extractor = Extractor.load()

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        doc = Document(doc_id="t", text=text, published=date(2024, 7, 21))
        (result,) = list(run_extraction(extractor, [doc]))
        assert isinstance(result, Result)
        return [(e.sub_event_type, e.location, e.date_start) for e in result.events]

    yield run
    extractor.close()


def test_police_action_with_nothing_of_its_own_is_the_intervention(told):
    text = "Teachers marched in Nairobi on 3 May 2024. Police dispersed the marchers with tear gas."
    assert told(text) == [("Protest with intervention", "Nairobi", "2024-05-03")]


def test_police_action_on_another_day_is_another_event(told):
    text = "Teachers marched in Nairobi on 3 May 2024. On 9 May, police dispersed the marchers."
    assert [sub for sub, _, _ in told(text)] == ["Peaceful protest", "Protest with intervention"]


def test_police_action_in_another_town_is_another_event(told):
    text = "Teachers marched in Nairobi on 3 May 2024. Police dispersed a march in Mombasa."
    assert [place for _, place, _ in told(text)] == ["Nairobi", "Mombasa"]
