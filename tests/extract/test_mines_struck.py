"""A vehicle or a force that strikes a mine is its target (mines_struck.py); whoever laid it
is the other side, unnamed unless told. 'Militants detonated an IED' keeps its doer."""

import pytest

MINE = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "A military convoy struck an IED near Kidal on Wednesday, killing two soldiers.",
        "An army vehicle hit a landmine near Kidal on Wednesday, killing two soldiers.",
        "A soldier stepped on a landmine near Kidal on Wednesday and was killed.",
    ],
)
def test_the_force_that_struck_the_mine_is_its_target(coded, text):
    assert coded(text) == [
        (MINE, "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")
    ]


def test_militants_who_detonated_an_ied_are_its_doers(coded):
    assert coded(
        "Islamic State militants detonated an IED near Kirkuk on Wednesday, killing two soldiers."
    ) == [(MINE, "Islamic State (Iraq)", "Military Forces of Iraq (2022-)")]
