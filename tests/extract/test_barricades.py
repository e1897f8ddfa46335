"""A road blocked with barricades, tyres, logs or vehicles is a violent demonstration (ACLED's
definition); a road blocked by the demonstrators themselves is a peaceful protest."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents blocked the road with tree logs in Nakuru, Kenya, to protest insecurity.",
            "Violent demonstration",
        ),
        (
            "Farmers used their tractors to block the highway near Nakuru, Kenya, demanding "
            "better prices.",
            "Violent demonstration",
        ),
        (
            "Traders protested in Nakuru, Kenya, against new taxes. They used their lorries "
            "to block the main road.",
            "Violent demonstration",
        ),
        ("Residents blocked the road in Nakuru, Kenya, to protest insecurity.", "Peaceful protest"),
    ],
)
def test_what_blocks_the_road_decides(coded, text, expected):
    assert [c[0] for c in coded(text)] == [expected]


def test_burning_tyres_beside_prices_stay_literal(coded):
    """Words of markets ('the rise in fuel prices') make no figure of speech of a crowd's
    burning tyres when the sentence tells the demonstration and its demand."""
    text = (
        "Truck drivers blocked the highway near Arequipa, Peru, with burning tires on Monday to "
        "complain about the rise in fuel prices."
    )
    assert coded(text) == [("Violent demonstration", "Rioters (Peru)", None)]
