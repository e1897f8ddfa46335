"""Session 18 armed typing: rocket-propelled grenades are fired, not thrown; a side that claims
its own act is its agent; direct fire with shelling that hits fighters is a clash; a man said
to have died after raiders attacked is their victim; one arrested after shooting a man shot him;
remote fire told as what came before the act does not name it; an explosive charge is a bomb;
an armed group raiding houses to take men abducts them; a strike told with workers on strike
is a labour strike."""


def test_rocket_propelled_grenade_is_shelling(coded):
    text = (
        "On 3 March 2022, the house of a village chief in Datu Piang, Philippines, was fired "
        "upon with rifle grenades by unidentified gunmen. There were no casualties."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_rpgs_fired_at_a_base_are_shelling(coded):
    text = "Gunmen fired RPGs at a police station in Liboi, Kenya. No injuries were reported."
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_hand_grenade_stays_a_grenade(coded):
    text = "Gunmen hurled a hand grenade at a bar in Garissa, Kenya, wounding four people."
    assert [c[0] for c in coded(text)] == ["Grenade"]


def test_side_claiming_its_own_act_is_the_agent(coded):
    text = "Regime forces claimed to have killed five IS members near Mayadin, Syria."
    assert coded(text) == [
        ("Armed clash", "Military Forces of Syria (2024-)", "Islamic State (Syria)")
    ]


def test_side_reporting_others_act_is_only_the_source(coded):
    text = "The army said militants killed two farmers near Maiduguri, Nigeria."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_machine_guns_and_rockets_that_kill_a_fighter_are_a_clash(coded):
    text = (
        "Government troops hit the village of Tell Sara in Hama, Syria, with machine-gun fire "
        "and mortar rounds, killing two rebel fighters."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_machine_guns_and_shelling_on_areas_stay_shelling(coded):
    text = (
        "Turkish forces shelled and opened heavy machine gun fire on YPG-controlled areas of "
        "the countryside of Afrin, Syria. No fatalities were reported."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_shelling_that_kills_a_fighter_without_direct_fire_stays_shelling(coded):
    text = "Regime forces shelled the town of Ayla in Homs, Syria, killing one rebel fighter."
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_the_dead_of_a_raid_by_a_community_militia_are_its_victims(coded):
    text = (
        "One person died and two others were seriously injured after Turkana raiders attacked "
        "a village in Baringo, Kenya."
    )
    assert coded(text) == [("Attack", "Turkana Ethnic Militia (Kenya)", "Civilians (Kenya)")]


def test_the_dead_of_a_clash_between_community_militias_stay_a_clash(coded):
    text = "A man died in clashes between Pokot and Turkana militias in Baringo, Kenya."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_one_arrested_after_shooting_a_man_shot_him(coded):
    text = "A policeman has been arrested after shooting dead a local politician in Meru, Kenya."
    assert coded(text) == [("Attack", "Police Forces of Kenya (2022-)", "Civilians (Kenya)")]


def test_one_arrested_after_killing_civilians_killed_them(coded):
    text = "A soldier was arrested after killing two civilians at a bar in Goma, DR Congo."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_one_hurt_after_being_shot_was_the_victim(coded):
    text = "A civilian was hospitalised after being shot by soldiers in Goma, DR Congo."
    assert [c[0] for c in coded(text)] == ["Attack"]
    assert coded(text)[0][2] is not None and coded(text)[0][2].startswith("Civilians")


def test_shelling_after_a_bombing_is_shelling(coded):
    text = (
        "Egyptian military forces fired artillery at suspected militants west of Rafah, Egypt, "
        "after militants detonated an IED targeting an army vehicle."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_shelling_following_a_roadside_bomb_attack_is_shelling(coded):
    text = "Troops shelled militant positions near Rafah, Egypt, following a roadside bomb attack."
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_a_bombing_after_shelling_stays_a_bombing(coded):
    text = (
        "A roadside bomb killed two soldiers near Rafah, Egypt, after militants shelled the area."
    )
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_a_bombing_told_only_after_a_word_stays_the_act(coded):
    text = "Two soldiers died near Rafah, Egypt, after militants detonated an IED."
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_an_explosive_charge_that_went_off_is_a_remote_explosive(coded):
    text = "An explosive charge went off near a market in Baqubah, Iraq, wounding two civilians."
    assert coded(text) == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    ]


def test_an_explosive_charge_dismantled_is_disrupted(coded):
    text = "Police dismantled an explosive charge planted near a school in Baqubah, Iraq."
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_an_armed_group_raiding_houses_to_take_men_abducts(coded):
    text = (
        "On 5 May 2021, QSD fighters raided houses in Hajin, Syria, looking for wanted men, and "
        "when they could not find them, they arrested three of their brothers."
    )
    assert [c[0] for c in coded(text)] == ["Abduction/forced disappearance"]


def test_a_raid_that_kills_stays_an_attack(coded):
    text = (
        "On 5 May 2021, QSD fighters raided houses in Hajin, Syria, and arrested three men, "
        "killing one of them."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_a_strike_told_with_workers_on_strike_is_a_labour_strike(coded):
    text = (
        "On 22 January 2022, about 200 people gathered in Dayton, Ohio, as part of the Acme "
        "Steel strike. Striking workers have been on strike since October."
    )
    assert [c[0] for c in coded(text)][:1] == ["Peaceful protest"]


def test_coalition_strikes_stay_air_strikes_beside_workers_on_strike(coded):
    text = "Coalition strikes hit Houthi positions in Saada, Yemen. Dockers remained on strike."
    assert [c[0] for c in coded(text)][:1] == ["Air/drone strike"]


def test_direct_fire_and_roadside_bombs_that_kill_soldiers_are_a_clash(coded):
    text = (
        "Militants attacked an army post near Baiji, Iraq, where four soldiers were killed by "
        "direct fire and two were killed by IEDs."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_an_ied_planted_by_men_with_rifles_that_kills_farmers_stays_a_bombing(coded):
    text = "Gunmen with rifles planted an IED that killed two farmers near Baiji, Iraq."
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_ground_forces_in_coordination_with_the_air_force_fight(coded):
    text = (
        "On 2 March 2024, Iraqi troops working in coordination with the Iraqi Air Force killed "
        "three IS militants near Tuz Khurmatu, Iraq."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_warplanes_in_coordination_with_allies_still_strike(coded):
    text = (
        "Iraqi warplanes, in coordination with the coalition, struck IS hideouts in the Hamrin "
        "mountains, Iraq, killing four militants."
    )
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]


def test_control_regained_from_fighters_is_territory_not_an_arrest(coded):
    text = (
        "HTS forces managed to regain control of the village of Kafr Halab, Syria, from Ahrar "
        "al-Sham and Nour al-Din fighters with casualties confirmed on both sides."
    )
    assert [c[0] for c in coded(text)][:1] == ["Non-state actor overtakes territory"]


def test_fighters_captured_are_still_taken_people(coded):
    text = "HTS fighters captured five Ahrar al-Sham fighters near Kafr Halab, Syria."
    # people taken, not ground; combatants captured are a battle (ACLED, combatants_captured)
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_forces_killing_is_suicide_bombers_fight_them(coded):
    text = "Iraqi forces killed three IS suicide bombers east of Rutba, Iraq."
    assert [c[0] for c in coded(text)] == ["Armed clash"]
