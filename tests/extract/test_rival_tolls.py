"""A side's claim of kills against its enemy's count of its own dead: the lowest figure;
two sides each counting their own losses: both."""

import pytest


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Al-Shabaab militants ambushed a convoy of African Union troops near Baidoa, "
            "Somalia, on Tuesday. The group claimed responsibility, saying it had killed 10 "
            "soldiers; the AU mission said two of its peacekeepers died.",
            2,
        ),
        (
            "Al Shabaab attacked an army base in Somalia on Tuesday. Al Shabaab said it killed "
            "30 soldiers, but the army said only five of its troops were killed.",
            5,
        ),
        (
            "Militants attacked a police post in Mandera, Kenya, on Tuesday. Police said two "
            "officers died, while the militants said five of their fighters were killed.",
            7,
        ),
    ],
)
def test_rival_tolls(extracted, text, dead):
    (event,) = extracted(text)
    assert event.fatalities == dead
