"""An agreement named as one already in force ('as part of the ceasefire deal', 'under the
terms of the truce') is no new agreement; one reached or extended that day is."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 9 June 2026, the army began deploying troops to villages near Naqoura, Lebanon, as "
        "part of the ceasefire deal.",
        "On 9 June 2026, both sides in Sudan accused each other of violating the truce.",
    ],
)
def test_a_deal_in_force_is_no_new_agreement(coded, text):
    assert "Agreement" not in [c[0] for c in coded(text)]


def test_a_deal_reached_that_day_is_an_agreement(coded):
    text = "On 9 June 2026, the two sides in Yemen agreed to extend the truce by a month."
    assert [c[0] for c in coded(text)] == ["Agreement"]
