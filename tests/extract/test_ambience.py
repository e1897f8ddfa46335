"""A weapon heard at a front, and an act that happens there as a rule, make no event."""


def test_weapons_heard_make_no_event(coded):
    assert coded("In Kafr Dunin, the only sound at night is the buzz of Israeli drones.") == []
    assert (
        coded(
            "Children in Tawilat camp can tell the whistle of a mortar from the crackle of gunfire."
        )
        == []
    )


def test_acts_as_a_rule_make_no_event(coded):
    assert coded("In Dilling, shells usually fall on the market after the dawn prayer.") == []


def test_gunfire_heard_on_a_day_is_still_an_act(coded):
    assert [c[0] for c in coded("Drones struck a fuel depot in Kafr Dunin on Monday.")] == [
        "Air/drone strike"
    ]
    assert coded("Heavy gunfire rang out in Dilling on Tuesday as RSF fighters attacked the army.")
