"""What an armed act's words tell: an attack beaten back is a fight, positions targeted or heavy
guns fired at an area with no harm are fire from afar, an air strike 'engaging' a unit fought
nobody."""

import pytest

SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, Yemeni government forces thwarted a Houthi attack near Marib city.",
        "On 3 June 2021, Iraqi soldiers repelled an Islamic State attack near Tuz Khurmatu.",
    ],
)
def test_an_attack_beaten_back_is_a_clash(coded, text):
    assert [c[0] for c in coded(text)] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition fighters targeted regime positions near Kafr Nabl, Syria.", SHELLING),
        ("Syrian regime helicopters targeted IS positions near Palmyra.", "Air/drone strike"),
    ],
)
def test_positions_targeted_with_no_weapon_told_are_struck_from_afar(coded, text, expected):
    assert [c[0] for c in coded(text)] == [expected]


def test_positions_targeted_with_gunfire_stay_a_clash(coded):
    text = "Opposition fighters targeted regime positions with sniper rifles near Kafr Nabl, Syria."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_heavy_guns_fired_at_an_area_harming_nobody_are_shelling(coded):
    text = (
        "On 2 June 2021, Houthi forces fired heavy machine guns at farms in Hays district, "
        "Yemen. No casualties were reported."
    )
    assert [c[0] for c in coded(text)] == [SHELLING]


def test_heavy_guns_that_kill_are_no_shelling(coded):
    text = "Regime forces fired heavy machine guns at Talbiseh town in Syria, killing a farmer."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_a_guided_missile_is_fire_from_afar(coded):
    text = "YPG fighters fired an ATGM at a Turkish army vehicle near Afrin, Syria."
    assert [c[0] for c in coded(text)] == [SHELLING]


def test_an_air_strike_engaging_a_unit_is_an_air_strike(coded):
    text = "On 4 May 2018, a coalition airstrike engaged an IS tactical unit near Hajin, Syria."
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition fighters destroyed two regime tanks near Kafr Nabl, Syria.",
        "HTS fighters destroyed a pickup truck carrying regime soldiers near Saraqib, Syria.",
    ],
)
def test_a_sides_vehicles_of_war_destroyed_are_a_battle(coded, text):
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_a_vehicle_of_war_destroyed_from_afar_stays_remote(coded):
    text = "Opposition fighters destroyed a regime tank with an ATGM near Kafr Nabl, Syria."
    assert [c[0] for c in coded(text)] == [SHELLING]


def test_a_place_targeted_harming_nobody_was_fired_on_from_afar(coded):
    text = "Regime forces targeted Kafr Nabl village in Idlib, Syria. No fatalities were reported."
    assert [c[0] for c in coded(text)] == [SHELLING]


def test_a_place_targeted_with_people_killed_stays_an_attack(coded):
    text = "Gunmen targeted a village in Zamfara, Nigeria, killing five people."
    assert [c[0] for c in coded(text)] == ["Attack"]


def test_warplanes_opening_a_sentence_strike_from_the_air(coded):
    text = "Warplanes targeted the outskirts of Saraqib town in Idlib, Syria, killing a man."
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]
