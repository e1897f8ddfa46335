"""A new leader named by an armed group is a change to group/activity; a state's
appointments are none."""

import pytest


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "On 4 March 2026, Islamic State West Africa Province named a new leader near Lake "
            "Chad, Nigeria.",
            "Islamic State (West Africa)",
        ),
        (
            "On 4 March 2026, Al Shabaab appointed a new governor for the Lower Shabelle region, "
            "Somalia.",
            "Al Shabaab",
        ),
    ],
)
def test_a_new_leader_named_by_a_group_is_a_change(coded, text, group):
    assert coded(text) == [("Change to group/activity", group, None)]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, the president of Somalia appointed a new army chief in Mogadishu.",
        "On 4 March 2026, the government of Mali named a new governor for the Timbuktu region.",
    ],
)
def test_a_states_appointment_is_no_event(coded, text):
    assert coded(text) == []
