"""A workers' strike is a demonstration, not an air strike; a drone or missile shot down or
intercepted is disrupted weapons use, not the strike it was meant for."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Nakuru, Kenya, began a strike over unpaid salaries.",
        "Rail workers gathered in Leeds, England, as part of strike action over pay.",
    ],
)
def test_a_labour_strike_is_a_protest(coded, text):
    assert [c[0] for c in coded(text)] == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces shot down a rebel drone over Marib, Yemen.",
        "Air defences intercepted a ballistic missile over Marib, Yemen.",
    ],
)
def test_a_weapon_stopped_is_disrupted(coded, text):
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_a_military_strike_stays_one(coded):
    text = "A drone strike killed three militants near Jilib, Somalia."
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]
