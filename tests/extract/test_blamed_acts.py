"""What a demonstration's crowd blames someone for, told after the demonstration, is its
grievance ('They held the authorities responsible after a detainee was choked'); acts told
after a demonstration that are not blamed stay acts."""

import pytest

BLOCKADE = "On 7 March 2023, students blocked the gates of a school in Bastia, France. "
MARCH = "On 7 March 2023, students marched in Bastia, France. "


@pytest.mark.parametrize(
    "text",
    [
        BLOCKADE + "They held the authorities responsible after a detainee was choked and "
        "badly hurt by a cellmate.",
        MARCH + "They blamed the management for the death of a student who was beaten by guards.",
    ],
)
def test_what_the_crowd_blames_is_its_grievance(coded, text):
    assert coded(text) == [("Peaceful protest", "Protesters (France)", None)]


def test_an_act_told_after_the_demonstration_stays_an_act(coded):
    assert coded(MARCH + "Police beat them with batons.") == [
        ("Protest with intervention", "Protesters (France)", "Police Forces of France (2017-)")
    ]
