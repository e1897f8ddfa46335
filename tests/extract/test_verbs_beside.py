"""A verb joined to a verb of calling or pushing is told beside it, not governed by it."""


def test_shelling_after_a_push_is_an_act(coded):
    assert [
        c[0]
        for c in coded(
            "On 14 July 2025, M23 rebels pushed down from the hills and shelled Kitshanga."
        )
    ] == ["Shelling/artillery/missile attack"]


def test_a_threatened_pair_of_acts_stays_a_threat(coded):
    assert coded("The rebels threatened to attack and burn the village of Kibirizi.") == []


def test_a_push_into_a_town_is_no_call(coded):
    text = (
        "On 14 August 2025, tanks pushed into Abasan, and the Qassam Brigades said its fighters "
        "had destroyed two tanks with rockets."
    )
    assert [c[1] for c in coded(text)] == ["Hamas Movement"]


def test_a_push_for_an_attack_is_a_call(coded):
    assert coded("The opposition pushed for the army to attack the rebels in Abasan.") == []
