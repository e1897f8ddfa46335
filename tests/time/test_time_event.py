"""event_range: which expression dates an event, and the fallbacks."""

from __future__ import annotations

from datetime import date

from sitrep.model import DateRange, Span
from sitrep.time import DEFAULT_WINDOW_DAYS, event_range, find_time_expressions

THURSDAY = date(2024, 3, 14)


def sentence_of(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start=start, end=start + len(piece), text=piece, label="SENT")


def range_for(text: str, piece: str, published: date | None) -> tuple[date, date, int] | None:
    found = find_time_expressions(text, published=published)
    chosen = event_range(found, sentence=sentence_of(text, piece), published=published)
    return None if chosen is None else (chosen.start, chosen.end, chosen.precision)


def test_expression_in_the_sentence_dates_the_event() -> None:
    text = "Talks stalled last month. Gunmen killed four villagers on Wednesday."
    piece = "Gunmen killed four villagers on Wednesday."
    assert range_for(text, piece, THURSDAY) == (date(2024, 3, 13), date(2024, 3, 13), 1)


def test_a_day_beats_background_since_and_duration() -> None:
    text = (
        "In the war that has raged since April 2023, and for 30 days here,"
        " jets struck the camp on Monday."
    )
    assert range_for(text, text, THURSDAY) == (date(2024, 3, 11), date(2024, 3, 11), 1)


def test_duration_beats_since() -> None:
    text = "Since April 2023 the army has besieged the town for more than 30 days."
    assert range_for(text, text, THURSDAY) == (date(2024, 2, 13), date(2024, 3, 14), 3)


def test_reporting_date_yields_to_the_event_date() -> None:
    text = "The ministry said on Thursday that jets struck the camp on Tuesday."
    assert range_for(text, text, THURSDAY) == (date(2024, 3, 12), date(2024, 3, 12), 1)
    text = "The ministry said on Thursday that jets struck the camp."
    assert range_for(text, text, THURSDAY) == (date(2024, 3, 14), date(2024, 3, 14), 1)


def test_no_expression_falls_back_to_the_week_before_publication() -> None:
    text = "Fighting broke out in the town. It was heavy."
    assert DEFAULT_WINDOW_DAYS == 7
    assert range_for(text, "It was heavy.", THURSDAY) == (date(2024, 3, 8), THURSDAY, 2)


def test_dateline_date_is_not_an_event_date() -> None:
    text = "KHARKIV, Ukraine, March 14, 2024 - Missiles struck the city."
    assert range_for(text, text, THURSDAY) == (date(2024, 3, 8), THURSDAY, 2)


def test_no_publication_date_uses_the_document_frame() -> None:
    text = (
        "Heavy fighting goes on in the town.\n\n"
        "The offensive continues for the sixth month since its launch on September 9, 2017."
        " Fighters have besieged the town for more than 30 days."
    )
    assert range_for(text, "Heavy fighting goes on in the town.", None) == (
        date(2018, 2, 9),
        date(2018, 3, 9),
        3,
    )


def test_no_publication_date_and_no_anchored_expression_is_none() -> None:
    text = "Heavy fighting went on yesterday. The town was shelled."
    assert range_for(text, "The town was shelled.", None) is None
    assert range_for(text, "Heavy fighting went on yesterday.", None) is None


def test_evidence_points_at_the_expression() -> None:
    text = "Jets struck the camp on 9 March 2024."
    found = find_time_expressions(text, published=None)
    chosen = event_range(found, sentence=sentence_of(text, text), published=None)
    assert isinstance(chosen, DateRange)
    assert chosen.evidence is not None
    assert text[chosen.evidence.start : chosen.evidence.end] == "9 March 2024"
    assert chosen.best_day == date(2024, 3, 9)
