"""Acts whose words a phrase list misses or overreads: an advance against an enemy is a
battle; blowing up a thing is an explosion, 'talks blew up' is none; people taken or held
hostage are abducted, however many words lie between; a car sprayed with bullets was
attacked; shelling exchanged is a battle; an unarmed crowd storming an office with a demand
demonstrates."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government forces advanced against rebel fighters near Marib, Yemen.", "Armed clash"),
        (
            "Government forces and rebel fighters exchanged shelling near Marib, Yemen.",
            "Armed clash",
        ),
        (
            "Militants blew up a bridge near Mosul, Iraq.",
            "Remote explosive/landmine/IED",
        ),
        ("Talks between the two parties blew up on Tuesday in Mosul, Iraq.", None),
        (
            "Gunmen held three aid workers hostage for a week near Kaduna, Nigeria.",
            "Abduction/forced disappearance",
        ),
        (
            "Bandits took two engineers hostage near Kaduna, Nigeria.",
            "Abduction/forced disappearance",
        ),
        ("The meeting was held in Kaduna, Nigeria.", None),
        ("His car was sprayed with bullets near Kaduna, Nigeria.", "Attack"),
        (
            "Farmers stormed the county offices in Nakuru, Kenya, to demand unpaid dues.",
            "Peaceful protest",
        ),
        ("Militants stormed a police station in Mandera, Kenya.", "Armed clash"),
    ],
)
def test_acts_told_apart(coded, text, expected):
    assert [c[0] for c in coded(text)] == ([expected] if expected else [])
