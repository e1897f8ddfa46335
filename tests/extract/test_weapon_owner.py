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
