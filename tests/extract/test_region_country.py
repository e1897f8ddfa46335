"""A province's name tells the report's country when no place resolves ('in southern Idleb')."""

import pytest


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Shells fell on a hamlet in eastern Idleb.", "Syria"),
        ("Shells fell on a hamlet in Deir-ez-Zor.", "Syria"),
        ("Shells fell on a hamlet in Deir ez-Zor.", "Syria"),
        ("A bomb went off on a road in Diyala.", "Iraq"),
        ("A bomb went off on a road near here.", None),
    ],
)
def test_region_names_country(dictionary, text, country):
    assert dictionary.country_named(text) == country


def test_unknown_village_in_a_known_province(coded):
    assert coded("Gunmen shot dead a shepherd near Qzzyrat in rural Diyala.") == [
        ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    ]
