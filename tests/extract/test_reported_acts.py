"""Acts the report tells that earlier rules missed (session 18): a wound someone inflicted,
an act beside a feared toll, a headline fragment before a blame, a protest before a call, a
gathering's demand told by 'the group' next, explosive charges and barrels, and a place
taken under unknown circumstances. Each with a case the rule must leave alone."""


def test_a_gunshot_wound_is_an_attack(coded):
    text = "On 3 June 2024, a shopkeeper was gunshot wounded in the market of Baqubah, Iraq."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]


def test_a_wound_by_people_is_their_violence(coded):
    text = "On 3 June 2024, a teacher was critically injured by a group of youths in Kisumu, Kenya."
    assert coded(text) == [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")]


def test_guards_hitting_an_inmate_attack_him(coded):
    text = (
        "On 3 June 2024, prison guards hit an inmate against the wall of the prison in Gomel, "
        "Belarus."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_a_wound_by_a_vehicle_a_storm_or_a_stray_bullet_is_no_attack(coded):
    assert (
        coded("On 3 June 2024, a cyclist was injured by a truck on the main road of Kisumu, Kenya.")
        == []
    )
    assert (
        coded("On 3 June 2024, a storm hit the town of Kisumu, Kenya, and injured ten residents.")
        == []
    )
    assert coded("On 3 June 2024, a woman was injured by a stray bullet in Tripoli, Libya.") == []


def test_wounds_after_a_clash_are_its_harm(coded):
    text = (
        "On 3 June 2024, two clans clashed in Galkayo, Somalia. Four people were injured by "
        "gunshots."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_feared_toll_leaves_the_blast_told(coded):
    text = (
        "On 3 June 2024, four soldiers were feared dead after their truck ran over a landmine "
        "planted by Al Shabaab in Mandera, Kenya."
    )
    assert coded(text) == [
        ("Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Kenya (2022-)")
    ]


def test_a_feared_attack_is_still_no_event(coded):
    assert coded("Police fear that Al Shabaab will attack churches in Mandera, Kenya.") == []


def test_a_headline_fragment_before_a_blame_is_told_and_the_blamed_did_it(coded):
    text = "Bomb attack outside a church by an unknown group; police blame Al Shabaab."
    assert coded(text) == [("Remote explosive/landmine/IED", "Al Shabaab", None)]


def test_who_accuses_is_no_party_and_an_accusation_makes_no_event(coded):
    text = "On 3 June 2024, residents of Garissa, Kenya, accused police of killing two men."
    assert coded(text) == []


def test_a_protest_told_before_a_call_happened(coded):
    text = (
        "On 3 June 2024, nurses marched in Nakuru, Kenya, against unpaid salaries, and the "
        "nurses also called for more staff."
    )
    assert coded(text) == [("Peaceful protest", "Protesters (Kenya)", None)]


def test_a_march_called_for_is_no_event(coded):
    assert coded("On 3 June 2024, the union called for nurses to march in Nakuru, Kenya.") == []


def test_the_group_telling_its_demand_next_makes_a_gathering_a_protest(coded):
    text = (
        "On 3 June 2024, a group of residents gathered in front of the town hall of Nakuru, "
        "Kenya. The group called for the repair of the water supply."
    )
    assert coded(text) == [("Peaceful protest", "Protesters (Kenya)", None)]


def test_someone_else_calling_next_makes_no_protest(coded):
    text = (
        "On 3 June 2024, a group of residents gathered in front of the town hall of Nakuru, "
        "Kenya. The governor called for calm."
    )
    assert coded(text) == []


def test_an_explosive_charge_going_off_is_a_blast(coded):
    text = (
        "On 3 June 2024, an explosive charge went off near a bus stop in Kirkuk, Iraq, wounding "
        "three civilians."
    )
    assert coded(text) == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    ]


def test_explosive_barrels_dropped_are_an_air_strike(coded):
    text = "On 3 June 2024, regime helicopters dropped explosive barrels on Kafr Zita, Syria."
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]


def test_a_place_taken_under_unknown_circumstances_changes_hands_peacefully(coded):
    text = (
        "On 3 June 2024, HTS fighters, under unknown circumstances, took control of Kafr Zita, "
        "Syria."
    )
    assert coded(text) == [("Non-violent transfer of territory", "HTS: Hayat Tahrir al-Sham", None)]


def test_riots_over_a_militia_leaders_killing_are_the_crowds(coded):
    text = "Riots broke out in Nakuru, Kenya, in response to the killing of a Mungiki leader."
    assert coded(text) == [("Violent demonstration", "Rioters (Kenya)", None)]


def test_a_militia_burning_houses_still_destroys_property(coded):
    text = "On 3 June 2024, Mungiki members torched houses in Nakuru, Kenya."
    assert coded(text) == [("Looting/property destruction", "Mungiki Militia", "Civilians (Kenya)")]


def test_operations_carried_out_against_a_side_are_a_battle(coded):
    text = "On 3 June 2024, Turkish forces carried out operations against the PKK in Duhok, Iraq."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_an_operation_named_with_its_article_is_left_alone(coded):
    text = "On 3 June 2024, the army launched an operation against the PKK in Duhok, Iraq."
    assert coded(text) == []


def test_a_bomb_found_unexploded_is_a_disrupted_weapon(coded):
    text = "On 3 June 2024, students found an unexploded bomb near their school in Isiolo, Kenya."
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_a_cache_of_explosives_discovered_is_a_disrupted_weapon(coded):
    text = "On 3 June 2024, police discovered a large cache of explosives near Patras, Greece."
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_bodies_found_after_a_bomb_are_its_victims(coded):
    text = "On 3 June 2024, villagers found the bodies of two men killed by a bomb in Kirkuk, Iraq."
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_a_fight_told_beside_a_feared_looting_happened(coded):
    text = (
        "On 3 June 2024, shops have closed in Maralal, Kenya, due to fear of looting as "
        "protesters engage police in running battles."
    )
    assert coded(text) == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")
    ]


def test_a_rally_expected_as_a_group_holds_it_is_still_to_come(coded):
    text = (
        "Expect to hear a lot about it as the new group holds a kickoff rally on Tuesday in "
        "Sacramento."
    )
    assert coded(text) == []


def test_ethnic_violence_told_alone_is_an_attack(coded):
    text = "On 3 June 2024, ethnic violence continued in Molo, Kenya."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_ethnic_violence_talked_about_is_no_event(coded):
    text = (
        "On 3 June 2024, church leaders in Nakuru, Kenya, held a conference on ending ethnic "
        "violence."
    )
    assert coded(text) == []


def test_ethnic_violence_beside_a_clash_is_its_setting(coded):
    text = (
        "On 3 June 2024, two herders were killed in clashes between Pokot and Turkana militias "
        "during ethnic violence in Baringo, Kenya."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]
