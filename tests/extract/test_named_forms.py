"""Named actors in the spellings coders' notes use, and a force's sub-unit fighting on its side
(never its opponent)."""

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tiger Forces moved north.",
            "Military Forces of Syria (2024-) Tiger Paramilitary Forces (Qawat al-Nimr)",
        ),
        ("The Tribal mobilization moved north.", "TMF: Tribal Mobilization Forces"),
        (
            "Popular mobilization fighters moved north.",
            "Military Forces of Iraq (2022-) Popular Mobilization Forces",
        ),
        ("JaS moved north.", "JaS: Levant Front"),
        ("Ansar al-Tawhid moved north.", "Ansar al Tawhid"),
        ("Harakat al-Qiyam moved north.", "Harakat Al Qiyam"),
        ("The Turkmen Front moved north.", "Iraqi Turkmen Front"),
        ("Turkish border guards moved north.", "Military Forces of Turkey (2016-) Gendarmerie"),
        ("Jaysh Khalid ibn Walid moved north.", "Khalid ibn al-Walid Army"),
        ("Arbaki militiamen moved north.", "Militia (Pro-Government)"),
        ("The Taliban Red Unit moved north.", "Taliban - Red Unit"),
    ],
)
def test_spellings_of_notes(dictionary, text, name):
    (mention,) = dictionary.find(text, country=None)
    assert mention.actor.name == name


def test_sub_unit_is_no_opponent(coded):
    text = (
        "In Syria, on 3 May 2019, fighting took place between regime forces, including the "
        "Tiger Forces, and Ahrar al-Sham near a hill farm."
    )
    assert coded(text) == [
        ("Armed clash", "Military Forces of Syria (2000-2024)", "AAS: Ahrar al-Sham")
    ]
