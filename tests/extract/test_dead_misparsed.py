"""Deaths the parser hides (sentences written for these tests): a victim told 'to death' as the
subject of an unknown verb, a killing word parsed as a modifier of its counted victims, a death
caused and owned by a pronoun, victims in an absolute 'with' phrase, numbers that sit on the
modifiers of the victims' noun, and a further group joined to the noun a killing clause is on."""

import pytest

from sitrep.extract.quantities import fatalities


def _count(nlp, text: str) -> int | None:  # type: ignore[no-untyped-def]
    found = fatalities(next(nlp(text).sents))
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("3 farmers macheted to death by raiders.", 3),
        ("The bombardment led to the killing 2 civilians.", 2),
        ("Villagers on lynched three suspected thieves at the market.", 3),
        ("A drone targeted a shepherd near the town, which led to his death.", 1),
        ("Rebels seized the hill with 15 soldiers reported killed.", 15),
        ("The fighting left at least 7 army and 5 militia fighters dead.", 12),
        ("The army carried out a raid that killed a rebel commander and two of his guards.", 3),
        ("A man's body was found on the road near the farms, killed by unknown gunmen.", 1),
        ("Police found a trader in the market killed by robbers.", 1),
        ("Raiders attacked the village; 14 killed total, no breakdown given.", 14),
        ("Bandits gun down three traders at the market.", 3),
        ("One of the suspects escaped, and the other later died in hospital.", 1),
        ("An unknown number of militia fighters, coded as 10, were killed.", 10),
        ("Two suspected thieves were on Sunday evening killed in the market.", 2),
        ("3 were shot dead - FATALITIES: ACTORS NOT KNOWN.", 3),
        ("In the following days the death total was raised from 2 to 5.", 5),
        ("Nine herders were during the night hours killed when raiders struck the camp.", 9),
    ],
)
def test_deaths_the_parse_hides(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "His death sparked protests in the town.",
        "Police arrested 4 suspects with 2 rifles reported stolen.",
        "The killing spree shocked the town.",
    ],
)
def test_no_death_counted_here(nlp, sentence):  # type: ignore[no-untyped-def]
    assert not _count(nlp, sentence)


def test_a_pronoun_beside_a_named_victim_is_that_victim(nlp):  # type: ignore[no-untyped-def]
    text = "Troops killed one of the rebel leaders, Abu Omar; he was killed near the border."
    assert _count(nlp, text) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the Forum (a lawyers' body) staged a protest at the court.",
        "Members of Sangram (a women rights body of garment workers) formed a human chain.",
        "Shops were torched in the market after a trader was killed there on Sunday night.",
    ],
)
def test_no_dead_in_an_organisation_or_an_earlier_death(nlp, sentence):  # type: ignore[no-untyped-def]
    assert not _count(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two suicide bombers blew themselves up at the market, killing 12 people.", 14),
        ("A suicide bomber targeted the convoy; at least 3 guards were killed in the attack.", 4),
        ("A suicide attacker blew himself up at the checkpoint.", 1),
        ("Troops shot dead two suicide bombers at the gate.", 2),
    ],
)
def test_suicide_bombers_who_blew_up_are_dead_too(nlp, sentence, expected):  # type: ignore[no-untyped-def]
    assert _count(nlp, sentence) == expected


def test_bombers_caught_before_the_blast_are_not_dead(nlp):  # type: ignore[no-untyped-def]
    assert not _count(nlp, "The suicide bombers were arrested before blowing themselves up.")
