"""A force's account of its own side harmed before the act told ('The army said its troops had
been attacked', retelling._own_side_had_been_harmed) is its version of that act, no new
event; told as news of its own, the attack stays one."""


def test_a_justification_is_no_event(coded):
    assert coded(
        "Soldiers opened fire on a crowd protesting against the junta in Niamey, Niger, on "
        "Sunday, killing at least 23 people, a rights group said. The army said its troops had "
        "been attacked."
    ) == [
        (
            "Excessive force against protesters",
            "Protesters (Niger)",
            "Military Forces of Niger (2023-)",
        )
    ]


def test_the_attack_told_as_news_stays(coded):
    assert coded(
        "The army said its troops were attacked by militants near Tillaberi, Niger, on Sunday."
    ) == [("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")]
