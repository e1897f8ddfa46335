"""Who the sides are, read from how the report tells them: a nationality on the act fended
off, a state's forces told as 'its', nationals in the plural, an act told apart, a mention
that only describes another participant, and fire on civilians at a town of its own."""


def test_a_fended_act_names_its_attacker(coded):
    assert coded(
        "Ukrainian forces repelled a Russian assault near Chasiv Yar, Ukraine, on Tuesday."
    ) == [
        ("Armed clash", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")
    ]


def test_its_troops_are_the_state_named_before(coded):
    assert coded(
        "Russia's defence ministry claimed its troops had captured the village of Novoselivka "
        "in the Donetsk region of Ukraine."
    ) == [("Non-state actor overtakes territory", "Military Forces of Russia (2000-)", None)]


def test_nationals_in_the_plural_are_civilians(coded):
    assert coded(
        "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Monday."
    ) == [("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)")]


def test_an_act_told_apart_keeps_its_attacker_unknown(coded):
    assert coded(
        "JNIM fighters attacked a military post in Djibo, Burkina Faso, on Sunday. "
        "Separately, a roadside bomb struck a civilian bus near Kaya on Monday, killing six "
        "passengers."
    ) == [
        (
            "Armed clash",
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Burkina Faso (2022-)",
        ),
        (
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Burkina Faso)",
            "Civilians (Burkina Faso)",
        ),
    ]


def test_a_mention_describing_the_weapon_is_no_side(coded):
    assert coded(
        "At least nine civilians were killed by bombs that fell on a camp for displaced "
        "people near Goma, Democratic Republic of Congo."
    ) == [
        (
            "Remote explosive/landmine/IED",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Civilians (Democratic Republic of Congo)",
        )
    ]


def test_fire_on_civilians_in_another_town_is_its_own_event(coded):
    assert coded(
        "Ukrainian forces repelled a Russian assault near Chasiv Yar, Ukraine, on Tuesday. "
        "Russian artillery shelled the town of Kostiantynivka, killing three civilians."
    ) == [
        ("Armed clash", "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"),
        (
            "Shelling/artillery/missile attack",
            "Military Forces of Russia (2000-)",
            "Civilians (Ukraine)",
        ),
    ]


def test_a_spokesman_s_force_only_tells_the_act(coded):
    assert coded("A police spokesman said two men were shot dead in Kano, Nigeria, on Friday.") == [
        ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    ]
    assert coded(
        "Police spokesman Musa Bello said two men were shot dead in Kano, Nigeria, on Friday."
    ) == [("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_a_gang_coalition_is_not_the_military_coalition(coded):
    events = coded(
        "Members of the Viv Ansanm gang coalition attacked the town of Mirebalais in Haiti on "
        "Monday, setting fire to a police station."
    )
    assert events and all("Global Coalition" not in (a1 or "") for _, a1, _ in events)


def test_insurgents_linked_to_a_group_are_the_group(coded):
    assert coded(
        "Insurgents linked to the Islamic State beheaded five villagers in Cabo Delgado, "
        "Mozambique, on Sunday."
    ) == [("Attack", "Islamic State (Mozambique)", "Civilians (Mozambique)")]


def test_who_arrived_after_the_act_did_not_do_it(coded):
    assert coded(
        "Police officers arrived at the market in Kano, Nigeria, on Friday after a man had been "
        "beaten to death."
    ) == [("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")]


def test_a_place_taken_is_a_capture(coded):
    assert coded(
        "Sudanese troops took the village of Umm Benein in Sennar state, Sudan, from the RSF "
        "on Thursday."
    ) == [
        (
            "Government regains territory",
            "Military Forces of Sudan (2019-)",
            "RSF: Rapid Support Forces",
        )
    ]


def test_a_strike_on_civilians_on_a_day_of_its_own_is_its_own_event(coded):
    events = coded(
        "On 13 March 2025, Sudanese troops clashed with the RSF near Sennar, Sudan. On 12 March "
        "2025, an RSF drone struck a market in Sennar, killing seven civilians."
    )
    assert [c[0] for c in events] == ["Armed clash", "Air/drone strike"]


def test_harm_told_again_in_a_later_clause_is_the_same_act(coded):
    assert coded(
        "A mob lynched a man accused of stealing a goat in Kano, Nigeria, on Friday. Police "
        "said officers arrived at the scene after the man had been beaten to death."
    ) == [("Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)")]


def test_military_statements(extracted):
    (neutralised,) = extracted(
        "Troops on Saturday neutralised 14 terrorists in Borno State, Nigeria."
    )
    assert (neutralised.sub_event_type, neutralised.actor1, neutralised.fatalities) == (
        "Armed clash",
        "Military Forces of Nigeria (2023-)",
        14,
    )
    (repelled,) = extracted(
        "Troops repelled an attack by ISWAP fighters on their base in Malam Fatori, Borno, "
        "Nigeria, on Sunday. Two soldiers paid the supreme price."
    )
    assert repelled.fatalities == 2


def test_captives_freed_are_no_new_taking(coded):
    assert coded("Troops rescued 22 kidnapped villagers in Zamfara, Nigeria, on Saturday.") == []
    assert coded(
        "Troops on Saturday neutralised 14 terrorists and rescued 22 kidnapped victims in "
        "Borno State, Nigeria."
    ) == [
        ("Armed clash", "Military Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)")
    ]
    assert coded("Bandits kidnapped 22 villagers in Zamfara, Nigeria, on Saturday.") == [
        (
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
        )
    ]


def test_arrests_with_no_arrester_named_are_the_police_s(coded):
    assert coded("Two journalists were arrested in Harare, Zimbabwe, on Saturday.") == [
        ("Arrests", "Police Forces of Zimbabwe", "Civilians (Zimbabwe)")
    ]


def test_a_death_the_riot_followed_is_not_the_riot_s(extracted):
    (riot,) = extracted(
        "Youths set fire to cars and attacked a police station in Nanterre, France, overnight "
        "after a teenager was shot dead by an officer during a traffic stop."
    )
    assert (riot.sub_event_type, riot.fatalities) == ("Mob violence", None)


def test_those_repelled_in_the_passive_attacked(coded):
    expected = [("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)")]
    assert coded("Al-Shabaab fighters were repelled by troops in Lower Shabelle, Somalia.") == (
        expected
    )
    assert coded("Troops repelled an attack by al-Shabaab in Lower Shabelle, Somalia.") == expected
