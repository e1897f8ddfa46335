"""Fights whose two sides bear one name: crowds that clash, unnamed armed men in a shoot-out,
two clans of one community, a demonstration met by a counter-demonstration."""

import pytest

from sitrep.extract.same_side import CROWD_FIGHT, TWO_OF_A_KIND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2021, supporters of two rival councillors clashed in Kisumu, Kenya, and "
            "threw stones. Four people were injured.",
            [("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")],
        ),
        # the people the crowd clashed with are a crowd too, and their hurt is the fight's
        (
            "On 12 June 2021, a crowd of traders clashed with a group of farmers at a market in "
            "Kano, Nigeria. Six people were injured.",
            [("Mob violence", "Rioters (Nigeria)", "Rioters (Nigeria)")],
        ),
        (
            "On 8 August 2021, a shoot-out took place in the Penha neighborhood of Rio de Janeiro.",
            [
                (
                    "Armed clash",
                    "Unidentified Armed Group (Brazil)",
                    "Unidentified Armed Group (Brazil)",
                )
            ],
        ),
        (
            "On 2 July 2021, two Borana clans clashed over a water point near Moyale, Kenya.",
            [("Armed clash", "Borana Ethnic Militia (Kenya)", "Borana Ethnic Militia (Kenya)")],
        ),
        (
            "Six people were injured in a confrontation between ODM and Jubilee supporters in "
            "Mumias, Kenya, on Tuesday.",
            [("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")],
        ),
        # a demonstration's crowd fights another only when two are told
        (
            "Two groups of protesters clash in Mtwapa, Kenya, over school fees.",
            [("Violent demonstration", "Rioters (Kenya)", "Rioters (Kenya)")],
        ),
        # a counter-demonstration told in the next sentence
        (
            "On 9 October 2021, around 200 people demonstrated in Leipzig, Germany against "
            "vaccination rules. About 40 people gathered for a counter-demonstration.",
            [("Peaceful protest", "Protesters (Germany)", "Protesters (Germany)")],
        ),
        # none told: one side
        (
            "On 9 October 2021, around 200 people demonstrated in Leipzig, Germany against "
            "vaccination rules.",
            [("Peaceful protest", "Protesters (Germany)", None)],
        ),
    ],
)
def test_both_sides_bear_one_name(coded, text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "fight"),
    [
        ("two groups clashed at the market", True),
        ("they threw chairs at each other", True),
        ("fighting broke out between the two camps", True),
        ("a mob beat a suspected thief", False),
        ("election violence among the party's supporters", True),
        ("the agent and the candidate began fighting", True),
        ("youths fighting against police brutality marched", False),
    ],
)
def test_crowd_fight_words(text, fight):
    assert (CROWD_FIGHT.search(text) is not None) is fight


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("two Maasai clans clashed", True),
        ("two unidentified forces clashed", True),
        ("rival factions exchanged fire", False),
        ("two soldiers were killed", False),
        ("gunmen clashed with the army", False),
    ],
)
def test_two_of_a_kind(text, found):
    assert (TWO_OF_A_KIND.search(text) is not None) is found


def test_a_shootout_after_a_state_operation_is_the_states(coded):
    assert coded(
        "On 9 May 2020, in Sao Goncalo, Rio de Janeiro, the Military Police carried out an "
        "operation against drug trafficking in the Chumbada community. A shoot-out broke out "
        "and two suspects died."
    ) == [
        (
            "Armed clash",
            "Military Forces of Brazil (2019-2023)",
            "Unidentified Gang and/or Police Militia",
        )
    ]


def test_men_from_two_families_are_both_sides(coded):
    assert coded("On 3 March 2023, tribesmen from two families clashed in Ataq, Yemen.") == [
        (
            "Armed clash",
            "Unidentified Tribal Militia (Yemen)",
            "Unidentified Tribal Militia (Yemen)",
        )
    ]


def test_the_group_a_side_belongs_to_is_not_the_other_side(coded):
    text = "On 3 March 2023, fighters of al-Shabaab attacked an army base in Beledweyne."
    assert coded(text) == [("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)")]
