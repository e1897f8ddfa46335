"""A wounded victim's later death is counted with the act that wounded them, on the act's
day (time/event.py LATER_DEATH); the other side's dead told again with the act are added
(retold_tolls.named_apart)."""

from datetime import date


def test_a_later_death_in_hospital_is_dated_to_the_act(published_on):
    text = (
        "A soldier wounded in an ambush by JNIM militants near Tessit, Mali, on Saturday died"
        " in hospital on Monday, the army said."
    )
    (event,) = published_on(text, date(2026, 11, 17))
    assert (event.event_date, event.fatalities) == ("2026-11-14", 1)


def test_a_death_on_the_only_day_told_keeps_that_day(published_on):
    text = (
        "Two soldiers died in hospital on Monday after militants ambushed their patrol near"
        " Tessit, Mali."
    )
    (event,) = published_on(text, date(2026, 11, 17))
    assert event.event_date == "2026-11-16"


def test_the_other_sides_dead_told_with_the_act_again_are_added(extracted):
    text = (
        "Clashes took place between the army and JNIM near Boni, Mali, on Monday. At least six"
        " soldiers were killed in these clashes. Four JNIM militants were also killed in"
        " these clashes."
    )
    assert [e.fatalities for e in extracted(text)] == [10]


def test_the_same_sides_dead_told_again_are_not_added(extracted):
    text = (
        "Clashes took place between the army and JNIM near Boni, Mali, on Monday. At least six"
        " soldiers were killed in these clashes. Four soldiers were killed in these clashes,"
        " a local official said."
    )
    assert [e.fatalities for e in extracted(text)] == [4]


def test_a_victim_told_as_wounded_who_dies_later_is_another_death(extracted):
    text = (
        "Unidentified gunmen shot dead a trader and wounded his driver near Kidal, Mali, on"
        " Monday. The driver died of his wounds on Tuesday."
    )
    assert [e.fatalities for e in extracted(text)] == [2]


def test_a_victim_told_as_killed_who_died_in_hospital_is_the_same_death(extracted):
    text = (
        "A mob lynched a suspected thief in Kibwezi, Makueni County, on Saturday. The man died"
        " in hospital."
    )
    assert [e.fatalities for e in extracted(text)] == [1]
