"""A state named by its country as the doer of an act is its forces of the report's period."""

import pytest

CASES = [
    (
        "On 3 February 2024, the United States carried out strikes on Houthi targets in Yemen.",
        [
            (
                "Air/drone strike",
                "Military Forces of the United States (2021-2025)",
                "Military Forces of Yemen (2016-) Supreme Political Council",
            )
        ],
    ),
    (
        "On 3 June 2025, the United States carried out strikes on Houthi targets in Yemen.",
        [
            (
                "Air/drone strike",
                "Military Forces of the United States (2025-)",
                "Military Forces of Yemen (2016-) Supreme Political Council",
            )
        ],
    ),
    # a state with one period keeps its name
    (
        "On 3 February 2024, Russia launched 90 missiles at Kharkiv, Ukraine.",
        [("Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forces_period(coded, text, expected):
    assert coded(text) == expected
