"""'Clashes between A and B against C': A and B are one side, C the other; a generic word
hyphened onto the word before it ('Self-Defense Forces') ends a compound name and is not the
generic actor."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes took place between Turkish forces and rebel factions against YPG fighters "
            "in Abu Dana village.",
            [("Armed clash", "Military Forces of Turkey (2016-)", "YPG: Peoples Protection Units")],
        ),
        (
            "Clashes took place between Turkish forces and rebel and Islamist factions against "
            "YPG and Self-Defense Forces in Abu Dana village in the Afrin district.",
            [("Armed clash", "Military Forces of Turkey (2016-)", "YPG: Peoples Protection Units")],
        ),
        # without 'against' the pair are the two sides
        (
            "Clashes broke out between the army and Al Shabaab militants near Afmadow.",
            [("Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab")],
        ),
    ],
)
def test_sides_joined_against(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("YPG and Self-Defense Forces", ["YPG"]),
        ("anti-government forces clashed", []),
        ("Pro-government forces clashed", ["Pro-government forces"]),
        ("US-trained soldiers", ["soldiers"]),
    ],
)
def test_generic_word_ending_a_compound(dictionary, text, found):
    assert [m.span.text for m in dictionary.find(text, country="Syria")] == found
