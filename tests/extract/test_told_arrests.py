"""Arrests told on after the report named who made them are that side's, not the police
stand-in's; with no side named arresting before, the stand-in stays."""

import pytest

CASES = [
    (
        "On 22 May 2024, Israeli forces arrested 14 Palestinians in raids across the West "
        "Bank. Most of the arrests took place in Jenin.",
        [
            ("Arrests", "Military Forces of Israel (2022-)", "Civilians (Palestine)"),
            ("Arrests", "Military Forces of Israel (2022-)", "Civilians (Palestine)"),
        ],
    ),
    # a side named before only as fighting made no arrest
    (
        "On 22 May 2024, Israeli forces clashed with gunmen in Tubas. Most of the arrests took "
        "place in Jenin.",
        [
            (
                "Armed clash",
                "Military Forces of Israel (2022-)",
                "Unidentified Armed Group (Palestine)",
            ),
            ("Arrests", "Police Forces of Palestine", "Civilians (Palestine)"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_told_arrests(coded, text, expected):
    assert coded(text) == expected
