"""An either-or attribution ("Syrian or Russian warplanes") gives way to a party the report
names for sure; remote violence whose harm to people is told (in the sentence or the lines
after it) targets civilians, unless the report denies any harm."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nobody named for sure: the either-or actor stays
        (
            "Syrian or Russian warplanes struck the town of Kafr Zita, killing two women.",
            [("Air/drone strike", "Allied Syrian and/or Russian Forces", "Civilians (Syria)")],
        ),
        # the regime's own aircraft named in the same sentence: the sure party
        (
            "Syrian or Russian warplanes bombed the town of Kafr Zita while regime helicopters "
            "dropped barrel bombs on it. Three people were wounded.",
            [
                (
                    "Air/drone strike",
                    "Military Forces of Syria (2024-) Syrian Arab Air Force",
                    "Civilians (Syria)",
                )
            ],
        ),
        # ... or in a later sentence of the report
        (
            "Russian or Syrian warplanes hit the village of Hish. The Syrian army also shelled "
            "the village.",
            [
                ("Air/drone strike", "Military Forces of Syria (2024-)", None),
                ("Shelling/artillery/missile attack", "Military Forces of Syria (2024-)", None),
            ],
        ),
        # harm told in the next sentence: the shelled civilians are the other side
        (
            "Regime forces shelled the town of Kafr Zita. The shelling caused several injuries.",
            [
                (
                    "Shelling/artillery/missile attack",
                    "Military Forces of Syria (2024-)",
                    "Civilians (Syria)",
                )
            ],
        ),
        # civilians named among the hurt, beside members of a council
        (
            "Regime forces shelled the town of Kafr Zita. Four civilians were killed and "
            "members of the local council were pulled from the rubble.",
            [
                (
                    "Shelling/artillery/missile attack",
                    "Military Forces of Syria (2024-)",
                    "Civilians (Syria)",
                )
            ],
        ),
        # harm denied or unknown: no target
        (
            "Regime forces shelled the town of Kafr Zita with no injuries or fatalities reported.",
            [("Shelling/artillery/missile attack", "Military Forces of Syria (2024-)", None)],
        ),
        (
            "Shells fell on the old market of Aleppo city. Casualties unknown.",
            [("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", None)],
        ),
    ],
)
def test_uncertain_attribution_and_told_harm(coded, text, expected):
    assert coded(text) == expected


def test_either_of_is_read_from_the_dictionary(dictionary):
    assert dictionary.either_of("Allied Syrian and/or Russian Forces") == (
        "Military Forces of Syria",
        "Military Forces of Russia",
    )
    assert dictionary.either_of("Military Forces of Syria (2000-2024)") == ()
