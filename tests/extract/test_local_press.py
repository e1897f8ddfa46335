"""Local press reports (South Asia, Latin America) written for these tests: forces killed told
as 'martyred', workers by trade as civilians, a force named only as the source of a killing,
and a victim named again by a definite noun."""

from collections.abc import Callable

from sitrep.model import Event

Extracted = Callable[[str], list[Event]]
Coded = Callable[[str], list[tuple[str, str | None, str | None]]]


def _dead(events: list[Event]) -> list[int | None]:
    return [e.fatalities for e in events]


def test_martyred_forces_are_killed(extracted: Extracted) -> None:
    events = extracted(
        "Three policemen were martyred and one injured when militants attacked a checkpost "
        "in Bannu district late on Friday, police said."
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Armed clash", "Police Forces of Pakistan (2022-)")
    ]
    assert _dead(events) == [3]
    alone = extracted("A Levies constable was martyred in Panjgur on Monday night.")
    assert _dead(alone) == [1]


def test_no_martyrdom_no_dead(extracted: Extracted) -> None:
    # a day named for martyrs is no killing
    assert extracted("Students laid wreaths at the memorial on Martyrs' Day in Quetta.") == []


def test_labourers_are_the_civilians_attacked(coded: Coded) -> None:
    assert coded(
        "Gunmen shot dead four labourers at a brick kiln near Panjgur on Tuesday, Levies "
        "officials said."
    ) == [("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")]


def test_a_force_that_only_reports_a_killing_of_civilians_is_its_source(coded: Coded) -> None:
    assert coded(
        "A taxi driver was shot dead on Sunday night in Navojoa, Sonora, after he refused to "
        "pay protection money, the state police said."
    ) == [("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")]


def test_a_force_that_reports_militants_killed_still_fought_them(coded: Coded) -> None:
    # the killing of armed men the army reports stays the army's act
    assert coded("Four militants were killed in Sopore on Monday, the Indian Army said.") == [
        ("Armed clash", "Military Forces of India (2014-)", "Unidentified Armed Group (India)")
    ]


def test_the_victim_named_again_adds_no_death(extracted: Extracted) -> None:
    lynched = extracted(
        "Villagers in Santa Rosa Tlapa, Puebla, beat a man to death on Wednesday after "
        "accusing him of stealing a cow, police said. The man died before help arrived."
    )
    assert _dead(lynched) == [1]
    found = extracted(
        "Maoists killed a tribal farmer in Sukma district, Chhattisgarh, on Friday night, "
        "police said. The body of the 52-year-old man was found near a stream on Saturday."
    )
    assert _dead(found) == [1]


def test_another_victim_named_definitely_is_counted(extracted: Extracted) -> None:
    events = extracted(
        "Gunmen killed a trader in Kohat on Monday, police said. The policeman guarding "
        "his shop was also killed."
    )
    assert _dead(events) == [2]


def test_activists_of_a_party_are_its_crowd(extracted: Extracted) -> None:
    events = extracted(
        "One man was killed and 15 injured in a clash between activists of the BNP and the "
        "Awami League in Shibpur upazila of Narsingdi on Friday, police said."
    )
    assert [(e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2) for e in events] == [
        (
            "Mob violence",
            "Rioters (Bangladesh)",
            "BNP: Bangladesh Nationalist Party",
            "Rioters (Bangladesh)",
        )
    ]


def test_activists_of_no_party_stay_protesters(coded: Coded) -> None:
    assert coded(
        "Activists of a students' platform formed a human chain in front of the press club in "
        "Narsingdi on Friday, demanding safe roads."
    ) == [("Peaceful protest", "Protesters (Bangladesh)", None)]


def test_drug_dealers_where_acled_names_no_gang(coded: Coded) -> None:
    # the Philippines: an Unidentified Armed Group, never a gang without a country
    assert coded(
        "Two drug dealers were killed in a shootout with police in Malolos City, Bulacan, on "
        "Friday night, police said."
    ) == [
        (
            "Armed clash",
            "Unidentified Armed Group (Philippines)",
            "Police Forces of the Philippines (2022-)",
        )
    ]
    assert coded("Police killed two drug dealers in a shootout in Culiacán, Sinaloa.") == [
        ("Armed clash", "Police Forces of Mexico (2024-)", "Unidentified Gang (Mexico)")
    ]


def test_a_township_is_named_by_its_seat(extracted: Extracted) -> None:
    events = extracted(
        "Junta troops torched dozens of houses in Ann Township, Rakhine State, on Monday, "
        "residents said."
    )
    assert [(e.country, e.location) for e in events] == [("Myanmar", "Ann")]


def test_a_death_before_a_crowds_attack_is_its_grievance(extracted: Extracted) -> None:
    events = extracted(
        "An angry mob set fire to a police outpost in Purnia district, Bihar, on Sunday after "
        "a man died in police custody, officials said."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", None)]
    # the death is the act's own when the act itself kills
    shot = extracted("A trader died after gunmen opened fire on his car in Purnia, Bihar.")
    assert _dead(shot) == [1]


def test_an_act_told_again_without_day_or_name_is_one_event(coded: Coded) -> None:
    assert coded(
        "Two soldiers were killed on Tuesday when ELN guerrillas attacked an army post in "
        "Saravena, Arauca, the army said. Troops repelled the attackers after a three-hour "
        "firefight."
    ) == [("Armed clash", "ELN: National Liberation Army", "Military Forces of Colombia (2022-)")]


def test_another_named_side_or_day_is_another_act(coded: Coded) -> None:
    events = coded(
        "ELN guerrillas attacked an army post in Saravena, Arauca, on Tuesday, the army said. "
        "On Friday, FARC dissidents attacked the same post."
    )
    assert len(events) == 2


def test_police_meeting_a_riot_make_no_attack_of_their_own(coded: Coded) -> None:
    assert coded(
        "Supporters of the BNP and the Awami League clashed with sticks in Shibpur upazila of "
        "Narsingdi on Friday, police said. Police fired rubber bullets to bring the situation "
        "under control."
    ) == [("Mob violence", "Rioters (Bangladesh)", "Rioters (Bangladesh)")]
    assert coded(
        "An angry mob stoned a police outpost in Purnia district of Bihar on Sunday, "
        "officials said. Several policemen were injured."
    ) == [("Mob violence", "Rioters (India)", "Police Forces of India (2014-)")]


def test_police_fire_told_apart_from_no_riot_stays(coded: Coded) -> None:
    # with no riot told before it, the state's fire on people is an act of its own
    assert coded("Police fired rubber bullets at villagers in Purnia, Bihar, on Sunday.") == [
        ("Attack", "Police Forces of India (2014-)", "Civilians (India)")
    ]


def test_a_district_of_a_state_is_the_scene(extracted: Extracted) -> None:
    events = extracted(
        "Unidentified gunmen shot dead a shopkeeper in Araria district of Bihar on Monday "
        "night, police said."
    )
    assert [e.admin2 or e.location for e in events] == ["Araria"]


def test_manipurs_village_volunteers_are_their_communitys_militia(coded: Coded) -> None:
    assert coded(
        "Suspected Kuki militants and Meitei volunteers exchanged fire at Torbung in "
        "Bishnupur district, Manipur, on Tuesday, police said."
    ) == [("Armed clash", "Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)")]


def test_miscreants_are_an_unnamed_armed_group(coded: Coded) -> None:
    assert coded(
        "Armed miscreants shot dead a farmer in his paddy field in Bishnupur district, "
        "Manipur, on Tuesday, police said."
    ) == [("Attack", "Unidentified Armed Group (India)", "Civilians (India)")]


def test_a_later_act_with_dead_of_its_own_is_another_event(coded: Coded) -> None:
    events = coded(
        "ELN guerrillas attacked an army post in Saravena, Arauca, on Monday, killing two "
        "soldiers, the army said. Guerrillas later ambushed a patrol near the post, killing "
        "five soldiers."
    )
    assert len(events) == 2


def test_a_communal_clash_in_south_asia_is_mob_violence(coded: Coded) -> None:
    assert coded(
        "Communal clashes broke out in Sitapur town of Uttar Pradesh on Sunday after a dispute "
        "over a loudspeaker, police said."
    ) == [("Mob violence", "Rioters (India)", "Rioters (India)")]


def test_a_communal_clash_elsewhere_stays_a_clash(coded: Coded) -> None:
    assert coded("Communal clashes broke out in Wajir on Sunday, police said.") == [
        ("Armed clash", "Unidentified Armed Group (Kenya)", "Unidentified Armed Group (Kenya)")
    ]
