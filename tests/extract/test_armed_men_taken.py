"""Armed men taken in an attack on them: the attack is an armed clash, not an abduction."""


def test_soldiers_taken_in_an_attack_on_their_post_are_a_clash(coded):
    text = (
        "Militants attacked an army post near Garbouri, Tillaberi region, Niger, on 5 March "
        "and took 20 soldiers prisoner."
    )
    assert coded(text) == [
        ("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")
    ]


def test_people_taken_in_an_attack_on_a_village_are_abducted(coded):
    text = (
        "Gunmen attacked the village of Kasamba, Niger State, Nigeria, on 5 March and abducted "
        "three women."
    )
    assert coded(text) == [
        (
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
        )
    ]
