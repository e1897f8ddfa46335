"""Generic soldiers in a country with no army of its own are the army ACLED codes there."""


def test_soldiers_in_gaza_are_israel_s(coded):
    assert coded("On 2 March 2025, soldiers shot dead two fishermen off the coast of Rafah.") == [
        ("Attack", "Military Forces of Israel (2022-)", "Civilians (Palestine)")
    ]


def test_soldiers_elsewhere_are_their_country_s(coded):
    assert coded("On 2 March 2025, soldiers shot dead two fishermen near Tyre, Lebanon.") == [
        ("Attack", "Military Forces of Lebanon", "Civilians (Lebanon)")
    ]
