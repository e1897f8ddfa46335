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


def test_a_war_named_by_a_pronoun_lends_no_toll_to_the_act_before(extracted):
    (event,) = extracted(
        "On 3 May 2025, militiamen raided the village of Bokoro Sud and killed four herders. "
        "The war began in 2023. It has since killed tens of thousands of people."
    )
    assert (event.sub_event_type, event.fatalities) == ("Attack", 4)


def test_a_campaign_s_running_toll_makes_no_event(coded):
    assert coded("The army's offensive has killed more than 30,000 people in Tigray.") == []
    assert coded("Eight months of cross-border fire have killed 400 people in Nabatieh.") == []
    assert coded("More than 3,000 people were killed in cartel violence in Sinaloa last year.") == (
        []
    )


def test_air_strikes_with_a_running_toll_lend_it_to_no_event(extracted):
    (event,) = extracted(
        "On 2 June 2025, a jet bombed a school in Minbya, killing five pupils. The junta has "
        "answered the rebels with air strikes that monitors say have killed hundreds of people."
    )
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 5)


def test_a_strike_that_has_killed_a_few_is_news(extracted):
    (event,) = extracted("A drone strike has killed 12 people at a market in Minbya.")
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 12)


def test_a_war_s_toll_beside_an_act_is_not_its_dead(extracted):
    text = (
        "On 9 June 2026, gunmen killed five people at a car wash in Culiacan, Mexico, the "
        "latest violence in a war between rival factions of the Sinaloa Cartel that has "
        "killed more than 1,200 people since September 2024."
    )
    assert [e.fatalities for e in extracted(text)] == [5]
