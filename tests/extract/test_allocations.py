"""A coder's allocation table: the share most places get stands for one record of the split
(notes written for these tests)."""

import pytest

from sitrep.extract.allocations import allocated_share, allocation_shares


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 fatalities allocated to Ayla and 2 each to Bora and Cana.", 2),
        (
            "12 fatalities split between 4 villages, with Ayla allocated 3 and Bora, Cana and "
            "Dara allocated 3 each.",
            3,
        ),
        ("Unknown fatalities coded as 10 and split, five each, between Ayla and Bora.", 5),
        ("9 fatalities each coded to fighting at Ayla, Bora and Cana.", 9),
        (
            "Shelling killed 3 more people, with 1 additional fatality allocated to each location.",
            1,
        ),
        ("Fatalities are split 4 for Ayla, and 2 each for Bora, Cana and Dara.", 2),
        (
            "Ten fatalities split between 3 places, with Ayla and Bora each allocated 3 and Cana "
            "allocated 4.",
            3,
        ),
        ("Two fatalities coded to Ayla and one each to Bora and Cana.", 1),
    ],
)
def test_the_share_most_places_get(text, expected):  # type: ignore[no-untyped-def]
    assert allocated_share(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unknown number of fatalities coded to 10.",
        "1 fatality coded to this event.",
        "An average of 14 fighters have been killed each day since the offensive began.",
        "Rioters set fire to a bus each in two markets of the city.",
        "",
    ],
)
def test_no_table(text):  # type: ignore[no-untyped-def]
    assert allocated_share(text) is None


def test_each_share_counts_the_places_it_covers():  # type: ignore[no-untyped-def]
    text = (
        "with 3 allocated to Ayla, 2 each allocated to Bora and Cana, and 1 each to Dara, Eda, "
        "Fen and Gol."
    )
    shares = [(s.value, s.places) for s in allocation_shares(text)]
    assert shares == [(3, 1), (2, 2), (1, 4)]
    assert allocated_share(text) == 1
