"""parse_dateline and split_title as pure functions."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.read import parse_dateline, split_title


@pytest.mark.parametrize(
    ("text", "day", "line"),
    [
        (
            "KHARKIV, Ukraine, March 14, 2024 - Missiles hit.",
            date(2024, 3, 14),
            "KHARKIV, Ukraine, March 14, 2024 -",
        ),
        (
            "Khartoum, 3 June 2023 (Reuters) - Shelling.",
            date(2023, 6, 3),
            "Khartoum, 3 June 2023 (Reuters) -",
        ),
        ("May 5, 2024 — Gunmen struck.", date(2024, 5, 5), "May 5, 2024 —"),
        (
            "Deir ez-Zor, Syria, 9 Sept. 2017: Fighting.",
            date(2017, 9, 9),
            "Deir ez-Zor, Syria, 9 Sept. 2017:",
        ),
        (
            "  NEW YORK, Tuesday, March 12, 2024 -- Talks.",
            date(2024, 3, 12),
            "NEW YORK, Tuesday, March 12, 2024 --",
        ),
        (
            "Raid in the north\n\nMOSUL, Iraq, 2 May 2017 - Troops.",
            date(2017, 5, 2),
            "MOSUL, Iraq, 2 May 2017 -",
        ),
    ],
)
def test_datelines(text: str, day: date, line: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found[0] == day
    span = found[1]
    assert (span.text, span.label) == (line, "DATELINE")
    assert text[span.start : span.end] == line


def test_dateline_without_year_needs_a_reference() -> None:
    text = "KYIV, March 14 (Reuters) - Drones hit."
    assert parse_dateline(text) is None
    found = parse_dateline(text, reference=date(2024, 3, 20))
    assert found is not None and found[0] == date(2024, 3, 14)
    found = parse_dateline(text, reference=date(2024, 3, 1))
    assert found is not None and found[0] == date(2023, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — Officials said.",
        "Fighting erupted, March 3, 2024 - in the town.",
        "Gunmen attacked on March 3, 2024 - residents said.",
        "The town fell. KHARKIV, Ukraine, March 14, 2024 - text.",
        "KYIV, February 30, 2024 - impossible day.",
        "",
    ],
)
def test_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_split_title() -> None:
    assert split_title("Raid on the camp\n\nGunmen attacked.") == ("Raid on the camp", 18)
    assert split_title("Raid on the camp\r\n\r\nGunmen attacked.") == ("Raid on the camp", 20)
    assert split_title("Gunmen attacked the camp.\n\nMore text.") == (None, 0)
    assert split_title("Raid on the camp\nGunmen attacked.") == (None, 0)
    assert split_title("Raid on the camp\n\n") == (None, 0)
    assert split_title("x" * 201 + "\n\nBody.") == (None, 0)


_PARAGRAPH = (
    "KADUNA, Nigeria - Gunmen killed four traders on the road out of Kachia on Monday, a "
    "police spokesman said, adding that officers had been sent to the area."
)


def test_a_headline_with_one_line_break_above_a_paragraph_is_a_title() -> None:
    text = "Gunmen kill four traders near Kachia\n" + _PARAGRAPH + "\nMore text.\n"
    assert split_title(text) == ("Gunmen kill four traders near Kachia", 37)


@pytest.mark.parametrize(
    "first",
    [
        "Gunmen killed four traders on the road out of Kachia on Monday, a police spokesman said,",
        "Gunmen killed four traders on the road out of the",
        "Kachia",
        "Is the road out of Kachia safe?",
    ],
)
def test_a_line_that_runs_on_or_stands_alone_is_no_title(first: str) -> None:
    assert split_title(first + "\n" + _PARAGRAPH) == (None, 0)


def test_hard_wrapped_lines_are_no_title() -> None:
    text = (
        "Gunmen killed four traders on the road out of Kachia on Monday\n"
        "a police spokesman said, adding that officers had been sent to the\n"
        "area where the traders were found.\n"
    )
    assert split_title(text) == (None, 0)
