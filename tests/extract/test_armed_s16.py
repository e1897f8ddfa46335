"""Armed-violence typing rules of session 16: who the target is, told apart from the attacker."""


def test_the_attackers_own_word_is_no_armed_target(coded):
    text = "Armed militants attacked a farm near Garissa, Kenya."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_an_armed_target_beside_the_attackers_is_still_a_clash(coded):
    text = "Militants attacked a police checkpoint near Garissa, Kenya."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_headline_verb_parsed_as_a_noun_is_still_the_act(coded):
    assert [c[0] for c in coded("Unknown attackers from Uganda shoot KDF soldier")] == [
        "Armed clash"
    ]


def test_a_bracket_after_the_attackers_names_them_not_a_second_side(coded):
    text = (
        "On 3 May 2021, a group of three armed men (presumably dahalo militia) shot and killed "
        "a mayor near Ihosy, Madagascar."
    )
    assert coded(text) == [("Attack", "Dahalo Militia", "Civilians (Madagascar)")]


def test_two_forces_in_a_fight_stay_two_sides(coded):
    text = "On 3 May 2021, soldiers (FARDC) clashed with ADF rebels near Beni, DR Congo."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_strikes_told_as_a_ground_attacks_support_make_it_a_battle(coded):
    text = (
        "On 2 June 2022, PKK militants attacked Turkish soldiers near Zakho, Duhok, in "
        "conjunction with airstrikes carried out by Turkish forces."
    )
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_strikes_that_are_the_act_stay_strikes(coded):
    text = "On 2 June 2022, Turkish warplanes struck PKK positions near Zakho, Duhok."
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]


def test_rockets_answered_by_their_armed_target_are_a_battle(coded):
    text = (
        "On 4 March 2022, militants fired three rockets at an army post near Bannu, KPK. "
        "Soldiers retaliated and exchanged fire with them."
    )
    assert [c[0] for c in coded(text)][:1] == ["Armed clash"]


def test_rockets_with_no_answer_stay_shelling(coded):
    text = (
        "On 4 March 2022, militants fired three rockets at an army post near Bannu, KPK. "
        "No one was hurt."
    )
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]


def test_captives_killed_in_the_next_sentence_make_the_abduction_an_attack(coded):
    text = (
        "On 9 May 2022, Boko Haram militants abducted three women near Bosso, Diffa, Niger. "
        "One of the women was killed."
    )
    assert [c[0] for c in coded(text)][:1] == ["Attack"]


def test_captives_released_leave_an_abduction(coded):
    text = (
        "On 9 May 2022, Boko Haram militants abducted three women near Bosso, Diffa, Niger. "
        "The women were released two days later."
    )
    assert [c[0] for c in coded(text)] == ["Abduction/forced disappearance"]


def test_a_taking_only_tried_leaves_the_attack(coded):
    text = "On 9 May 2022, gunmen attacked and tried to kidnap a trader near Bosso, Niger."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_raiders_answered_by_police_in_the_next_sentence_make_a_clash(coded):
    text = (
        "Bandits attacked a trading centre near Marsabit, Kenya, on 3 May 2021. Police "
        "responded and shot dead two of the bandits."
    )
    assert [c[0] for c in coded(text)][:1] == ["Armed clash"]


def test_a_clash_told_as_another_event_leaves_the_attack(coded):
    text = (
        "Bandits attacked a trading centre near Marsabit, Kenya, on 3 May 2021. Two of them "
        "were killed later in a clash with police."
    )
    assert [c[0] for c in coded(text)][:1] == ["Attack"]


def test_a_fight_on_another_day_is_no_answer_to_the_attack(coded):
    text = (
        "Gunmen killed three traders in Gboko on Sunday. On Wednesday, soldiers clashed with "
        "bandits in Zamfara."
    )
    assert [c[0] for c in coded(text)][:1] == ["Attack"]


def test_the_group_unknown_attackers_may_belong_to_is_no_target(coded):
    text = (
        "On 4 May 2021, unknown gunmen shot at a truck near Mandera, Kenya. Unverified "
        "possible connection with Al Shabaab."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_the_one_who_died_is_the_victim_not_the_actor(coded):
    text = (
        "On 2 May 2021, a man from Douma died as a result of torture in the regime's "
        "Saydnaya military prison, Syria."
    )
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_an_official_of_a_government_killed_is_attacked(coded):
    text = "A senior official of the Government of Kenya was shot dead in Mombasa, Kenya."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_armed_dead_the_parse_took_for_the_agent_are_the_clash_s_count(extracted):
    text = (
        "On 6 May 2024, clashes were reported between government forces and rebel fighters "
        "near Marib, Yemen. 12 rebel fighters were reported killed, including a field commander."
    )
    assert [(e.sub_event_type, e.fatalities) for e in extracted(text)] == [("Armed clash", 12)]
