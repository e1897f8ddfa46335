"""A party's candidate or official harmed is a civilian (ACLED: Civilians, the party
associated), not the party as a side; a party's name elsewhere stays the party."""

import pytest

from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman attacked the home of ODM candidate John Doe.",
            [
                ("gunman", "Unidentified Armed Group (Kenya)"),
                ("ODM candidate", "Civilians (Kenya)"),
            ],
        ),
        # arrested, not harmed: the party's own
        (
            "Police arrested an ODM candidate.",
            [
                ("Police", "Police Forces of Kenya (2022-)"),
                ("ODM", "ODM: Orange Democratic Movement"),
            ],
        ),
        ("ODM supporters stoned cars.", [("ODM supporters", "ODM: Orange Democratic Movement")]),
    ],
)
def test_a_party_s_person_harmed_is_a_civilian(actors, text, expected):
    found = actors.find(text, country="Kenya")
    assert [(m.span.text, m.actor.name) for m in found] == expected
