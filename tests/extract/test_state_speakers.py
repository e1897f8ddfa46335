"""A state's ministry or army that says 'its jets' or 'its drones' did an act speaks of its
own forces (the state's military, not an armed group's 'its fighters'); aircraft that
'neutralised' people struck them from the air."""

import pytest

CASES = [
    (
        "On 2 September 2023, the Turkish defence ministry said its jets neutralised six "
        "terrorists in the Zap region of Duhok, Iraq.",
        [
            (
                "Air/drone strike",
                "Military Forces of Turkey (2016-)",
                "Unidentified Armed Group (Iraq)",
            )
        ],
    ),
    (
        "On 2 September 2023, Turkish jets neutralised six PKK militants in Duhok, Iraq.",
        [("Air/drone strike", "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party")],
    ),
    # an armed group's own 'its fighters' stay the group's
    (
        "On 2 September 2023, Hamas said its fighters killed four Israeli soldiers in Rafah.",
        [("Armed clash", "Hamas Movement", "Military Forces of Israel (2022-)")],
    ),
    # troops that neutralise men on the ground still fight them
    (
        "On 2 September 2023, Pakistani troops neutralised nine militants in North Waziristan.",
        [
            (
                "Armed clash",
                "Military Forces of Pakistan (2022-)",
                "Unidentified Armed Group (Pakistan)",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_state_speakers(coded, text, expected):
    assert coded(text) == expected
