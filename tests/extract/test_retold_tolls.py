"""A toll told again counts the same dead, not further dead (retold_tolls.py)."""

CHURCH = (
    "Gunmen opened fire on worshippers at a church in Ubakala, Imo State, on Sunday, killing 5."
)


def test_the_act_named_again_with_its_toll_is_the_same_dead(extracted):
    text = CHURCH + " Police said the attack left 5 dead and 8 wounded."
    assert [e.fatalities for e in extracted(text)] == [5]


def test_further_dead_of_the_act_named_again_are_added(extracted):
    text = CHURCH + " The attack also left two police officers dead."
    assert [e.fatalities for e in extracted(text)] == [7]


def test_a_sources_figure_after_an_unsourced_one_is_an_alternative(extracted):
    text = (
        "Eight people were killed and 30 injured when suspected Boko Haram militants attacked"
        " Ngamdu, Borno State, on Thursday. Hospital sources said 14 people died."
    )
    assert [e.fatalities for e in extracted(text)] == [8]


def test_sources_that_indicate_a_figure_give_an_alternative(extracted):
    text = (
        "The army shelled the town of Duma on Monday, killing 3 civilians. Local sources"
        " indicate that 7 civilians were killed."
    )
    assert [e.fatalities for e in extracted(text)] == [3]


def test_a_sources_figure_of_other_victims_is_added(extracted):
    text = (
        "Eight villagers were killed when suspected Boko Haram militants attacked Ngamdu,"
        " Borno State, on Thursday. Police said two officers died."
    )
    assert [e.fatalities for e in extracted(text)] == [10]
