"""Medical workers killed by remote violence are civilians, whoever employs them; fighters
named with them keep the armed side."""

import pytest

CASES = [
    (
        "On 3 October 2024, an Israeli strike on the town of Nabatieh, Lebanon, killed three "
        "Hezbollah paramedics.",
        [("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Lebanon)")],
    ),
    (
        "On 3 October 2024, an Israeli strike on the town of Nabatieh, Lebanon, killed two "
        "Hezbollah fighters and a paramedic.",
        [("Air/drone strike", "Military Forces of Israel (2022-)", "Hezbollah")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_medical_workers(coded, text, expected):
    assert coded(text) == expected
