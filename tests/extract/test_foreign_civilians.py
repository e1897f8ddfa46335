"""Foreign civilians: ACLED's "Civilians (International)" for foreigners of no one nationality
named; the nationality when one is named on them or after 'from'."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 March 2022, in Veracruz, police officers detained 120 migrants travelling in "
            "a trailer.",
            [("Arrests", "Police Forces of Mexico (2018-2024)", "Civilians (International)")],
        ),
        (
            "On 4 March 2022, near Chetumal, soldiers detained 35 Cuban migrants on the highway.",
            [("Arrests", "Military Forces of Mexico (2018-2024)", "Civilians (Cuba)")],
        ),
        (
            "On 4 March 2022, in Saltillo, police detained 37 migrants from Colombia at a hotel.",
            [("Arrests", "Police Forces of Mexico (2018-2024)", "Civilians (Colombia)")],
        ),
        (
            "On 4 March 2022, in Oaxaca, police detained 101 migrants from Cuba, Guatemala and "
            "Nicaragua.",
            [("Arrests", "Police Forces of Mexico (2018-2024)", "Civilians (International)")],
        ),
        (
            "Gunmen shot dead two foreigners near Malindi.",
            [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (International)")],
        ),
        (
            "Gunmen shot dead two herders near Malindi.",
            [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
        ),
    ],
)
def test_foreign_civilians(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report names Turkey most, the event happened in Syria: the civilians are Syria's
        (
            "Turkish border guards shot dead two civilians near Idlib as they tried to cross "
            "into Turkey.",
            [("Attack", "Military Forces of Turkey (2016-) Gendarmerie", "Civilians (Syria)")],
        ),
        # a nationality on them stays theirs
        (
            "Turkish border guards shot dead two Afghan migrants near Idlib as they tried to "
            "cross into Turkey.",
            [
                (
                    "Attack",
                    "Military Forces of Turkey (2016-) Gendarmerie",
                    "Civilians (Afghanistan)",
                )
            ],
        ),
    ],
)
def test_people_are_of_the_place_of_the_event(coded, text, expected):
    assert coded(text) == expected
