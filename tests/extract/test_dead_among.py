"""A part of the dead told after them is among them (dead_among.py): 'killing 14 villagers,
among them five children' counts 14, not 19; a group joined by 'and' is further dead."""

import pytest

STRIKE = "On Monday a military jet bombed the village of Ywa Thit, killing 14 villagers"


@pytest.mark.parametrize(
    "told",
    [
        ", among them five children, residents said.",
        ", among them five children.",
        ", five of them children, residents said.",
        ", including five children, residents said.",
    ],
)
def test_a_part_of_the_dead_is_no_further_dead(extracted, told):
    (event,) = extracted(STRIKE + told)
    assert event.fatalities == 14


def test_a_group_joined_by_and_is_further_dead(extracted):
    (event,) = extracted(STRIKE + " and five soldiers, residents said.")
    assert event.fatalities == 19
