"""An entry by force told as the first step of a taking ('stormed several homes and
detained ...') is the arrest's setting, not an attack; one followed by harm stays an attack."""

import pytest

CASES = [
    (
        "On 22 May 2024, Israeli forces stormed several homes in Jenin and detained a former "
        "prisoner and his two sons.",
        [("Arrests", "Military Forces of Israel (2022-)", "Civilians (Palestine)")],
    ),
    # harm told after the entry keeps the attack
    (
        "On 22 May 2024, Israeli forces stormed several homes in Jenin and shot dead a young man.",
        [("Attack", "Military Forces of Israel (2022-)", "Civilians (Palestine)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_raid_entries(coded, text, expected):
    assert coded(text) == expected
