"""A community named bare as the target of an attack is its people (civilians); named with
a word of its fighters, or in a fight, it is its militia."""

import pytest

CIVILIANS = "Civilians (Kenya)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of a Kipsigis militia killed two Maasai near Narok, Kenya.",
            ("Attack", "Kipsigi Ethnic Militia (Kenya)", CIVILIANS),
        ),
        (
            "Orma attacked Pokomo near Garsen, Kenya, killing eleven.",
            ("Attack", "Orma Ethnic Militia (Kenya)", CIVILIANS),
        ),
        (
            "Turkana raiders attacked Pokot raiders near Baringo, Kenya.",
            ("Armed clash", "Turkana Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)"),
        ),
    ],
)
def test_a_community_attacked_is_its_people(coded, text, expected):
    assert coded(text) == [expected]
