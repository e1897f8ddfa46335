"""Session 17 armed typing: armed men told as the means of fire, what a capture took, and
remote fire listed after a support word."""


def test_snipers_told_as_the_means_of_fire_are_no_second_side(coded):
    text = (
        "Government forces targeted with snipers and heavy machine guns areas of the town of "
        "Ayla in Homs, Syria, killing two young men."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_sniper_fire_is_a_weapon_not_a_side(coded):
    text = (
        "Rebel fighters besieging the town of Ayla, Syria, targeted areas with heavy machine "
        "guns and sniper fire, which injured several civilians."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_gunmen_fought_with_are_still_the_other_side(coded):
    text = "Soldiers clashed with gunmen and rebels near Kirkuk, Iraq."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_control_taken_of_a_truck_is_no_territory(coded):
    text = (
        "On 22 April 2022, militants kidnapped a driver near Daboua, Chad, after they took "
        "control of his truck."
    )
    assert [c[0] for c in coded(text)] == ["Abduction/forced disappearance"]


def test_fighters_listed_as_captured_are_no_territory(coded):
    text = (
        "On 3 May 2022, five PKK militants were killed, injured or captured during clashes "
        "with the Turkish army near Zakho, Iraq."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_town_captured_after_an_attack_on_soldiers_stays_territory(coded):
    text = "Rebels attacked the soldiers and captured the army base near Ayla, Syria."
    assert [c[0] for c in coded(text)] == ["Non-state actor overtakes territory"]


def test_strikes_listed_after_in_conjunction_with_support_the_ground_attack(coded):
    text = (
        "On 2 June 2022, PKK militants attacked Turkish soldiers with firearms in the Zap "
        "region of Duhok, Iraq, in conjunction with Turkish army shelling and airstrikes "
        "targeting the same areas."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_people_arrested_whose_whereabouts_are_unknown_were_disappeared(coded):
    text = (
        "On 3 March 2022, two former policemen were arrested by the Taliban in Ghazni, "
        "Afghanistan. Their whereabouts are unknown."
    )
    assert [c[0] for c in coded(text)] == ["Abduction/forced disappearance"]


def test_a_man_arrested_and_tortured_in_custody_was_attacked(coded):
    text = (
        "On 3 May 2020, police arrested a man in Mubende, Uganda, for breaking the curfew. "
        "The police allegedly tortured him in their custody."
    )
    assert [c[0] for c in coded(text)][:1] == ["Attack"]


def test_an_arrest_with_no_fate_told_stays_an_arrest(coded):
    text = (
        "On 3 March 2022, the Taliban arrested two former policemen accused of links to the "
        "Islamic State in Ghazni, Afghanistan."
    )
    assert [c[0] for c in coded(text)] == ["Arrests"]


def test_a_group_expelled_from_a_village_lost_it(coded):
    text = "On 3 March 2018, a rebel coalition expelled HTS from the village of Selwa, Syria."
    assert [c[0] for c in coded(text)] == ["Non-state actor overtakes territory"]


def test_control_imposed_over_an_area_is_taken(coded):
    text = (
        "On 3 March 2018, Ahrar al-Sham managed to advance and impose their control over "
        "the Karsaa area in Idlib, Syria, at the expense of HTS."
    )
    assert [c[0] for c in coded(text)] == ["Non-state actor overtakes territory"]


def test_a_town_secured_from_rebels_is_regained(coded):
    text = "On 3 March 2018, regime forces secured the town of Otaya, Syria, from rebel fighters."
    assert [c[0] for c in coded(text)] == ["Government regains territory"]


def test_diplomats_expelled_make_no_event(coded):
    assert coded("On 3 March 2018, Kenya expelled two Somali diplomats from Nairobi.") == []


def test_a_grenade_then_small_arms_fire_on_police_is_a_clash(coded):
    text = (
        "On 5 September 2019, unidentified men hurled a hand grenade at a police vehicle in "
        "Mandera, Kenya. The group then directed small arms fire at the police."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_grenade_and_gunfire_on_a_night_club_stay_a_grenade_attack(coded):
    text = (
        "On 5 September 2019, unidentified gunmen opened fire and threw two grenades into a "
        "night club in Mombasa, Kenya. One woman was killed."
    )
    assert [c[0] for c in coded(text)] == ["Grenade"]


def test_a_grenade_alone_on_police_stays_a_grenade_attack(coded):
    text = "On 5 September 2019, militants lobbed a grenade at police officers in Garissa, Kenya."
    assert [c[0] for c in coded(text)] == ["Grenade"]


def test_coalition_strikes_are_air_strikes(coded):
    text = "On 3 March 2018, coalition strikes near Al-Bukamal, Syria, killed 6 IS fighters."
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]


def test_anti_aircraft_fire_is_remote_fire(coded):
    text = (
        "On 3 March 2018, Jaysh al-Islam anti-aircraft fire in Douma, Syria, hit a regime "
        "aircraft, damaging one of its engines."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_shelling_named_only_as_what_a_response_answered_is_not_the_act(coded):
    text = (
        "On 28 April 2020, pro-Hadi forces responded to shelling of pro-Houthi forces on the "
        "Kirsh front in Lahij, Yemen, killing and injuring a number of fighters."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_shelling_in_response_to_shelling_stays_shelling(coded):
    text = (
        "On 3 March 2018, in response to regime shelling in the area, rebel forces shelled "
        "regime positions north of Harbanifse, Syria."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_packs_of_cigarettes_seized_are_property_not_territory(coded):
    text = (
        "On 6 May 2020, military police forces seized 685,000 packs of smuggled cigarettes in "
        "Montes Claros, Brazil."
    )
    assert [c[0] for c in coded(text)] == ["Looting/property destruction"]


def test_munitions_seized_are_disrupted_weapons_use(coded):
    text = (
        "On 1 May 2020, Tunisian police forces seized eight hundred military munitions in a "
        "deserted house near Thala, Tunisia."
    )
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_a_total_of_migrants_captured_is_an_arrest(coded):
    text = (
        "On 3 April 2022, police forces captured and detained a total of 43 migrants during "
        "an operation in Esenyurt, Istanbul, Turkey."
    )
    assert [c[0] for c in coded(text)] == ["Arrests"]
