"""Followers of someone named ('supporters of two candidates', 'members of the ruling
party') fight as a crowd; members of an armed body ('members of a drug trafficking group')
shoot as armed men, also when the other side is only 'members of a rival group'. Members of a
force ('members of the security forces') are servicemen, not followers: unnamed men who kill
them are an armed group, not a mob."""

import pytest

CASES = [
    (
        "Two members of a drug trafficking group were shot and wounded by members of a rival "
        "group in Palmas, Brazil, on Saturday.",
        [("Armed clash", "Unidentified Armed Group (Brazil)", "Unidentified Gang (Brazil)")],
    ),
    (
        "Supporters of two rival candidates clashed in Kakamega, Kenya, on Sunday.",
        [("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")],
    ),
    (
        "Members of the ruling party attacked a journalist in Bogura, Bangladesh, on Monday.",
        [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
    ),
    (
        "Nine members of the security forces were killed in an attack near the town of "
        "Qardaha in Syria on Saturday.",
        [("Armed clash", "Unidentified Armed Group (Syria)", "Police Forces of Syria (2024-)")],
    ),
    (
        "Members of the village council attacked a journalist in Comilla, Bangladesh, on Monday.",
        [("Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_followers(coded, text, expected):
    assert coded(text) == expected
