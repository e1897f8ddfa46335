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
