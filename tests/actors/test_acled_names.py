"""Names as ACLED spells them, including names that depend on the day (a militia coded to
Sudan before South Sudan's independence, to South Sudan after)."""

from datetime import date

import pytest

from sitrep.extract.actors import ActorDictionary


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "country", "on", "names"),
    [
        (
            "Toposa raiders killed 7 women",
            None,
            date(2008, 1, 1),
            ["Toposa Ethnic Militia (Sudan)"],
        ),
        (
            "Toposa raiders killed 7 women",
            "Kenya",
            date(2016, 1, 1),
            ["Toposa Ethnic Militia (South Sudan)"],
        ),
        ("dahalo attacked a family", "Madagascar", None, ["Dahalo Militia"]),
        ("the OLF attacked", "Ethiopia", None, ["OLF: Oromo Liberation Front"]),
        ("OLA fighters attacked", "Ethiopia", None, ["OLA: Oromo Liberation Army"]),
        ("Abu Sayyaf militants", "Philippines", None, ["ASG: Abu Sayyaf"]),
    ],
)
def test_acled_spelling(dictionary, text, country, on, names):
    found = [m.actor.name for m in dictionary.find(text, country=country, on=on)]
    assert found[: len(names)] == names


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (date(2018, 2, 23), "AAS: Ahrar al-Sham"),
        (date(2018, 4, 15), "JTS: Syria Liberation Front"),
        (date(2019, 1, 1), "AAS: Ahrar al-Sham"),
        (None, "AAS: Ahrar al-Sham"),
    ],
)
def test_a_faction_is_coded_as_its_coalition_while_merged(dictionary, on, name):
    found = dictionary.find("clashes with Ahrar al-Sham in Idleb", country="Syria", on=on)
    assert [m.actor.name for m in found] == [name]


@pytest.mark.parametrize(
    ("text", "country", "names"),
    [
        # the Arab world's tribes are ACLED's "Tribal" militias, Africa's "Ethnic"
        (
            "Armed tribesmen attacked a checkpoint.",
            "Yemen",
            ["Unidentified Tribal Militia (Yemen)"],
        ),
        (
            "Armed tribesmen attacked a checkpoint.",
            "Kenya",
            ["Unidentified Ethnic Militia (Kenya)"],
        ),
        ("two unknown tribal militias clashed", "Iraq", ["Unidentified Tribal Militia (Iraq)"]),
        # a proper name before the word names the tribe; a nationality or a sentence's first
        # word does not
        (
            "On 21 February 2022, Al Laqmush tribesmen clashed near Habban.",
            "Yemen",
            ["Al Laqmush Tribal Militia (Yemen)"],
        ),
        (
            "Yemeni tribesmen attacked a checkpoint.",
            "Yemen",
            ["Unidentified Tribal Militia (Yemen)"],
        ),
    ],
)
def test_tribal_militias(dictionary, text, country, names):
    assert [m.actor.name for m in dictionary.find(text, country=country)] == names
