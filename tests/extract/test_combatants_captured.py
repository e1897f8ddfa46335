"""Combatants captured (not arrested) are a battle with their side, as ACLED codes them;
other people captured are arrested."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 March 2026, the Arakan Army said it had captured 25 junta soldiers at an outpost "
            "near Ann township, Rakhine state.",
            ("Armed clash", "AA: Arakan Army", "Military Forces of Myanmar (2021-)"),
        ),
        (
            "On 4 March 2026, Somali police captured two suspects in Baidoa, Somalia.",
            ("Arrests", "Police Forces of Somalia (2022-)", "Civilians (Somalia)"),
        ),
    ],
)
def test_combatants_captured_are_a_battle(coded, text, expected):
    assert coded(text) == [expected]
