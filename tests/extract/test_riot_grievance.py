"""Whom a riot's demand names is no side of it ('broke ballot boxes and demanded the
resignation of the election commissioner'); whom the rioters attack is."""


def test_a_riots_demand_names_no_side(coded):
    text = (
        "On 4 March 2024, lawyers broke ballot boxes in Rajshahi, Bangladesh, and demanded the "
        "resignation of the chief election commissioner."
    )
    assert coded(text) == [("Violent demonstration", "Rioters (Bangladesh)", None)]


def test_whom_rioters_stone_is_their_side(coded):
    text = "On 4 March 2023, rioters stoned police in Rajshahi, Bangladesh, over fuel prices."
    assert coded(text) == [
        ("Violent demonstration", "Rioters (Bangladesh)", "Police Forces of Bangladesh (2009-2024)")
    ]
