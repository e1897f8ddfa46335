"""Held-out wire reports (session 20): a sayer the parser hung on the victims, a strike at a
village of its own after a battle, days counted as "hours later", an armed strike, power
seized, a journey's end that is no scene, and a district named after the dateline town."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def published(published_on):
    """The pipeline's events for a text published on Friday 14 March 2025."""

    def run(text):
        return published_on(text, date(2025, 3, 14))

    return run


def _told(events):
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.event_date, e.fatalities, e.location)
        for e in events
    ]


LEAD = (
    "MANDALAY, March 14 - Resistance fighters ambushed an army truck near Kani in Sagaing "
    "Region on Wednesday, killing at least seven soldiers, a spokesman for the local "
    "People's Defence Force said."
)


def test_the_sayer_hung_on_the_victims_says_it(published):
    (event,) = published(LEAD)
    assert event.fatalities == 7
    assert event.claimed_by == "a spokesman for the local People's Defence Force"


def test_a_strike_on_a_village_of_its_own_hours_later_is_its_own_event(published):
    text = (
        LEAD + "\n\nThe army answered hours later with an air strike on Kyauk Taung Lay "
        "village, killing 11 civilians sheltering in a school, residents said."
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in published(text)] == [
        ("Armed clash", "2025-03-12", 7),
        ("Air/drone strike", "2025-03-12", 11),
    ]


def test_an_armed_strike_is_no_air_strike(published):
    text = (
        "The ELN declared a 48-hour armed strike in Arauca department, shutting shops and "
        "roads, the regional ombudsman said on Thursday."
    )
    assert published(text) == []


def test_power_seized_in_a_coup_is_no_ground_taken(published):
    text = (
        "Tensions have been high in the country since the army seized power in a coup in July 2023."
    )
    assert published(text) == []


def test_where_a_convoy_was_heading_is_not_the_scene(published):
    text = (
        "QUETTA, Pakistan (AP) - Gunmen opened fire on a bus in the Kech district of "
        "Balochistan on Thursday, killing nine passengers, police said. The bus was "
        "travelling from Turbat to Quetta. A police officer said the attackers fired from "
        "a hillside."
    )
    assert _told(published(text)) == [
        (
            "Attack",
            "Unidentified Armed Group (Pakistan)",
            "Civilians (Pakistan)",
            "2025-03-13",
            9,
            "Kech District",
        )
    ]


def test_a_battle_told_after_its_strike_keeps_the_strikes_day_and_attacker(published):
    text = (
        "URUAPAN, Mexico - Suspected members of the Jalisco New Generation Cartel attacked a "
        "police patrol with explosive-laden drones near Tepalcatepec on Wednesday, killing "
        "two officers, the state security ministry said.\n\nThe officers were answering "
        "reports of armed men blocking a road with burning trucks. Police reinforcements came "
        "and exchanged fire with the gunmen for more than an hour, the ministry said."
    )
    assert _told(published(text)) == [
        (
            "Armed clash",
            "CJNG: Jalisco New Generation Cartel",
            "Police Forces of Mexico (2024-)",
            "2025-03-12",
            2,
            "Tepalcatepec",
        )
    ]


def test_weapons_recovered_in_a_search_are_kept_from_use(published):
    text = (
        "Soldiers recovered three rifles and a grenade during a search of the surrounding "
        "hills in Churachandpur district on Thursday, officials said."
    )
    assert [e.sub_event_type for e in published(text)] == ["Disrupted weapons use"]
    assert "siege" not in published(text)[0].tags


@pytest.mark.parametrize(
    "text",
    [
        "The district has seen recurring ethnic violence between two communities since May 2023.",
        "Officials say the group is weakened, but it continues to carry out attacks on "
        "religious minorities.",
    ],
)
def test_background_practice_is_no_event(published, text):
    assert published(text) == []


def test_a_plain_hyphen_dateline_names_the_country(published):
    text = (
        "KARACHI - Rangers and police dispersed hundreds of traders blocking a road in Saddar "
        "on Thursday to protest new taxes, officials said."
    )
    assert {e.country for e in published(text)} == {"Pakistan"}


def test_protesters_cleared_from_a_square_are_dispersed_not_ground_taken(published):
    text = (
        "Police cleared hundreds of protesters from Liberty Square in Tbilisi on Thursday "
        "night, ending a sit-in against the government."
    )
    assert [(e.sub_event_type, e.actor1) for e in published(text)] == [
        ("Protest with intervention", "Protesters (Georgia)")
    ]


def test_a_count_opening_the_story_after_a_dateline_is_read(published):
    text = (
        "QUITO, Mar 12 - Eleven people were killed on Wednesday in clashes between protesters "
        "and police in the town of Latacunga, the health ministry said. A police officer was "
        "beaten to death by a mob later that night, officials said."
    )
    assert [(e.sub_event_type, e.fatalities) for e in published(text)] == [
        ("Violent demonstration", 11)
    ]


def test_the_lead_after_a_dateline_is_parsed_as_its_own_sentence(published):
    text = (
        "DAVAO - Government troops killed two suspected communist rebels in a clash near "
        "Monkayo town on Saturday, the army said."
    )
    assert _told(published(text)) == [
        (
            "Armed clash",
            "Military Forces of the Philippines (2022-)",
            "NPA: New People's Army",
            "2025-03-08",
            2,
            "Monkayo",
        )
    ]


def test_unnamed_reinforcements_are_the_side_the_strike_hit(published):
    text = (
        "URUAPAN, Mexico - Suspected members of the Jalisco New Generation Cartel attacked a "
        "police patrol with explosive-laden drones near Tepalcatepec on Wednesday, killing "
        "two officers, the state security ministry said.\n\nReinforcements arrived and "
        "exchanged fire with the gunmen for more than an hour, the ministry said."
    )
    (event,) = published(text)
    assert (event.actor1, event.actor2, event.event_date, event.fatalities) == (
        "CJNG: Jalisco New Generation Cartel",
        "Police Forces of Mexico (2024-)",
        "2025-03-12",
        2,
    )
    assert event.notes == (
        "CJNG: Jalisco New Generation Cartel clashed with Police Forces of Mexico (2024-) in "
        "Tepalcatepec, Mexico (2025-03-12); 2 killed, according to the ministry."
    )


def test_a_toll_told_for_the_whole_country_is_an_aggregate(published):
    text = (
        "Police fired tear gas at students blocking a highway in Dhaka on Thursday, and at "
        "least 12 people were killed across the country as the protests turned violent, "
        "hospital officials said."
    )
    (event,) = published(text)
    assert (event.fatalities, event.tags) == (12, ("aggregate",))


def test_a_toll_of_one_place_is_no_aggregate(published):
    text = "Police fired on students in Dhaka on Thursday, killing three, officials said."
    assert [e.tags for e in published(text)] == [()]


def test_two_acts_at_two_towns_in_one_sentence_are_two_events(published):
    text = (
        "Rioters looted the home of a lawmaker in Bekasi and burned a council building in "
        "Makassar on Thursday, killing two guards, police said."
    )
    assert [
        (e.sub_event_type, e.location, e.event_date, e.fatalities) for e in published(text)
    ] == [
        ("Violent demonstration", "Bekasi", "2025-03-13", None),
        ("Violent demonstration", "Makassar", "2025-03-13", 2),
    ]


def test_two_acts_at_one_town_stay_one_event(published):
    text = (
        "Rioters looted shops in Makassar and burned a council building in Makassar on "
        "Thursday, police said."
    )
    assert len(published(text)) == 1


@pytest.mark.parametrize(
    ("text", "police"),
    [
        (
            "On 3 February 2025, state police arrested two men in Zamora, Michoacan.",
            "Police Forces of Mexico (2024-)",
        ),
        (
            "On 3 February 2025, state police arrested two men in Lucknow.",
            "Police Forces of India (2014-)",
        ),
    ],
)
def test_state_police_are_the_reports_country(published, text, police):
    assert [e.actor1 for e in published(text)] == [police]
