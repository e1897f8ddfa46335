"""find_time_expressions: every phenomenon with exact ranges (published Thursday 2024-03-14)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Span
from sitrep.time import Kind, TimeExpression, find_time_expressions

THURSDAY = date(2024, 3, 14)


def only(text: str, published: date | None = THURSDAY) -> TimeExpression:
    found = find_time_expressions(text, published=published)
    assert len(found) == 1, found
    return found[0]


def dates(text: str, published: date | None = THURSDAY) -> tuple[str, str, int] | None:
    expression = only(text, published)
    if expression.range is None:
        return None
    r = expression.range
    return r.start.isoformat(), r.end.isoformat(), r.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out on September 9, 2017 near the river.", ("2017-09-09", "2017-09-09", 1)),
        ("Clashes broke out on 9 September 2017.", ("2017-09-09", "2017-09-09", 1)),
        ("Clashes broke out on the 9th of September, 2017.", ("2017-09-09", "2017-09-09", 1)),
        ("Clashes broke out on Sept. 9 2017.", ("2017-09-09", "2017-09-09", 1)),
        ("Clashes broke out on Saturday, September 9, 2017.", ("2017-09-09", "2017-09-09", 1)),
        ("The report is dated 2018-02-14.", ("2018-02-14", "2018-02-14", 1)),
        ("Gunmen attacked a market on March 3.", ("2024-03-03", "2024-03-03", 1)),
        ("Gunmen attacked a market on 20 March.", ("2023-03-20", "2023-03-20", 1)),
        ("The town fell in March 2018.", ("2018-03-01", "2018-03-31", 3)),
        ("The town fell in February 2024.", ("2024-02-01", "2024-02-29", 3)),
        ("The town fell in 2017.", ("2017-01-01", "2017-12-31", 3)),
        ("The town fell in January.", ("2024-01-01", "2024-01-31", 3)),
        ("The town fell in May.", ("2023-05-01", "2023-05-31", 3)),
        ("Raids took place on 23/03/2017.", ("2017-03-23", "2017-03-23", 1)),
        ("Raids took place on 14.02.2018.", ("2018-02-14", "2018-02-14", 1)),
        ("Raids took place on 02/14/2018.", ("2018-02-14", "2018-02-14", 1)),
        ("Raids took place on 03/04/2018.", ("2018-04-03", "2018-04-03", 1)),
        ("Raids took place on March the 3rd, 2018.", ("2018-03-03", "2018-03-03", 1)),
        ("Raids took place between February 20th and 27th.", ("2024-02-20", "2024-02-27", 2)),
        ("Raids took place between 20 and 27 February 2018.", ("2018-02-20", "2018-02-27", 2)),
        ("Raids took place on 3-5 March 2018.", ("2018-03-03", "2018-03-05", 2)),
        ("Raids took place on March 3-5, 2018.", ("2018-03-03", "2018-03-05", 2)),
        ("Raids took place between March 3 and March 5, 2018.", ("2018-03-03", "2018-03-05", 2)),
        ("Raids took place in early March 2018.", ("2018-03-01", "2018-03-10", 2)),
        ("Raids took place in mid-March 2018.", ("2018-03-11", "2018-03-20", 2)),
        ("Raids took place in late March 2018.", ("2018-03-21", "2018-03-31", 2)),
        ("Raids took place in early 2018.", ("2018-01-01", "2018-04-30", 3)),
        ("Raids took place at the end of February 2024.", ("2024-02-21", "2024-02-29", 2)),
        ("Raids took place in the second half of 2017.", ("2017-07-01", "2017-12-31", 3)),
    ],
)
def test_absolute(text: str, expected: tuple[str, str, int]) -> None:
    assert only(text).kind == Kind.ABSOLUTE
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the district yesterday.", ("2024-03-13", "2024-03-13", 1)),
        ("Shelling hit the district today.", ("2024-03-14", "2024-03-14", 1)),
        ("Shelling hit the district this morning.", ("2024-03-14", "2024-03-14", 1)),
        ("Shelling hit the district the day before yesterday.", ("2024-03-12", "2024-03-12", 1)),
        ("Shelling hit the district last night.", ("2024-03-13", "2024-03-13", 1)),
        ("Shelling hit the district overnight.", ("2024-03-13", "2024-03-13", 1)),
        ("Shelling hit the district overnight into Wednesday.", ("2024-03-12", "2024-03-12", 1)),
        ("Shelling hit the district on Wednesday.", ("2024-03-13", "2024-03-13", 1)),
        ("Shelling hit the district on Thursday.", ("2024-03-14", "2024-03-14", 1)),
        ("Shelling hit the district on Friday.", ("2024-03-08", "2024-03-08", 1)),
        ("Shelling hit the district last Thursday.", ("2024-03-07", "2024-03-07", 1)),
        ("Shelling hit the district on Monday night.", ("2024-03-11", "2024-03-11", 1)),
        ("Shelling hit the district over the weekend.", ("2024-03-09", "2024-03-10", 2)),
        ("Shelling hit the district earlier this week.", ("2024-03-11", "2024-03-13", 2)),
        ("Shelling hit the district this week.", ("2024-03-11", "2024-03-14", 2)),
        ("Shelling hit the district last week.", ("2024-03-04", "2024-03-10", 2)),
        ("Shelling hit the district last month.", ("2024-02-01", "2024-02-29", 3)),
        ("Shelling hit the district earlier this month.", ("2024-03-01", "2024-03-13", 2)),
        ("Shelling hit the district last year.", ("2023-01-01", "2023-12-31", 3)),
        ("Shelling hit the district two days ago.", ("2024-03-12", "2024-03-12", 1)),
        ("Shelling hit the district three weeks ago.", ("2024-02-19", "2024-02-25", 2)),
        ("Shelling hit the district a week ago.", ("2024-03-04", "2024-03-10", 2)),
        ("Shelling hit the district two months ago.", ("2024-01-01", "2024-01-31", 3)),
        ("Shelling hit the district in recent days.", ("2024-03-07", "2024-03-14", 2)),
    ],
)
def test_relative(text: str, expected: tuple[str, str, int]) -> None:
    assert only(text).kind == Kind.RELATIVE
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town has been besieged for more than 30 days.", ("2024-02-13", "2024-03-14", 3)),
        ("The town has been besieged for 30 days.", ("2024-02-13", "2024-03-14", 3)),
        ("The town has been besieged for two weeks.", ("2024-02-29", "2024-03-14", 2)),
        ("Strikes hit the town for a week.", ("2024-03-07", "2024-03-14", 2)),
        ("Strikes hit the town in the past 24 hours.", ("2024-03-13", "2024-03-14", 2)),
        ("Strikes hit the town over the past three days.", ("2024-03-11", "2024-03-14", 2)),
        ("Strikes hit the town over the past week.", ("2024-03-07", "2024-03-14", 2)),
        ("Protests went on for the third day in a row.", ("2024-03-13", "2024-03-14", 2)),
    ],
)
def test_duration_ending_at_publication(text: str, expected: tuple[str, str, int]) -> None:
    assert only(text).kind == Kind.DURATION
    assert dates(text) == expected


def test_nth_month_since_a_date() -> None:
    text = (
        "The operation continues for the sixth month since the launch of the campaign"
        " on September 9, 2017."
    )
    expression = only(text, published=None)
    assert expression.kind == Kind.DURATION
    assert expression.span.text == (
        "for the sixth month since the launch of the campaign on September 9, 2017"
    )
    assert expression.range is not None
    assert (expression.range.start, expression.range.end) == (date(2018, 2, 9), date(2018, 3, 9))
    assert expression.range.precision == 3
    assert expression.range.evidence == expression.span


def test_nth_unit_since_clamps_at_month_end() -> None:
    text = "It was the first month since the truce of January 31, 2024."
    assert dates(text) == ("2024-01-31", "2024-02-29", 3)
    text = "It was the second month since the truce of January 31, 2023."
    assert dates(text) == ("2023-02-28", "2023-03-31", 3)
    text = "Fighting raged for the fourth day since 3 March 2024."
    assert dates(text) == ("2024-03-06", "2024-03-07", 2)


def test_since_runs_to_publication_and_swallows_its_date() -> None:
    expression = only("The war has raged since April 2023.")
    assert expression.kind == Kind.SINCE
    assert expression.span.text == "since April 2023"
    assert dates("The war has raged since April 2023.") == ("2023-04-01", "2024-03-14", 3)
    assert dates("Aid has been blocked since Monday.") == ("2024-03-11", "2024-03-14", 2)
    assert dates("The war has raged since April 2023.", published=None) is None


def test_since_does_not_reach_past_the_clause() -> None:
    found = find_time_expressions(
        "Nothing changed since. On Monday, talks began.", published=THURSDAY
    )
    assert [(e.kind, e.span.text) for e in found] == [(Kind.RELATIVE, "Monday")]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit the district on Wednesday.",
        "Shelling hit the district yesterday.",
        "Shelling hit the district overnight.",
        "Shelling hit the district last week.",
        "Gunmen attacked a market on March 3.",
        "The town has been besieged for 30 days.",
    ],
)
def test_no_publication_date_leaves_relative_expressions_unanchored(text: str) -> None:
    expression = only(text, published=None)
    assert expression.range is None


def test_full_dates_anchor_without_publication_date() -> None:
    assert dates("Clashes broke out on 9 September 2017.", published=None) == (
        "2017-09-09",
        "2017-09-09",
        1,
    )


def test_spans_are_offsets_into_the_text() -> None:
    text = "Shelling hit the district on Wednesday and again on 9 March."
    found = find_time_expressions(text, published=THURSDAY)
    assert [(e.span.start, e.span.end, e.span.text) for e in found] == [
        (29, 38, "Wednesday"),
        (52, 59, "9 March"),
    ]
    assert all(text[e.span.start : e.span.end] == e.span.text for e in found)


def test_dateline_date_is_marked() -> None:
    text = "KHARKIV, Ukraine, March 14, 2024 - Missiles struck the city overnight."
    found = find_time_expressions(text, published=THURSDAY)
    assert [(e.kind, e.span.text) for e in found] == [
        (Kind.DATELINE, "March 14, 2024"),
        (Kind.RELATIVE, "overnight"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters march on the capital.",
        "Officials may 5 times reconsider.",
        "A force of 2017 fighters.",
        "The first day of the talks was calm.",
        "They met on February 30, 2018.",
        "They met on 31/02/2018.",
        "Version 1.2.2018.5 was released.",
    ],
)
def test_non_dates_are_ignored(text: str) -> None:
    assert find_time_expressions(text, published=THURSDAY) == []


def test_hint_spans_add_dates_the_rules_miss() -> None:
    text = "The attack of 14-Feb-2018 was condemned."
    hint = Span(start=14, end=25, text="14-Feb-2018", label="DATE")
    assert find_time_expressions(text, published=THURSDAY) == []
    found = find_time_expressions(text, published=THURSDAY, date_spans=[hint])
    assert len(found) == 1
    assert found[0].range is not None
    assert (found[0].range.start, found[0].range.end) == (date(2018, 2, 14), date(2018, 2, 14))


def test_hint_spans_that_are_durations_are_ignored() -> None:
    text = "The siege lasted three days in the 1990s."
    hints = [
        Span(start=17, end=27, text="three days", label="DATE"),
        Span(start=31, end=40, text="the 1990s", label="DATE"),
    ]
    assert find_time_expressions(text, published=THURSDAY, date_spans=hints) == []
