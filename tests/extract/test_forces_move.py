"""Movements of forces (deployments, reinforcements, patrols, fortifications) and recruitment
are ACLED's change to group/activity, but only when an armed group or force makes them."""

import pytest

CHANGE = "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish forces sent reinforcements to their positions near Afrin, Syria.",
        "The army deployed troops along the border near Lamu, Kenya.",
        "Al-Shabaab recruited dozens of youths near Lamu, Kenya.",
        "Russian military police conducted a patrol near Qamishli, Syria.",
    ],
)
def test_an_armed_force_moving_or_recruiting_changes_its_activity(coded, text):
    assert [c[0] for c in coded(text)] == [CHANGE]


@pytest.mark.parametrize(
    "text",
    [
        "The airbags deployed when the car hit a tree near Columbus, Ohio.",
        "The college recruited three new coaches in Columbus, Ohio.",
        "Nurses were deployed to the vaccination centre in Columbus, Ohio.",
        "The council voted against a larger patrol vehicle in Columbus, Ohio.",
    ],
)
def test_no_force_no_change(coded, text):
    assert coded(text) == []
