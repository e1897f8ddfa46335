"""Harm told as done in custody belongs to the arrest (an arrest whose captives are beaten
is an attack); an act named as what a plot was for is no act."""


def test_beaten_in_custody_makes_the_arrest_an_attack(coded):
    text = (
        "On 4 March 2026, Burundian police detained three members of the opposition CNL party "
        "in Muyinga, Burundi. The CNL said its members had been beaten in custody."
    )
    assert coded(text) == [("Attack", "Police Forces of Burundi (2005-)", "Civilians (Burundi)")]


def test_a_beating_by_named_men_stays(coded):
    text = "On 4 March 2026, Imbonerakure militiamen beat two CNL members in Muyinga, Burundi."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_a_plot_foiled_by_arrests_is_the_arrests(coded):
    text = (
        "On 4 March 2026, Pakistani police said they had foiled a plot to attack a polio "
        "vaccination team in Bannu district after arresting two militants."
    )
    assert [c[0] for c in coded(text)] == ["Arrests"]


def test_a_beating_in_prison_by_named_guards_stays(coded):
    text = (
        "On 4 March 2026, five prison officers beat an inmate in the Mpimba prison in "
        "Bujumbura, Burundi."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]
