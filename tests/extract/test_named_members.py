"""An umbrella side the report then names by its members is the first group named."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes took place between regime forces and opposition rebels, including Hayat "
            "Tahrir Al-Sham, in the area of Raheiba.",
            [("Armed clash", "Military Forces of Syria (2024-)", "HTS: Hayat Tahrir al-Sham")],
        ),
        (
            "The rebel and Islamist forces of Hayaat Tahrir Al-Sham and Jaysh Al-Nasr captured "
            "the village of Talb from regime forces.",
            [
                (
                    "Non-state actor overtakes territory",
                    "HTS: Hayat Tahrir al-Sham",
                    "Military Forces of Syria (2024-)",
                )
            ],
        ),
        # a group named beside the umbrella, not as its member, leaves it as it is
        (
            "Opposition rebels clashed with Hayat Tahrir al-Sham near Saraqib.",
            [("Armed clash", "Opposition Rebels (Syria)", "HTS: Hayat Tahrir al-Sham")],
        ),
    ],
)
def test_umbrella_named_by_members(coded, text, expected):
    assert coded(text) == expected
