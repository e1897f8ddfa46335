"""A force saying its own aircraft or units acted is the one that acted."""


def test_a_force_saying_its_aircraft_struck_did_it(coded):
    text = "On 7 June 2025, the army said its aircraft had killed 30 militants near Arbinda."
    assert [c[1] for c in coded(text)] == ["Military Forces of Burkina Faso (2022-)"]


def test_a_force_reporting_others_acts_only_tells_them(coded):
    text = "On 7 June 2025, the army said militants had killed 30 villagers near Arbinda."
    assert [c[1] for c in coded(text)] == ["Unidentified Armed Group (Burkina Faso)"]
