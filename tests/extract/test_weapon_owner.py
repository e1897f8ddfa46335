"""A bomb named as a group's is that group's act, not an unidentified group's attack on it."""

import pytest

from sitrep.extract.weapon_owner import LIKELY_BEFORE, WEAPON_AFTER


def test_a_groups_ied_is_its_act(coded):
    assert coded(
        "On Apr 17, a suspected IS IED exploded in central Khan Bani Saad, in Diyala, injuring "
        "three civilians."
    ) == [("Remote explosive/landmine/IED", "Islamic State (Iraq)", "Civilians (Iraq)")]


@pytest.mark.parametrize(
    ("after", "owns"),
    [
        (" IED exploded", True),
        (" militant IED near", True),
        ("'s bomb went off", True),
        (" fighters attacked", False),
        (" positions were shelled", False),
    ],
)
def test_weapon_after_a_name(after, owns):
    assert (WEAPON_AFTER.match(after) is not None) is owns


def test_likely_before_a_name():
    assert LIKELY_BEFORE.search("unknown militants (likely ")
    assert not LIKELY_BEFORE.search("clashes with ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2020, an unidentified IED targeted police forces in Kabul, Afghanistan, "
            "wounding two.",
            (
                "Remote explosive/landmine/IED",
                "Unidentified Armed Group (Afghanistan)",
                "Police Forces of Afghanistan (2014-2021)",
            ),
        ),
        # the side a bomb went off by ("near a patrol of") is its target
        (
            "On 4 June 2023, an IED exploded near a patrol of the Popular Mobilization Forces "
            "in Baiji, Iraq, killing two fighters.",
            (
                "Remote explosive/landmine/IED",
                "Unidentified Armed Group (Iraq)",
                "Military Forces of Iraq (2022-) Popular Mobilization Forces",
            ),
        ),
        # ... but a side that set the bomb off near a place stays its agent
        (
            "On 4 June 2023, PMF fighters detonated an IED near a hideout in Baiji, Iraq.",
            (
                "Remote explosive/landmine/IED",
                "Military Forces of Iraq (2022-) Popular Mobilization Forces",
                None,
            ),
        ),
        # the side that fired the weapon stays its agent
        (
            "On 3 May 2020, militants fired mortar shells that hit army positions near Hama, "
            "Syria.",
            (
                "Shelling/artillery/missile attack",
                "Unidentified Armed Group (Syria)",
                "Military Forces of Syria (2000-2024)",
            ),
        ),
    ],
)
def test_a_side_named_only_as_what_the_weapon_struck_is_its_target(coded, text, expected):
    assert coded(text) == [expected]


def test_civilians_are_never_a_bomb_s_agent(coded):
    text = "On 12 April 2018, a civilian car exploded in Khanaqin, Iraq, injuring the driver."
    assert coded(text) == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    ]
