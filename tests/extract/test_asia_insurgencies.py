"""Reports of the insurgencies of South and Southeast Asia: claims, groups named again, acts
told in detail (session 23's own texts)."""

from collections.abc import Callable
from datetime import date

from sitrep.model import Event

PublishedOn = Callable[[str, date | None], list[Event]]
DAY = date(2026, 3, 12)


def _coded(published_on: PublishedOn, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in published_on(text, DAY)]


def test_a_claim_by_a_group_with_its_short_form_in_brackets_names_the_attackers(published_on):
    text = (
        "Militants stormed a police post in Lakki Marwat district on Tuesday night, killing "
        "two constables, officials said. The Tehreek-i-Taliban Pakistan (TTP) claimed "
        "responsibility for the attack."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan (2022-)")
    ]


def test_a_group_in_brackets_that_condemns_the_attack_is_not_its_doer(published_on):
    text = (
        "Militants stormed a police post in Lakki Marwat district on Tuesday night, killing "
        "two constables, officials said. The Tehreek-i-Taliban Pakistan (TTP) condemned "
        "the attack."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Unidentified Armed Group (Pakistan)"]


def test_the_groups_fighters_are_the_group_named_before(published_on):
    text = (
        "The Baloch Liberation Army said it attacked a Frontier Corps convoy near Turbat on "
        "Wednesday, killing three soldiers. The group's fighters used an improvised explosive "
        "device followed by gunfire, its spokesman said."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "BLA: Baloch Liberation Army", "Military Forces of Pakistan (2022-)")
    ]


def test_fire_at_the_wrecked_vehicle_after_a_bombing_is_the_same_act(published_on):
    text = (
        "Two rangers were killed on Wednesday when insurgents set off a bomb under a road in "
        "Rueso district of Narathiwat as their pickup passed. The attackers then fired at the "
        "wrecked vehicle before fleeing into a rubber plantation."
    )
    assert _coded(published_on, text) == [
        (
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Thailand)",
            "Military Forces of Thailand (2019-)",
        )
    ]


def test_fire_at_villagers_after_a_bombing_is_another_act(published_on):
    text = (
        "Two rangers were killed on Wednesday when insurgents set off a bomb under a road in "
        "Rueso district of Narathiwat as their pickup passed. The attackers then fired at "
        "villagers who came to help, wounding two."
    )
    assert [c[0] for c in _coded(published_on, text)] == [
        "Remote explosive/landmine/IED",
        "Attack",
    ]


def test_clashes_that_forces_move_in_to_prevent_are_no_event(published_on):
    text = (
        "Kuki and Meitei militants exchanged fire for several hours in the foothills of "
        "Imphal East district on Sunday. Central forces later moved into the area to prevent "
        "further clashes."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)")
    ]


def test_force_used_to_prevent_a_march_is_still_told(published_on):
    text = (
        "Police fired tear gas in Imphal on Monday to prevent hundreds of protesters from "
        "marching to the governor's residence."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Protest with intervention"]


def test_an_attack_counted_among_the_weeks_attacks_is_the_one_told(published_on):
    text = (
        "Insurgents ambushed a police patrol in Tak Bai district, Narathiwat, on Sunday, "
        "killing one officer. It was the third attack in the district this week."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "Unidentified Armed Group (Thailand)", "Police Forces of Thailand (2019-)")
    ]


def test_a_second_attack_told_as_its_own_is_another_event(published_on):
    text = (
        "Insurgents ambushed a police patrol in Tak Bai district, Narathiwat, on Sunday, "
        "killing one officer. A second attack hit a ranger post in Raman district on Monday."
    )
    assert len(_coded(published_on, text)) == 2


def test_a_rifle_handed_over_on_surrender_is_no_ground_given_up(published_on):
    text = (
        "An Abu Sayyaf sub-leader surrendered to soldiers in Patikul, Sulu, on Monday, the "
        "military said. He handed over an M14 rifle and a grenade launcher."
    )
    # a surrender is an agreement (ACLED lists surrenders among agreements); the rifle
    # handed over is no non-violent transfer of territory
    assert _coded(published_on, text) == [
        ("Agreement", "ASG: Abu Sayyaf", "Military Forces of the Philippines (2022-)")
    ]


def test_control_of_a_town_handed_over_is_a_transfer_of_territory(published_on):
    text = (
        "The Arakan Army handed over control of the town of Kyauktaw to an allied militia on "
        "Monday, the group said."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Non-violent transfer of territory"]


def test_damage_told_without_a_doer_after_an_air_strike_is_the_strike(published_on):
    text = (
        "Junta jets bombed two villages in Gangaw township, Magway Region, on Tuesday, "
        "killing seven civilians, residents said. A monastery and a school were destroyed."
    )
    assert _coded(published_on, text) == [
        ("Air/drone strike", "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")
    ]


def test_damage_on_a_day_of_its_own_after_an_air_strike_is_another_event(published_on):
    text = (
        "Junta jets bombed two villages in Gangaw township, Magway Region, on Tuesday, "
        "killing seven civilians, residents said. On Thursday, a monastery in the township "
        "was burned down."
    )
    assert [c[0] for c in _coded(published_on, text)] == [
        "Air/drone strike",
        "Looting/property destruction",
    ]


def test_militants_killed_in_an_encounter_fought_the_army_that_reports_it(published_on):
    text = (
        "Two militants were killed in an encounter in the Kupwara sector on Friday, the army said."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "Military Forces of India (2014-)", "Unidentified Armed Group (India)")
    ]


def test_a_rebel_killed_in_an_encounter_fought_the_military(published_on):
    text = "An NPA rebel was killed in an encounter in Bobon, Northern Samar, on Tuesday morning."
    assert _coded(published_on, text) == [
        ("Armed clash", "Military Forces of the Philippines (2022-)", "NPA: New People's Army")
    ]


def test_an_encounter_with_the_police_keeps_the_police(published_on):
    text = (
        "A wanted criminal was injured in an encounter with police in Meerut district on "
        "Tuesday night, officials said."
    )
    assert [set(c[1:]) for c in _coded(published_on, text)] == [
        {"Police Forces of India (2014-)", "Unidentified Armed Group (India)"}
    ]


def _places(published_on: PublishedOn, text: str) -> list[str | None]:
    return [e.location for e in published_on(text, DAY)]


def test_the_town_a_barangay_is_in_is_no_part_of_the_barangays_name(published_on):
    text = (
        "Abu Sayyaf gunmen abducted three fishermen in Barangay Tubig Indangan in Simunul, "
        "Tawi-Tawi, on Tuesday, the coast guard said."
    )
    assert _places(published_on, text) == ["Simunul"]


def test_a_barangay_named_like_a_town_stays_a_part_of_its_town(published_on):
    text = (
        "NPA rebels shot dead a village chief in Barangay Mabini, Escalante City, Negros "
        "Occidental, on Tuesday, police said."
    )
    assert _places(published_on, text) == ["Escalante"]


def test_security_forces_in_the_militarys_statement_are_its_troops(published_on):
    text = (
        "Security forces gunned down four terrorists in an intelligence-based operation in "
        "Awaran district of Balochistan on Monday, the ISPR said."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Military Forces of Pakistan (2022-)"]


def test_security_forces_in_a_police_statement_stay_as_read(published_on):
    text = (
        "Security forces gunned down four terrorists in an intelligence-based operation in "
        "Awaran district of Balochistan on Monday, police said."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Police Forces of Pakistan (2022-)"]


def test_a_group_saying_its_fighters_carried_out_the_attack_is_its_doer(published_on):
    text = (
        "Two soldiers were wounded when gunmen fired on an army post in Sinak district, "
        "Central Papua, early on Monday. The West Papua National Liberation Army said its "
        "fighters carried out the attack."
    )
    assert [c[1] for c in _coded(published_on, text)] == [
        "TPNPB: West Papua National Liberation Army"
    ]


def test_a_group_saying_its_fighters_had_no_part_is_not_the_doer(published_on):
    text = (
        "Two soldiers were wounded when gunmen fired on an army post in Sinak district, "
        "Central Papua, early on Monday. The West Papua National Liberation Army said its "
        "fighters were not involved."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Unidentified Armed Group (Indonesia)"]


def test_police_arriving_when_a_bomb_went_off_are_its_targets(published_on):
    text = (
        "A bomb exploded as police arrived at the scene in Yarang district of Pattani on "
        "Monday, wounding two officers."
    )
    assert _coded(published_on, text) == [
        (
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Thailand)",
            "Police Forces of Thailand (2019-)",
        )
    ]


def test_police_who_blew_up_a_bomb_as_they_arrived_stay_its_doers(published_on):
    text = (
        "Police detonated a bomb found on a bridge in Yarang district of Pattani on Monday "
        "as bomb disposal officers arrived."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Police Forces of Thailand (2019-)"]


def test_armed_men_of_a_community_are_its_militia(published_on):
    text = (
        "Armed Meitei men attacked a village near Churachandpur on Tuesday, killing three "
        "village volunteers, police said."
    )
    assert [c[:2] for c in _coded(published_on, text)] == [
        ("Attack", "Meitei Ethnic Militia (India)")
    ]


def test_men_of_a_community_who_are_shot_are_not_its_militia(published_on):
    text = "Gunmen shot dead two Meitei men near Churachandpur on Tuesday, police said."
    assert _coded(published_on, text) == [
        ("Attack", "Unidentified Armed Group (India)", "Civilians (India)")
    ]


def test_a_firefight_after_troops_met_rebels_has_the_troops_as_its_other_side(published_on):
    text = (
        "Troops of the 3rd Infantry Battalion encountered about 15 members of the New "
        "People's Army in Escalante City, Negros Occidental, on Tuesday. The 20-minute "
        "firefight left one soldier wounded."
    )
    assert _coded(published_on, text) == [
        ("Armed clash", "NPA: New People's Army", "Military Forces of the Philippines (2022-)")
    ]


def test_a_firefight_with_no_forces_told_before_keeps_its_one_side(published_on):
    text = (
        "About 15 members of the New People's Army were seen in Escalante City, Negros "
        "Occidental, on Tuesday. A 20-minute firefight followed, residents said."
    )
    assert [c[2] for c in _coded(published_on, text)] == [None]


def test_the_ensuing_exchange_of_fire_in_a_statement_is_the_attack_told_before(published_on):
    text = (
        "Terrorists attacked a Frontier Corps post in Zhob district late on Saturday night. "
        "Three soldiers embraced shahadat while two terrorists were killed in the ensuing "
        "exchange of fire, the ISPR said in a press release on Sunday."
    )
    events = published_on(text, date(2026, 5, 18))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Armed clash", "2026-05-16", 5)
    ]


def test_a_statements_clash_between_other_sides_stays_apart(published_on):
    text = (
        "Terrorists attacked a Frontier Corps post in Zhob district late on Saturday night. "
        "Police and rival militants exchanged fire in Zhob district, police said on Sunday."
    )
    assert len(published_on(text, date(2026, 5, 18))) == 2


def test_an_armed_groups_arson_with_warning_banners_is_no_demonstration(published_on):
    text = (
        "Maoists set ablaze six vehicles engaged in road construction work in Dantewada "
        "district on Monday night and left behind banners warning contractors, police said."
    )
    assert _coded(published_on, text) == [
        (
            "Looting/property destruction",
            "CPI (Maoist): Communist Party of India (Maoist)",
            "Civilians (India)",
        )
    ]


def test_a_crowds_arson_over_a_grievance_stays_a_violent_demonstration(published_on):
    text = (
        "Villagers set ablaze two buses in Dantewada district on Monday in protest against "
        "the death of a boy in a road accident, police said."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Violent demonstration"]


def test_gunmen_believed_to_be_from_a_group_are_the_group(published_on):
    text = (
        "Gunmen believed to be from the Islamic State Khorasan Province killed a Taliban "
        "security official in Jalalabad, Nangarhar province, on Saturday, officials said."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Islamic State (Afghanistan)"]


def test_gunmen_who_came_from_a_place_are_not_named_by_it(published_on):
    text = (
        "Gunmen who came from the hills killed a Taliban security official in Jalalabad, "
        "Nangarhar province, on Saturday, officials said."
    )
    assert [c[1] for c in _coded(published_on, text)] == ["Unidentified Armed Group (Afghanistan)"]


def test_attacks_the_slain_were_involved_in_are_no_event(published_on):
    text = (
        "Security forces killed two terrorists in an intelligence-based operation in Tank "
        "district on Monday, the ISPR said. The terrorists were actively involved in attacks "
        "on security forces, the statement added."
    )
    assert _coded(published_on, text) == [
        (
            "Armed clash",
            "Military Forces of Pakistan (2022-)",
            "Unidentified Armed Group (Pakistan)",
        )
    ]


def test_the_one_attack_militants_were_involved_in_is_still_told(published_on):
    text = (
        "Five militants were involved in the attack on a checkpoint in Tank district on "
        "Monday, police said."
    )
    assert [c[0] for c in _coded(published_on, text)] == ["Armed clash"]


def test_a_ranger_patrol_ambushed_is_the_military(published_on):
    text = (
        "Suspected insurgents ambushed a ranger patrol in Cho Airong district of Narathiwat on "
        "Tuesday, killing one ranger."
    )
    assert [c[2] for c in _coded(published_on, text)] == ["Military Forces of Thailand (2019-)"]


def test_a_ranger_patrol_finding_a_hikers_body_is_no_event(published_on):
    text = (
        "A ranger patrol found the body of a missing hiker in Khao Yai national park on "
        "Tuesday, officials said."
    )
    assert _coded(published_on, text) == []
