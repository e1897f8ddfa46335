"""Words of violence said of no one's violence make no event: a disease, a disaster or an
accident that kills or destroys; animals or crops culled; a fight against an illness or a
problem; a weapon's word that only names a thing or an office; stone as a material. The
same words said of people's acts still make their events."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A typhoid epidemic spreading through camps near Gode, Ethiopia, has worsened the "
        "crisis, killing at least 45 people since May.",
        "The avian flu strain that killed two farm workers in Hai Duong, Vietnam, was "
        "confirmed on Monday.",
        "Flash floods destroyed hundreds of homes in Sukkur, Pakistan, officials said.",
        "Dozens of houses in Beira, Mozambique, were destroyed by the floodwaters overnight.",
        "A gas leak from a faulty heater killed two brothers in their flat in Tbilisi, Georgia.",
        "A fire destroyed the central market of Kumasi, Ghana, on Sunday.",
        "Around 9,000 ducks were destroyed in Pabna, Bangladesh, after the outbreak.",
        "The ministry ordered all 20,000 pigs near Cebu, Philippines, to be slaughtered.",
        "Some 50 crows were found dead near a reservoir in Rajkot, India.",
        "The charity has joined the fight against malaria in Tororo, Uganda.",
        "Health workers in Kano, Nigeria, are struggling to combat measles.",
        "The rocket salad served in Lyon, France, won a prize.",
        "Coal-burning power stations around Ulaanbaatar, Mongolia, are the main source of smog.",
        "The museum in Amman, Jordan, displays stone tools from the bronze age.",
        "The Air Force Secretary visited Lagos, Nigeria, on Tuesday.",
        "The Pakistan Air Force said it had completed an exercise near Karachi, Pakistan.",
        "The Indian Air Force began dropping aid packages in Patna, India, on Monday.",
        "A fighter jet crashed near Lahore, Pakistan, killing the pilot.",
        "Warplanes flew over Sirte, Libya, throughout the night.",
        "Thousands of toads exploded in a pond near Hamburg, Germany.",
        "Vets began slaughtering, burning and burying 6,500 hogs at a farm near Cebu, Philippines.",
        "The government of Kenya came under fire from officials in Isiolo for sending too "
        "few doctors.",
        "Experts in Port Moresby, Papua New Guinea, warn of an explosion in HIV cases.",
        "About 800 people were evacuated from Sukkur, Pakistan, as the river rose.",
        "The post office in Hueytown, Alabama, was evacuated after a white powder was found.",
        "Talks in Marsabit, Kenya, defused the tension between the two clans.",
        "Many of the houses in Hebron, West Bank, were built of stone.",
        "Granite extraction and semi-precious stones sustain the economy of Teofilo Otoni, Brazil.",
        "Customs officers intercepted a shipment of rice at the border near Busia, Uganda.",
    ],
)
def test_no_one_s_violence_makes_no_event(coded, text):
    assert coded(text) == []


def test_raiders_killing_livestock_is_still_an_attack(coded):
    text = "Armed raiders killed 40 goats and stole cattle in Lodwar, Kenya."
    assert coded(text) == [("Attack", "Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)")]


def test_sniper_fire_still_kills(coded):
    text = "Sniper fire killed a woman in the old city of Taiz, Yemen."
    assert coded(text) == [("Attack", "Unidentified Armed Group (Yemen)", "Civilians (Yemen)")]


def test_a_wave_of_bombings_still_kills(coded):
    text = "A wave of bombings killed 30 people in Baghdad, Iraq."
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_stones_thrown_still_make_a_riot(coded):
    text = "Youths threw stones at the police station in Kisumu, Kenya."
    assert [c[0] for c in coded(text)] == ["Mob violence"]


def test_the_fight_against_a_group_is_still_a_battle(coded):
    text = "Troops fought al-Shabaab militants near Jilib, Somalia, for three hours."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes continued to pound the outskirts of Idlib, Syria.",
        "Coalition jets carried out 20 raids on Houthi positions in Saada, Yemen.",
        "Sudanese Air Force jets bombed a market in Nyala, Sudan.",
    ],
)
def test_craft_that_strike_still_strike(coded, text):
    assert [c[0] for c in coded(text)] == ["Air/drone strike"]


def test_under_fire_from_fighters_is_still_fire(coded):
    text = "An army convoy came under fire from Taliban fighters near Kandahar, Afghanistan."
    assert [c[0] for c in coded(text)] == ["Armed clash"]


def test_forces_evacuating_their_positions_still_give_them_up(coded):
    text = "Rebel fighters evacuated their positions in the old city of Homs, Syria."
    assert coded(text) == [("Non-violent transfer of territory", "Opposition Rebels (Syria)", None)]


def test_a_bomb_dismantled_is_still_disrupted_weapons_use(coded):
    text = "Army engineers dismantled an IED on the road to Gao, Mali."
    assert [c[0] for c in coded(text)] == ["Disrupted weapons use"]


def test_stones_that_hit_still_tell_violence(coded):
    assert coded("Protesters in Kisumu, Kenya, attacked police officers with stones.") == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")
    ]
    assert coded("A truck in Daireaux, Argentina, was hit by a stone thrown by demonstrators.") == [
        ("Violent demonstration", "Rioters (Argentina)", None)
    ]
