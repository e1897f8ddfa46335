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


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # where raiders came from counts half: the place they struck wins a tie
        ("Ugandan raiders attacked Kenyan villages and stole cattle.", "Kenya"),
        ("Bandits from Ethiopia attacked a Kenyan village.", "Kenya"),
        # the only country named still tells it
        ("Sudanese gunmen shot dead two herders.", "Sudan"),
        ("Sudanese troops shot dead two herders.", "Sudan"),
    ],
)
def test_raiders_origin_counts_half(dictionary, text, country):
    assert dictionary.country_named(text) == country


def test_victims_of_foreign_raiders_are_of_the_country_struck(coded):
    assert coded("Ugandan raiders attacked Kenyan villages and stole cattle.") == [
        ("Attack", "Unidentified Ethnic Militia", "Civilians (Kenya)")
    ]
