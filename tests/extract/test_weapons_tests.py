"""Weapons fired in a test, into open water, or told in flight strike no one: no event. Fire
at a target, even at sea, is an attack."""

import pytest

NO_EVENT = [
    "On 4 May 2026, North Korea fired two short-range ballistic missiles into the sea off its "
    "east coast, South Korea's military said. The missiles flew about 300 km.",
    "On 4 May 2026, Iran test-fired a new cruise missile during naval drills in the Gulf of Oman.",
    "On 4 May 2026, China's military held live-fire drills around Taiwan, sending warships "
    "and jets close to the island.",
    "On 4 May 2026, Ukraine's army held a large exercise near Lviv, firing artillery at mock "
    "targets to train new recruits.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_weapons_tested_make_no_event(extracted, text):
    assert extracted(text) == []


def test_fire_at_a_ship_is_an_attack(coded):
    text = (
        "On 4 May 2026, Houthi forces fired a ballistic missile at a tanker off Mokha, Yemen, "
        "the US military said."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]
