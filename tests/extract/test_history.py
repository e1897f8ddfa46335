"""An act dated over a year before the report's day is its background: no event. The report's
day is its publication date, else the latest day it names."""

from datetime import date

import pytest
import spacy

from sitrep.extract.history import report_day, told_as_history
from sitrep.model import DateRange, Event


def test_an_act_told_as_history_makes_no_event(coded):
    text = (
        "Japanese forces captured Madang, Papua New Guinea, in 1942. On 3 May 2024, gunmen "
        "killed two farmers in Madang."
    )
    assert coded(text) == [
        ("Attack", "Unidentified Armed Group (Papua New Guinea)", "Civilians (Papua New Guinea)")
    ]


def test_an_act_of_the_report_s_year_stays(coded):
    text = (
        "Gunmen killed two farmers in Madang, Papua New Guinea, on 3 January 2024. On 3 May "
        "2024, police arrested three men in Madang."
    )
    assert [c[0] for c in coded(text)] == ["Attack", "Arrests"]


def test_a_date_in_a_clause_on_a_noun_dates_the_noun(coded):
    text = (
        "On 28 March 2018, negotiations took place in Yalda, Syria, to reach a new agreement to "
        "replace the one that was reached in 2014."
    )
    assert [c[0] for c in coded(text)] == ["Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2026, a court in Lima, Peru, charged three soldiers with the murder of two "
        "protesters during the 2023 unrest in Ayacucho.",
        "On 4 May 2026, a court in Paris sentenced a man for his role in the 2015 attacks on a "
        "concert hall, in which 90 people were killed.",
    ],
)
def test_an_act_named_with_a_year_long_past_makes_no_event(published_on, text):
    assert published_on(text, date(2026, 5, 4)) == []


def _event(end: str) -> Event:
    return Event(
        event_id="e",
        doc_id="d",
        event_type="Battles",
        sub_event_type="Armed clash",
        date_start=end,
        date_end=end,
    )


def test_the_year_before_the_report_s_day_is_its_limit():
    today = date(2024, 5, 1)
    doc = spacy.blank("en")("no words")
    assert told_as_history(_event("2023-05-01"), today, doc)
    assert not told_as_history(_event("2023-05-02"), today, doc)  # 365 days (2024 leaps)
    assert not told_as_history(_event("2023-04-30"), None, doc)


def test_the_report_s_day_is_its_publication_date_else_its_latest_day():
    latest = DateRange(start=date(2024, 5, 3), end=date(2024, 5, 3), precision=1)
    assert report_day(date(2024, 6, 1), latest) == date(2024, 6, 1)
    assert report_day(None, latest) == date(2024, 5, 3)
    assert report_day(None, None) is None


def test_actors_are_named_by_the_period_of_the_report_s_day(coded):
    text = (
        "On 3 May 2019, Taliban fighters attacked a police checkpoint in Ghazni, Afghanistan, "
        "killing four policemen."
    )
    assert coded(text) == [("Armed clash", "Taliban", "Police Forces of Afghanistan (2014-2021)")]
