"""'killed in Russian shelling': the nationality the parser took for the preposition's object
is the shelling's side, and the dead are its victims, not a crowd shelling."""


def test_killed_in_a_nation_s_shelling(coded):
    text = (
        "On 9 June 2026, two civilians were killed in Russian shelling in the Donetsk region "
        "of Ukraine, the regional governor said."
    )
    assert coded(text) == [
        (
            "Shelling/artillery/missile attack",
            "Military Forces of Russia (2000-)",
            "Civilians (Ukraine)",
        )
    ]
