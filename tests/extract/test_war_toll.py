"""A war's running toll is background, not an event; fighting that killed people is one."""


def test_a_war_s_toll_makes_no_event(coded):
    assert (
        coded(
            "The war between the army and the RSF, which began in April 2023, has killed tens of "
            "thousands of people in Sudan."
        )
        == []
    )
    assert coded("Sudan is gripped by a war that has killed thousands of people.") == []


def test_fighting_that_killed_people_is_an_event(extracted):
    (event,) = extracted("Fighting in Sinja, Sudan, killed 12 people on Thursday.")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 12)
