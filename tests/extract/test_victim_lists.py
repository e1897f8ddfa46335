"""Who a killing's victims are, as lists and agreement tell it (victim_lists.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Unidentified gunmen killed the chairman of a vigilante group, his wife and two"
            " guests in Mairuwa, Katsina State, on Tuesday.",
            4,
        ),
        (
            "Gunmen broke into the compound of a district official in Lere, Kaduna State, on"
            " Friday night, killing him, his nephew and three visitors.",
            5,
        ),
        ("Gunmen killed a trader and his two sons in Lere, Kaduna State, on Friday.", 3),
    ],
)
def test_companions_listed_after_a_victim_are_dead_too(extracted, text, dead):
    assert [e.fatalities for e in extracted(text)] == [dead]


def test_someone_who_tells_of_the_killing_is_no_victim(extracted):
    text = "Gunmen killed a trader in Lere, Kaduna State, on Friday, his brother said."
    assert [e.fatalities for e in extracted(text)] == [1]


@pytest.mark.parametrize(
    "victim",
    [
        "A prominent cleric and community leader was",
        "Councillor, Amos Kibet of the county assembly was",
    ],
)
def test_one_person_under_two_titles_is_one_victim(extracted, victim):
    text = f"{victim} shot dead by gunmen in Garissa town on Sunday."
    assert [e.fatalities for e in extracted(text)] == [1]


def test_two_people_joined_under_a_plural_verb_are_two(extracted):
    text = "A soldier and a teacher were shot dead by gunmen in Garissa town on Sunday."
    assert [e.fatalities for e in extracted(text)] == [2]


def test_the_hurt_are_not_the_dead_of_a_killing_told_after_them(extracted):
    text = (
        "At least 40 people were hurt, including two officers, and a local leader of the"
        " party was killed when rival supporters clashed in Bogura, Bangladesh, on Wednesday."
    )
    assert [e.fatalities for e in extracted(text)] == [1]


def test_both_counts_two(extracted):
    text = (
        "Two police officers were shot dead on Friday in Mombasa while on patrol. The gunmen"
        " were pursued and both were shot dead."
    )
    assert [e.fatalities for e in extracted(text)] == [4]


def test_a_range_of_the_dead_is_its_lower_figure(extracted):
    text = (
        "Between 10 and 15 villagers were killed when suspected ADF rebels raided Mbusi"
        " village in Beni territory, North Kivu, on Wednesday night."
    )
    assert [e.fatalities for e in extracted(text)] == [10]


def test_both_sides_are_no_two_victims(extracted):
    text = (
        "Clashes between the army and RSF in Babanusa on Monday killed people on both sides,"
        " a medic said."
    )
    assert [e.fatalities for e in extracted(text)] == [None]
