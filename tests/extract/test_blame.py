"""An unnamed perpetrator is the armed group the report blames for the act, in a later sentence
or around it ('the attack was blamed on X', 'X claimed responsibility', 'X are suspected')."""

import pytest

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.coref import held_responsible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen raided a bus depot in Mandera, Kenya, on Monday. "
            "Al-Shabaab claimed responsibility.",
            [("Attack", "Al Shabaab", "Civilians (Kenya)")],
        ),
        (
            "Gunmen raided a bus depot in Mandera, Kenya, on Monday. "
            "Officials blamed the raid on al-Shabaab.",
            [("Attack", "Al Shabaab", "Civilians (Kenya)")],
        ),
        (
            "Gunmen raided a bus depot in Mandera, Kenya, on Monday. "
            "Police said al-Shabaab militants were suspected.",
            [("Attack", "Al Shabaab", "Civilians (Kenya)")],
        ),
        # the act as subject names no agent: the report's protagonist fought
        (
            "Al-Shabaab fighters entered Bulo village in Somalia on Monday. "
            "A shoot-out broke out there.",
            [("Armed clash", "Al Shabaab", None)],
        ),
        # nobody is blamed: the perpetrator stays unidentified
        (
            "Gunmen raided a bus depot in Mandera, Kenya, on Monday.",
            [("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")],
        ),
    ],
)
def test_blamed_group_is_the_perpetrator(coded, text, expected):
    assert coded(text) == expected


BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def _blamed(dictionary: ActorDictionary, text: str) -> str | None:
    found = held_responsible(text, dictionary.find(text, country=None))
    return found.actor.name if found else None


def test_blame_words_before_and_after(dictionary):
    assert _blamed(dictionary, "The blast was attributed to Boko Haram.") == BOKO
    assert _blamed(dictionary, "The raid was carried out by al-Shabaab.") == "Al Shabaab"
    assert _blamed(dictionary, "Boko Haram took responsibility.") == BOKO
    assert _blamed(dictionary, "Al-Shabaab was behind the raid.") == "Al Shabaab"
    assert _blamed(dictionary, "The mine was laid by al-Shabaab.") == "Al Shabaab"


def test_no_blame_or_two_groups_blamed(dictionary):
    # a group merely named, or two groups blamed, names nobody responsible
    assert _blamed(dictionary, "Boko Haram fighters were killed by troops.") is None
    text = "The raid was blamed on Boko Haram. Others blamed it on al-Shabaab."
    assert _blamed(dictionary, text) is None


def test_hedged_identity_of_unnamed_aircraft(dictionary):
    from sitrep.extract.coref import resolve_hedges

    for text in (
        "Jets whose identity is unknown, whether they were Russian or Syrian, hit a farm.",
        "Jets and/or helicopters, likely Russian or Syrian, hit a farm.",
    ):
        mentions = resolve_hedges(text, dictionary.find(text, country=None))
        assert [(m.span.text, m.actor.name) for m in mentions] == [
            ("Jets", "Allied Syrian and/or Russian Forces")
        ]
