"""Who is a crowd and who an armed group: unknown people who shoot are an armed group; a group of
traders who beat someone is a mob; civilians killed in others' fighting are bystanders."""

import pytest

GUNMEN = "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men on a motorbike shot dead a shopkeeper in Kisumu.",
            [("Attack", GUNMEN, "Civilians (Kenya)")],
        ),
        (
            "A trader was shot dead by people who knocked on his door in Kisumu.",
            [("Attack", GUNMEN, "Civilians (Kenya)")],
        ),
        (
            "A mob of men shot dead a thief in Kisumu.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
        (
            "A nurse was attacked by a group of vendors in Kisumu.",
            [("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")],
        ),
    ],
)
def test_shooters_and_crowds(coded, text, expected):
    assert coded(text) == expected


def test_civilians_killed_in_a_fight_are_bystanders(coded):
    text = (
        "Three people were killed in an ethnic clash between Borana and Gabra tribes in Marsabit."
    )
    assert [sub for sub, _, _ in coded(text)] == ["Armed clash"]
    assert [sub for sub, _, _ in coded("Soldiers clashed with villagers in Marsabit.")] == [
        "Attack"
    ]


def test_a_procession_named_as_the_setting_of_a_fight_is_no_demonstration(coded):
    text = "Supporters of two candidates clashed in Kisumu during a victory procession."
    assert [sub for sub, _, _ in coded(text)] == ["Mob violence"]
    assert [sub for sub, _, _ in coded("Teachers held a rally in Kisumu.")] == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Voters attacked a county official in Kitui over claims of vote buying.",
        "Lawyers clashed with police at the court premises in Nairobi during the bar election.",
        "Squatters beat up a land surveyor in Nakuru on Monday.",
    ],
)
def test_people_named_by_trade_or_bond_fight_as_a_crowd(coded, text):
    """Voters, lawyers, squatters: unarmed people who fight as a crowd are rioters (mob
    violence with no demonstration told), not an unidentified armed group."""
    assert [(sub, actor1) for sub, actor1, _ in coded(text)] == [
        ("Mob violence", "Rioters (Kenya)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accomplices of two officials of the land office clashed with sharp weapons in "
            "Rajshahi, Bangladesh, over a pond lease; three were killed.",
            [("Mob violence", "Rioters (Bangladesh)")],
        ),
        (
            "Relatives of a patient who died in surgery assaulted and injured a doctor in "
            "Kushtia, Bangladesh, claiming negligence.",
            [("Mob violence", "Rioters (Bangladesh)")],
        ),
        # the state itself is never a mob: it stays the side the mob attacks
        (
            "A mob attacked two police officers in Kisumu, Kenya, accusing them of extortion.",
            [("Mob violence", "Rioters (Kenya)")],
        ),
    ],
)
def test_a_crowd_named_by_its_patron_acts_itself(coded, text, expected):
    """'Accomplices of officials of the land office': the accomplices fight, as a crowd;
    the state named as their patron is no party to the fight."""
    assert [e[:2] for e in coded(text)] == expected


def test_a_lynching_by_unnamed_people_is_mob_violence(coded):
    text = "Unknown people lynched a suspected gang member in Kisumu, Kenya."
    assert [c[0] for c in coded(text)] == ["Mob violence"]
