"""The dead told at their funeral: the act that killed them keeps its own day (the funeral's
day is the mourning's) and its toll, counted through the relative pronoun ('three men who
were killed in a strike')."""

from datetime import date


def test_a_funeral_tells_the_strike_its_day_and_its_dead(published_on):
    text = (
        "Thousands attended the funeral in Nabatieh on Monday of three men who were killed "
        "in an Israeli strike on Saturday."
    )
    (event,) = published_on(text, date(2026, 11, 10))
    assert (event.sub_event_type, event.event_date, event.fatalities) == (
        "Air/drone strike",
        "2026-11-07",
        3,
    )


def test_the_dead_of_a_relative_clause_are_counted(published_on):
    text = "Mourners buried two women who were killed by Russian shelling of Kherson on Friday."
    (event,) = published_on(text, date(2026, 11, 10))
    assert (event.event_date, event.fatalities) == ("2026-11-06", 2)


def test_the_dead_a_peaceful_protest_mourns_are_not_its_own(published_on):
    text = (
        "On 5 May 2026, relatives of two herders who were killed in 2024 staged a peaceful "
        "rally outside the courts in Eldoret, calling for justice."
    )
    (event,) = published_on(text, None)
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", None)
