"""War news that names states by their countries: 'Russia launched missiles at Kharkiv' is the
Russian military's act (and Russia is no place of it); weapons downed in flight; 'struck' as
an act of force, not of words; a region named with its country's possessive; a count of the
dead that places only some of them; a deal struck with an armed movement."""

from collections.abc import Callable

from sitrep.model import Event

Coded = Callable[[str], list[tuple[str, str | None, str | None]]]
Extracted = Callable[[str], list[Event]]


def test_a_country_that_fires_is_its_military(extracted: Extracted) -> None:
    (event,) = extracted("Russia fired 40 missiles at Odesa overnight.")
    assert (event.sub_event_type, event.actor1, event.location) == (
        "Shelling/artillery/missile attack",
        "Military Forces of Russia (2000-)",
        "Odesa",
    )


def test_a_country_as_the_agent_of_a_passive(coded: Coded) -> None:
    assert coded("Sumy was shelled by Russia on Tuesday.") == [
        ("Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", None)
    ]


def test_a_country_that_strikes_with_a_weapon(coded: Coded) -> None:
    assert coded("Israel struck Nabatieh with drones on Monday.")[0][:2] == (
        "Air/drone strike",
        "Military Forces of Israel (2022-)",
    )


def test_the_acting_country_is_not_the_place(extracted: Extracted) -> None:
    (event,) = extracted("Iran launched dozens of drones at Israel on Saturday.")
    assert (event.actor1, event.location) == ("Military Forces of Iran (1989-)", "Israel")


def test_a_country_that_arrests_names_no_soldiers(coded: Coded) -> None:
    assert all(
        a1 != "Military Forces of Kenya (2022-)"
        for _, a1, _ in coded("Kenya arrested two traders in Malindi.")
    )


def test_a_city_that_launches_a_campaign_is_no_state(coded: Coded) -> None:
    assert coded("Odesa launched a campaign against littering.") == []


def test_weapons_downed_in_flight(coded: Coded) -> None:
    assert coded("Air defences shot down 14 drones over Poltava overnight.") == [
        ("Disrupted weapons use", "Military Forces of Ukraine (2019-)", None)
    ]


def test_struck_by_an_armed_actor_is_an_act(coded: Coded) -> None:
    assert coded("Soldiers struck rebel positions near Rutshuru.") != []


def test_struck_in_words_is_no_act(coded: Coded) -> None:
    assert coded("The army struck a deal with the rebels in Bunia.") == []
    assert coded("A strong earthquake struck the coast near Bunia.") == []


def test_a_region_with_its_countrys_possessive(extracted: Extracted) -> None:
    (event,) = extracted("Ukrainian drones struck a fuel depot in Russia's Bryansk region.")
    assert (event.location, event.country) == ("Bryansk", "Russia")


def test_a_count_that_places_only_some_of_the_dead(extracted: Extracted) -> None:
    events = extracted(
        "Russia fired missiles and drones at power plants across Ukraine overnight. At least "
        "five people were killed, including two in the city of Rivne."
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 5)]


def test_an_armed_movement_is_the_other_party_of_a_deal(coded: Coded) -> None:
    assert coded("The government signed a peace agreement with three armed movements in Juba.") == [
        ("Agreement", "Government of South Sudan (2011-)", "Unidentified Armed Group (South Sudan)")
    ]


def test_its_forces_are_the_armed_actor_named_before(coded: Coded) -> None:
    assert coded("The RSF said its forces had attacked army positions near Kosti.") == [
        ("Armed clash", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)")
    ]


def test_a_count_in_a_new_paragraph_completes_that_paragraphs_act(
    extracted: Extracted,
) -> None:
    events = extracted(
        "Militants fired rockets at the town of Sderot. No injuries were reported.\n\n"
        "In the West Bank, Israeli troops raided the city of Nablus, sparking a gunfight. "
        "The health ministry said two Palestinians were killed."
    )
    assert [(e.location, e.fatalities) for e in events] == [("Sderot", None), ("Nablus", 2)]


def test_people_in_the_place_taken_from_are_not_the_takers(coded: Coded) -> None:
    assert coded("Dozens of people were kidnapped from a camp for displaced people in Borno.") == [
        (
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
        )
    ]


def test_troops_under_fire_from_members_of_a_group(coded: Coded) -> None:
    assert coded("Troops came under fire from members of Boko Haram near Dikwa.")[0][0] == (
        "Armed clash"
    )
    assert coded("The minister came under fire from members of parliament over the delays.") == []


def test_a_province_named_after_the_dateline_town_is_where_the_report_went_on(
    extracted: Extracted,
) -> None:
    events = extracted(
        "KHARTOUM, June 5, 2024 - Fighters stormed the village of Um Dabakir in Al Jazirah state, "
        "killing 30 people. The RSF said its forces had attacked army positions near the village."
    )
    assert [e.location for e in events] == ["Al Jazirah", "Al Jazirah"]


def test_a_national_guard_is_its_countrys(coded: Coded) -> None:
    assert coded("Militants attacked a National Guard post near Ouallam, Niger.") == [
        ("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")
    ]


def test_separatists_are_an_armed_group(coded: Coded) -> None:
    assert coded("Separatists set fire to a school in Bali Nyonga, Cameroon.")[0][:2] == (
        "Looting/property destruction",
        "Unidentified Armed Group (Cameroon)",
    )


def test_its_aircraft_are_the_forces_that_spoke(coded: Coded) -> None:
    assert coded("The Sudanese army said its aircraft bombed RSF positions near Kosti.")[0][1:] == (
        "Military Forces of Sudan (2019-)",
        "RSF: Rapid Support Forces",
    )


def test_repelling_the_attack_told_before_is_that_attack(coded: Coded) -> None:
    assert coded(
        "ISWAP fighters attacked an army base in Monguno on Monday. The troops repelled the attack."
    ) == [("Armed clash", "Islamic State (West Africa)", "Military Forces of Nigeria (2023-)")]


def test_drones_shot_down_over_a_region(coded: Coded) -> None:
    assert coded("Air defences shot down nine drones over the Kursk region overnight.") == [
        ("Disrupted weapons use", "Military Forces of Russia (2000-)", None)
    ]


def test_a_fight_denied_after_a_find_is_no_fight(coded: Coded) -> None:
    assert coded(
        "Soldiers found a cache of rockets on a patrol near Abala, Niger. No clashes took place."
    ) == [("Disrupted weapons use", "Military Forces of Niger (2023-)", None)]


def test_aircraft_that_struck_a_house_struck_from_the_air(coded: Coded) -> None:
    assert coded("Israeli aircraft struck a house in Rafah, killing six people.")[0][:2] == (
        "Air/drone strike",
        "Military Forces of Israel (2022-)",
    )
    assert coded("A car struck a pedestrian in Rafah.") == []


def test_a_place_only_dateline_is_where_the_report_was_filed(extracted: Extracted) -> None:
    (event,) = extracted(
        "PESHAWAR, Pakistan (AP) - Militants stormed a police post in Bannu district of "
        "Khyber Pakhtunkhwa province, killing two policemen, officials said."
    )
    assert event.location != "Peshawar"


def test_the_forces_whose_media_wing_speaks_are_not_the_bombers(coded: Coded) -> None:
    assert coded(
        "A roadside bomb hit a military vehicle in Kurram, Pakistan, wounding three soldiers, the "
        "military's media wing said."
    )[0][1:] == ("Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan (2022-)")


def test_a_massacre_answered_by_the_police_stays_an_attack(coded: Coded) -> None:
    assert coded(
        "Gang members killed at least nine people in the town of Mirebalais, Haiti. Police "
        "exchanged fire with the gang for several hours."
    )[0] == ("Attack", "Unidentified Gang (Haiti)", "Civilians (Haiti)")


def test_the_same_unnamed_doers_told_again(coded: Coded) -> None:
    events = coded(
        "Gunmen abducted 40 pupils from a school in Kuriga, Nigeria. The kidnappers came on "
        "motorcycles.\n\nBoko Haram and ISWAP are active in the north-east.\n\nSoldiers later "
        "freed ten pupils after a shootout with the kidnappers near Kuriga."
    )
    assert all(
        "Islamic State" not in str(a) and "Boko Haram" not in str(a) for e in events for a in e[1:]
    )
