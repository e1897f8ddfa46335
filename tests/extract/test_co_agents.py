"""Armed actors joined as the doers of one act: actor1 and its associate; the two sides of a
fight are no co-agents."""


def _sides(extracted, text):
    return [(e.actor1, e.assoc_actor_1, e.actor2) for e in extracted(text)]


def test_forces_joined_as_doers_are_actor1_and_its_associate(extracted):
    told = _sides(
        extracted,
        "On 1 December 2026, Malian troops backed by Africa Corps fighters killed 20 civilians "
        "in Dioura, Mali.",
    )
    assert told == [("Military Forces of Mali (2021-)", "Africa Corps", "Civilians (Mali)")]


def test_the_sides_of_a_fight_are_no_co_agents(extracted):
    told = _sides(
        extracted,
        "On 1 December 2026, fighting between the Malian army and JNIM militants left ten dead "
        "in Boni, Mali.",
    )
    assert told == [
        (
            "Military Forces of Mali (2021-)",
            None,
            "JNIM: Group for Support of Islam and Muslims",
        )
    ]


def test_allies_joined_before_the_act_are_one_side_not_two(extracted):
    told = _sides(
        extracted,
        "On 12 May 2026, the army and VDP volunteers repelled an attack on Djibo, Burkina "
        "Faso, killing about twenty militants.",
    )
    assert told == [
        (
            "Military Forces of Burkina Faso (2022-)",
            "VDP: Volunteers for the Defense of the Homeland",
            "Unidentified Armed Group (Burkina Faso)",
        )
    ]


def test_two_sides_joined_before_a_word_of_fighting_are_still_two_sides(extracted):
    told = _sides(
        extracted,
        "On 12 May 2026, the army and JNIM militants clashed near Djibo, Burkina Faso.",
    )
    assert told == [
        (
            "Military Forces of Burkina Faso (2022-)",
            None,
            "JNIM: Group for Support of Islam and Muslims",
        )
    ]


def test_allies_joined_before_the_act_face_the_side_named_after_it(extracted):
    told = _sides(
        extracted,
        "On 3 March 2026, Ahrar al-Sham and Jaysh al-Izza fighters took control of the village "
        "of Tal Hamka from HTS in Idlib, Syria.",
    )
    assert told == [("AAS: Ahrar al-Sham", "JaI: Army of Glory", "HTS: Hayat Tahrir al-Sham")]
