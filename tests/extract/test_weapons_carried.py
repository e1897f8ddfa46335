"""Weapons carried or held are things, not acts; weapons listed in a find or made safe are a
find (disrupted weapons use); a seizure made during an arrest told before is that arrest."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, Pakistani police arrested two suspected militants carrying hand "
        "grenades in Bannu, Pakistan.",
        "On 4 March 2026, police arrested a man in possession of two grenades in Bannu, Pakistan.",
    ],
)
def test_weapons_carried_are_no_use(coded, text):
    assert [c[0] for c in coded(text)] == ["Arrests"]


def test_grenades_thrown_stay_a_use(coded):
    text = "On 4 March 2026, militants threw grenades at a police checkpoint in Bannu, Pakistan."
    assert [c[0] for c in coded(text)] == ["Grenade"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, Pakistani troops seized a cache of weapons, including rocket-propelled "
        "grenades and explosives, during a search operation in Khyber district, Pakistan.",
        "On 4 March 2026, Iraqi army engineers cleared 60 landmines near the town of Rutba, Iraq.",
    ],
)
def test_weapons_found_or_made_safe_are_disrupted(coded, text):
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_a_village_cleared_is_still_ground(coded):
    text = "On 4 March 2026, Iraqi troops cleared the village of Tal Abtah of Islamic State men."
    assert [c[0] for c in coded(text)] == ["Government regains territory"]


def test_a_seizure_during_the_arrest_is_the_arrest(coded):
    text = (
        "On 4 March 2026, Mexican soldiers arrested a regional leader of the CJNG in Zamora, "
        "Michoacan. Two rifles and a grenade were seized during the arrest."
    )
    assert [c[0] for c in coded(text)] == ["Arrests"]


def test_an_attack_carried_out_with_a_bomb_stays_a_blast(coded):
    text = (
        "On 4 March 2026, militants in Idlib, Syria, carried out an IED attack near the "
        "vegetable market of the Bab al-Hawa quarter. Nobody was hurt."
    )
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_police_intervening_in_the_protest_is_no_retelling(coded):
    text = (
        "On 4 March 2026, dismissed workers held a protest in Cankaya, Ankara, Turkey. Police "
        "intervened in the protest, forcing the workers to leave the street."
    )
    assert [c[0] for c in coded(text)] == ["Protest with intervention"]
