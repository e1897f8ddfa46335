"""State forces of one country are allies, except forces of rival authorities (Yemen's
government and the Houthis' Supreme Political Council), which fight each other."""


def test_forces_of_rival_authorities_of_one_country_are_each_other_s_target(coded):
    text = "On 24 May 2022, government forces shelled Houthi positions near Marib, Yemen."
    assert coded(text) == [
        (
            "Shelling/artillery/missile attack",
            "Military Forces of Yemen (2012-)",
            "Military Forces of Yemen (2016-) Supreme Political Council",
        )
    ]


def test_forces_of_one_government_strike_together(coded):
    text = "On 4 May 2018, regime forces shelled Kafr Nabl, Syria, as Syrian warplanes struck it."
    assert [c[2] for c in coded(text)] == [None]
