"""A weapon system's designation between a nationality and a military noun keeps the state."""

import pytest


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Ukrainian forces struck a Russian S-400 air defence system near Kalynove, "
            "Zaporizhzhia, "
            "on 3 March, the general staff said.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "Ukrainian drones hit Russian Su-34 jets at an airfield near Kalynove, Zaporizhzhia, "
            "on 3 March, the general staff said.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "Ukrainian forces struck a Russian S-400 system near Kalynove, Zaporizhzhia, "
            "on 3 March, the general staff said.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "Russian forces struck a Ukrainian HIMARS launcher near Kalynove, Zaporizhzhia, "
            "on 3 March, the ministry said.",
            "Military Forces of Ukraine (2019-)",
        ),
    ],
)
def test_a_designated_weapon_of_a_state_is_its_military(coded, text, target):
    assert [c[2] for c in coded(text)] == [target]


def test_a_count_between_nationality_and_noun_is_no_designation():
    from sitrep.extract.actor_tokens import tokenize
    from sitrep.extract.weapon_designations import designation_start

    for text, expected in (
        ("Russian S-400 jets", 1),
        ("Ukrainian HIMARS units", 1),
        ("Russian 400 jets", None),
        ("Russian Army jets", None),
    ):
        tokens = tokenize(text)
        noun = len(tokens) - 1
        assert designation_start(text, tokens, noun) == expected, text


def test_a_weapon_system_needs_its_designation():
    from sitrep.extract.actor_tokens import tokenize
    from sitrep.extract.weapon_designations import designated_weapon_end

    for text, expected in (
        ("Ukrainian HIMARS launcher", 2),
        ("Russian S-400 system", 3),
        ("Russian water system", None),
        ("Russian 400 tanks", None),
    ):
        assert designated_weapon_end(text, tokenize(text), 1) == expected, text
