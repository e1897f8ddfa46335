"""A civilian body named as a side is coded as the civilians of its country (ACLED names no
civilian actor but Civilians)."""


def test_civil_defense_volunteers_are_civilians(coded):
    assert coded(
        "A Syrian Civil Defense volunteer was wounded in a Russian airstrike on the town of "
        "Ariha on 3 March 2018."
    ) == [("Air/drone strike", "Military Forces of Russia (2000-)", "Civilians (Syria)")]
